import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Bounds a hung test only: property sweeps on a two-core CI machine busy with other tasks can
    // take many times their idle duration, and no test here is timed.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
});
