import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Bounds a hang only: a two-core CI machine busy with other tasks is many times slower
    // than an idle one, and no test here is timed.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
});
