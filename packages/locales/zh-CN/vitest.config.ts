import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Property sweeps generate thousands of inputs; on a loaded 2-core CI machine that takes seconds.
    testTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
});
