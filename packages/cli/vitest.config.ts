import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Bounds a hung test only (the bin and `pnpm pack` start processes); nothing here is timed.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
});
