import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only bounds a hang: property sweeps and live servers take seconds on a loaded CI machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
});
