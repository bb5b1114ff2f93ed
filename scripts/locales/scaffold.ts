import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeFolders } from './check.js';
import {
  canonicalizeLocale,
  directionOf,
  expectedTextPaths,
  packageNameOf,
  registryCodes,
} from './expected-shape.js';
import { parseJsonSource } from './json-source.js';

/** Sets `path` to an empty text unless something is there; reports whether it added it. */
function addMissing(data: Record<string, unknown>, path: string): boolean {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = data;
  for (const key of keys) {
    const child = node[key];
    if (typeof child !== 'object' || child === null || Array.isArray(child)) {
      // A non-object here is a contributor's value: leave it for the check to report.
      if (child !== undefined) return false;
      node[key] = {};
    }
    node = node[key] as Record<string, unknown>;
  }
  if (Object.hasOwn(node, last)) return false;
  node[last] = '';
  return true;
}

function serialize(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

function packageJson(tag: string, languageName: string) {
  return {
    name: packageNameOf(tag),
    version: '0.0.0',
    description: `${languageName} (${tag}) texts for every HTTP status code, for @http-status-i18n/core and i18next.`,
    keywords: ['http', 'status', 'status-code', 'i18n', 'locale', tag],
    license: 'MIT',
    repository: {
      type: 'git',
      url: 'git+https://github.com/http-status-i18n/http-status-i18n.git',
      directory: `packages/locales/${tag}`,
    },
    type: 'module',
    sideEffects: false,
    engines: { node: '>=20.19' },
    main: './dist/index.cjs',
    module: './dist/index.js',
    types: './dist/index.d.cts',
    exports: {
      '.': {
        import: { types: './dist/index.d.ts', default: './dist/index.js' },
        require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
      },
      './messages.json': './messages.json',
      './package.json': './package.json',
    },
    files: ['dist', 'messages.json'],
    scripts: {
      validate: 'tsx ../../../scripts/locales/cli.ts check .',
      build: 'tsdown --config ../../../tsdown.package.config.ts',
      typecheck: 'tsc -p tsconfig.json',
      'lint:pkg': 'publint --strict && attw --pack . --profile node16',
    },
    // Types only: any core version carries the bundle type; the locale does not run core's code.
    peerDependencies: { '@http-status-i18n/core': 'workspace:>=0.0.0' },
    peerDependenciesMeta: { '@http-status-i18n/core': { optional: true } },
    devDependencies: { '@http-status-i18n/core': 'workspace:*' },
  };
}

const INDEX_TS = `import type { LocaleBundle } from '@http-status-i18n/core';
import messages from '../messages.json' with { type: 'json' };

// JSON widens \`direction\` to string; the locale check guarantees "ltr" or "rtl".
const bundle: LocaleBundle = messages as typeof messages & Pick<LocaleBundle, 'direction'>;

export default bundle;
`;

const TSCONFIG = {
  extends: '../../../tsconfig.base.json',
  include: ['src'],
};

function readme(tag: string, languageName: string) {
  return `# ${packageNameOf(tag)}

${languageName} texts for every HTTP status code: name, one-line summary, developer description
and end-user message, plus class and interface texts. Use it with \`@http-status-i18n/core\` or
\`@http-status-i18n/i18next\`.

\`\`\`sh
npm install @http-status-i18n/core ${packageNameOf(tag)}
\`\`\`

\`\`\`ts
import { createTranslator } from '@http-status-i18n/core';
import locale from '${packageNameOf(tag)}';

const translator = createTranslator({ locales: [locale] });
translator.message(404, '${tag}');
\`\`\`

## Translating

\`messages.json\` is the only file to edit. \`pnpm locales check ${tag}\` lists every text still
missing, with its line.

## Glossary

Keep these terms the same everywhere in this locale.

| English | ${languageName} | note |
|---|---|---|
| request | | |
| response | | |
| status code | | |
`;
}

/** Creates packages/locales/<tag> with every key of the registry, empty, ready to translate. */
export function addLocale(localesDir: string, requestedTag: string): string {
  const tag = canonicalizeLocale(requestedTag);
  if (tag === undefined || /^(und|x)(-|$)/i.test(tag)) {
    throw new Error(
      `"${requestedTag}" is not a valid BCP 47 language tag (examples: fr, pt-BR, zh-Hant-HK).`,
    );
  }
  const folder = join(localesDir, tag);
  if (existsSync(folder)) {
    throw new Error(
      `packages/locales/${tag} already exists: edit its messages.json, or run \`pnpm locales sync\` to add missing keys.`,
    );
  }
  const languageName = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  const messages: Record<string, unknown> = {
    locale: tag,
    name: languageName,
    direction: directionOf(tag),
  };
  for (const path of expectedTextPaths()) addMissing(messages, path);

  mkdirSync(join(folder, 'src'), { recursive: true });
  writeFileSync(join(folder, 'messages.json'), serialize(messages));
  writeFileSync(join(folder, 'package.json'), serialize(packageJson(tag, languageName)));
  writeFileSync(join(folder, 'tsconfig.json'), serialize(TSCONFIG));
  writeFileSync(join(folder, 'src', 'index.ts'), INDEX_TS);
  writeFileSync(join(folder, 'README.md'), readme(tag, languageName));
  return tag;
}

export interface SyncResult {
  readonly tag: string;
  readonly added: readonly string[];
  /** Codes in the file that the registry does not have: reported, never removed. */
  readonly unknownCodes: readonly string[];
  /** Why the locale was skipped (it could not be read), if it was. */
  readonly skipped?: string;
}

/** Adds an empty text for every key the registry has and a locale lacks. Removes and rewrites nothing. */
export function syncLocales(localesDir: string): SyncResult[] {
  const expected = expectedTextPaths();
  return localeFolders(localesDir).map((tag) => {
    const file = join(localesDir, tag, 'messages.json');
    let data: Record<string, unknown>;
    try {
      data = parseJsonSource(readFileSync(file, 'utf8')).data as Record<string, unknown>;
    } catch (error) {
      return {
        tag,
        added: [],
        unknownCodes: [],
        skipped: `invalid JSON: ${(error as Error).message}`,
      };
    }
    const added = expected.filter((path) => addMissing(data, path));
    const statuses = data.statuses as Record<string, unknown> | undefined;
    const unknownCodes = Object.keys(statuses ?? {}).filter((code) => !registryCodes.has(code));
    if (added.length > 0) writeFileSync(file, serialize(data));
    return { tag, added, unknownCodes };
  });
}
