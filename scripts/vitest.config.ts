import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    reporters: ['default', ['json', { outputFile: 'test-results.json' }]],
  },
});
