/**
 * The workspace's published packages by name, resolved to their built ESM entry, for scripts
 * that bundle or load them as a consumer would (size budgets, benchmarks).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './toolchain.mjs';

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
      return [manifest.name, { folder, entry: join(folder, manifest.exports['.'].import.default) }];
    }),
  );
}

/** An esbuild plugin resolving `@http-status-i18n/*` to the workspace's built packages. */
export function workspaceResolver() {
  const packages = workspacePackages();
  return {
    name: 'workspace-packages',
    setup(build) {
      build.onResolve({ filter: /^@http-status-i18n\// }, ({ path }) => {
        const found = packages.get(path);
        return found
          ? { path: found.entry }
          : { errors: [{ text: `unknown workspace package ${path}` }] };
      });
    },
  };
}
