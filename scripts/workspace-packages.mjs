/**
 * The workspace's published packages by name, resolved through their `exports` maps to built
 * files, for scripts that bundle or load them as a consumer would (size budgets, benchmarks).
 * The root does not depend on the packages, so neither Node nor a bundler finds them by itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './toolchain.mjs';

/** What a bundler targeting browsers matches in `exports`. */
export const browserConditions = Object.freeze(['browser', 'module', 'import', 'default']);
/** What Node matches for `import`. */
export const nodeConditions = Object.freeze(['node', 'import', 'default']);

export function workspacePackages() {
  const folders = ['packages', 'packages/locales'].flatMap((parent) =>
    readdirSync(join(root, parent), { withFileTypes: true })
      .filter(
        (entry) =>
          entry.isDirectory() && existsSync(join(root, parent, entry.name, 'package.json')),
      )
      .map((entry) => join(root, parent, entry.name)),
  );
  return new Map(
    folders.map((folder) => {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      return [manifest.name, { folder, manifest }];
    }),
  );
}

/** The first target of an `exports` value the conditions match, as Node reads it (in key order). */
function matchConditions(target, conditions) {
  if (typeof target === 'string') return target;
  if (target === null || typeof target !== 'object') return undefined;
  for (const [condition, value] of Object.entries(target)) {
    if (condition !== 'types' && conditions.includes(condition)) {
      const found = matchConditions(value, conditions);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * Resolves `@http-status-i18n/<name>[/<subpath>]` to a built file, or throws naming what is
 * missing. Only exact subpaths: the packages export no patterns.
 */
export function createWorkspaceResolver(conditions = browserConditions) {
  const packages = workspacePackages();
  return (specifier) => {
    const [, name, subpath] = /^(@http-status-i18n\/[^/]+)(\/.*)?$/.exec(specifier) ?? [];
    const found = name && packages.get(name);
    if (!found) throw new Error(`unknown workspace package ${specifier}`);
    const target = matchConditions(found.manifest.exports?.[`.${subpath ?? ''}`], conditions);
    if (target === undefined) throw new Error(`${name} does not export .${subpath ?? ''}`);
    return join(found.folder, target);
  };
}

/** An esbuild plugin resolving `@http-status-i18n/*` to the workspace's built packages. */
export function workspaceResolver(conditions) {
  const resolve = createWorkspaceResolver(conditions);
  return {
    name: 'workspace-packages',
    setup(build) {
      build.onResolve({ filter: /^@http-status-i18n\// }, ({ path }) => {
        try {
          return { path: resolve(path) };
        } catch (error) {
          return { errors: [{ text: error.message }] };
        }
      });
    },
  };
}

/** The same for rollup. */
export function rollupWorkspaceResolver(conditions) {
  const resolve = createWorkspaceResolver(conditions);
  return {
    name: 'workspace-packages',
    resolveId: (source) => (source.startsWith('@http-status-i18n/') ? resolve(source) : null),
  };
}
