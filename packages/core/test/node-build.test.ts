import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const packageFolder = join(import.meta.dirname, '..');

/**
 * Run in a plain `node` (not under vitest, whose resolver adds conditions), from the package's
 * folder, so `@http-status-i18n/core` resolves through the package's own `exports` (a
 * self-reference) exactly as it does for a user's `import` and `require` in Node.
 */
const PROBE = `
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
const require = createRequire(pathToFileURL(process.cwd() + '/probe.js'));
const names = (namespace) => Object.keys(namespace).sort();
// The data a build holds: every exported value that is not a function, and every code's facts.
const data = (core) => JSON.stringify([
  Object.entries(core).filter(([, value]) => typeof value !== 'function'),
  core.statusCodes.map((code) => [core.getStatus(code), core.getPhrase(code)]),
]);
const node = await import('@http-status-i18n/core');
const perModule = await import('./dist/index.js');
console.log(JSON.stringify({
  importResolves: import.meta.resolve('@http-status-i18n/core'),
  requireResolves: require.resolve('@http-status-i18n/core'),
  imported: names(node),
  required: names(require('@http-status-i18n/core')),
  perModuleEsm: names(perModule),
  perModuleCjs: names(require('./dist/index.cjs')),
  sameData: data(node) === data(perModule),
}));
`;

function probe() {
  const { NODE_OPTIONS: _, ...env } = process.env;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE], {
    cwd: packageFolder,
    encoding: 'utf8',
    env,
  });
  return JSON.parse(output) as Record<'importResolves' | 'requireResolves', string> &
    Record<'imported' | 'required' | 'perModuleEsm' | 'perModuleCjs', string[]> & {
      sameData: boolean;
    };
}

describe('the single-file build Node loads', () => {
  let result: ReturnType<typeof probe>;
  beforeAll(() => {
    result = probe();
  });

  it('is what import and require of @http-status-i18n/core resolve to under Node', () => {
    expect(result.importResolves).toBe(new URL('../dist/node/index.js', import.meta.url).href);
    expect(result.requireResolves).toBe(join(packageFolder, 'dist/node/index.cjs'));
  });

  it('exports exactly the names of the per-module build bundlers get', () => {
    expect(result.perModuleEsm.length).toBeGreaterThan(0);
    expect(result.imported).toEqual(result.perModuleEsm);
    expect(result.required).toEqual(result.perModuleCjs);
    expect(result.required).toEqual(result.imported);
  });

  it("holds the same data as the per-module build (core's other tests load only the single file)", () => {
    expect(result.sameData).toBe(true);
  });
});
