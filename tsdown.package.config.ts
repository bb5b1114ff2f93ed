import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'tsdown';
import { writeEntryPoints } from './scripts/locales/entry-points.ts';

const isLocale = existsSync(join(process.cwd(), 'messages.json'));

/** Every published package builds the same way: ESM and CJS with types (a locale inlines its messages.json). */
export default defineConfig({
  // Run from each package's folder (`tsdown --config ../../tsdown.package.config.ts`).
  cwd: process.cwd(),
  entry: ['src/index.ts'],
  // One output file per source module: with `sideEffects: false`, a bundler then drops every
  // module an app does not use (importing `STATUS` must not pull in the registry's texts).
  unbundle: true,
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  // A locale also gets its per-field entry points (`/messages`, `/names`), written after the
  // build has cleaned and filled `dist`.
  ...(isLocale && { onSuccess: () => void writeEntryPoints(process.cwd()) }),
});
