import { defineConfig } from 'tsdown';

/** Every published package builds the same way: ESM and CJS with types (a locale inlines its messages.json). */
export default defineConfig({
  // Run from each package's folder (`tsdown --config ../../tsdown.package.config.ts`).
  cwd: process.cwd(),
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  target: 'es2022',
});
