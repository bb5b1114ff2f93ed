import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['locales/**/*.test.ts', 'test/**/*.test.ts'],
    // Bounds a hung test only; nothing here is timed. A loaded two-core machine is slow.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
});
