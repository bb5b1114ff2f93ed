/**
 * `prepack` of every published package: refuses to pack a package whose build output is
 * missing, so `npm pack` / `pnpm pack` in an unbuilt checkout fails with a clear message instead
 * of writing a tarball with no code in it. It checks; it does not build, because `attw --pack`
 * packs on every lint and a second build there would double CI's work.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.cwd();
const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));

/** Every file path a consumer can reach through the manifest. */
function referencedFiles(value) {
  if (typeof value === 'string') return value.startsWith('./') ? [value] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(referencedFiles);
  return [];
}
const files = [
  ...referencedFiles(manifest.exports),
  ...referencedFiles({ main: manifest.main, module: manifest.module, types: manifest.types }),
  ...referencedFiles(manifest.bin ?? {}),
  './LICENSE',
];
const missing = [...new Set(files)].filter((file) => !existsSync(join(folder, file)));
if (missing.length > 0) {
  console.error(
    `${manifest.name}: not packed, ${missing.length} file(s) missing: ${missing.join(', ')}.\n` +
      'Build first: `npx pnpm@10.34.9 build` at the repository root (or `pnpm run build` here).',
  );
  process.exit(1);
}
