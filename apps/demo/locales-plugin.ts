import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:locales';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

interface LocaleEntry {
  readonly tag: string;
  readonly name: string;
  readonly direction: 'ltr' | 'rtl';
  readonly packageName: string;
  readonly folder: string;
}

/** Every locale package of the workspace: adding a folder to packages/locales adds a locale here. */
function discoverLocales(localesDir: string): LocaleEntry[] {
  return readdirSync(localesDir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(localesDir, entry.name, 'package.json')),
    )
    .map((entry) => {
      const folder = join(localesDir, entry.name);
      const { locale, name, direction } = JSON.parse(
        readFileSync(join(folder, 'messages.json'), 'utf8'),
      );
      const packageName = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))
        .name as string;
      return { tag: locale, name, direction, packageName, folder };
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/**
 * `virtual:locales`: the list of locales (tag, own name, direction) for the switcher, and for
 * each a loader that imports its package. Each import becomes its own chunk, so the app
 * downloads only the locale it shows. The packages are resolved from their folders, so a new
 * locale needs no edit to this app.
 */
export function localesPlugin(repositoryRoot: string): Plugin {
  const locales = discoverLocales(resolve(repositoryRoot, 'packages/locales'));
  return {
    name: 'http-status-i18n:locales',
    config: () => ({
      resolve: {
        // The package's source entry: Vite compiles it, so the locale needs no build of its own.
        alias: locales.map(({ packageName, folder }) => ({
          find: packageName,
          replacement: join(folder, 'src/index.ts'),
        })),
      },
    }),
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const entries = locales.map(
        ({ tag, name, direction, packageName }) =>
          `  { tag: ${JSON.stringify(tag)}, name: ${JSON.stringify(name)}, direction: ${JSON.stringify(direction)}, load: () => import(${JSON.stringify(packageName)}) },`,
      );
      return `export const locales = [\n${entries.join('\n')}\n];\n`;
    },
  };
}

/** Names each locale's chunk after its tag (`locale-zh-CN-….js`), so tests can see which loaded. */
export function localeChunkName(facadeModuleId: string | null): string | undefined {
  const tag =
    facadeModuleId && /[\\/]packages[\\/]locales[\\/]([^\\/]+)[\\/]/.exec(facadeModuleId)?.[1];
  return tag ? `assets/locale-${tag}-[hash].js` : undefined;
}
