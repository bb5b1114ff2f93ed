import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const prepack = join(import.meta.dirname, '..', 'prepack.mjs');
let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'prepack-'));
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify({
      name: '@http-status-i18n/example',
      main: './dist/index.cjs',
      exports: { '.': { import: './dist/index.js', require: './dist/index.cjs' } },
    }),
  );
  writeFileSync(join(folder, 'LICENSE'), 'MIT');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const runPrepack = () => spawnSync(process.execPath, [prepack], { cwd: folder, encoding: 'utf8' });

describe('prepack', () => {
  it('refuses to pack an unbuilt package and says what to run', { timeout: 60_000 }, () => {
    const result = runPrepack();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('./dist/index.js, ./dist/index.cjs');
    expect(result.stderr).toContain('Build first');
  });

  it("requires the files behind nested conditions too (core's node build)", {
    timeout: 60_000,
  }, () => {
    writeFileSync(
      join(folder, 'package.json'),
      JSON.stringify({
        name: '@http-status-i18n/example',
        exports: {
          '.': {
            node: { import: './dist/node/index.js', require: './dist/node/index.cjs' },
            import: './dist/index.js',
            require: './dist/index.cjs',
          },
        },
      }),
    );
    mkdirSync(join(folder, 'dist'));
    writeFileSync(join(folder, 'dist/index.js'), 'export {};');
    writeFileSync(join(folder, 'dist/index.cjs'), '');
    const result = runPrepack();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('./dist/node/index.js, ./dist/node/index.cjs');
  });

  it('lets a built package through', { timeout: 60_000 }, () => {
    mkdirSync(join(folder, 'dist'));
    writeFileSync(join(folder, 'dist/index.js'), 'export {};');
    writeFileSync(join(folder, 'dist/index.cjs'), '');
    expect(runPrepack().status).toBe(0);
  });
});
