/**
 * The two bundlers an app's import is measured with, minified and gzipped (level 9), from the
 * built packages. They tree-shake differently (esbuild keeps what rollup proves unused in some
 * namespace and object patterns), so a budget holds only if it holds for both.
 */
import { gzipSync } from 'node:zlib';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { root } from '../toolchain.mjs';
import { rollupWorkspaceResolver, workspaceResolver } from '../workspace-packages.mjs';

const measure = (text) => ({
  text,
  bytes: Buffer.byteLength(text),
  gzip: gzipSync(text, { level: 9 }).length,
});

/** esbuild, as a browser app's build runs it: bundled, minified, ESM. */
async function esbuildBundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    // As Vite builds: text stays UTF-8 instead of \u escapes, which would triple every CJK character.
    charset: 'utf8',
    format: 'esm',
    platform: 'browser',
    write: false,
    plugins: [workspaceResolver()],
    logLevel: 'silent',
  });
  return measure(result.outputFiles[0].text);
}

const ENTRY = '\0size-entry';

/** rollup with node-resolve (browser), commonjs and json for CJS peers, and terser, as Vite's build does. */
async function rollupBundle(code) {
  const bundle = await rollup({
    input: ENTRY,
    plugins: [
      {
        name: 'size-entry',
        resolveId: (id) => (id === ENTRY ? id : null),
        load: (id) => (id === ENTRY ? code : null),
      },
      rollupWorkspaceResolver(),
      nodeResolve({ browser: true, rootDir: root }),
      commonjs(),
      json(),
    ],
    onLog: () => {},
  });
  try {
    const { output } = await bundle.generate({ format: 'es', plugins: [terser()] });
    return measure(output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join(''));
  } finally {
    await bundle.close();
  }
}

/** Each bundler by name: `await bundlers.esbuild(code)` → `{ text, bytes, gzip }`. */
export const bundlers = Object.freeze({ esbuild: esbuildBundle, rollup: rollupBundle });
