import { defineConfig } from 'tsdown';

/**
 * Core's second build, for Node only: the whole package in one file per format
 * (`dist/node/index.js`, `dist/node/index.cjs`), which the `node` condition of `exports` selects.
 * Node loads every module of the per-module build (../../tsdown.package.config.ts) on import;
 * one file makes a cold import cheaper. Bundlers keep resolving the per-module files, which they
 * need to drop what an app does not use. Types stay those of the per-module build.
 * Runs after that build, which cleans `dist/` first.
 */
export default defineConfig({
  cwd: import.meta.dirname,
  entry: { index: 'src/index.ts' },
  outDir: 'dist/node',
  format: ['esm', 'cjs'],
  dts: false,
  platform: 'node',
  // `.js` for ESM (the package is `"type": "module"`) and `.cjs` for CommonJS, as in `dist/`.
  fixedExtension: false,
  target: 'es2022',
});
