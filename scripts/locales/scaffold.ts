import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeFolders, valueAt } from './check.js';
import { entryPointExports } from './entry-points.js';
import {
  canonicalizeLocale,
  directionOf,
  expectedTextPaths,
  packageNameOf,
  REFERENCE_LOCALE,
  registryCodes,
} from './expected-shape.js';
import { JsonSyntaxError, parseJsonSource } from './json-source.js';
import {
  addToHistory,
  hashText,
  PROVENANCE_FILE,
  readHistory,
  readProvenance,
  writeProvenance,
} from './provenance.js';
import { refusalToWrite, serializeJson } from './tool-files.js';

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
      ...entryPointExports(),
      './messages.json': './messages.json',
      './package.json': './package.json',
    },
    files: ['dist', 'messages.json'],
    scripts: {
      validate: 'tsx ../../../scripts/locales/cli.ts check .',
      build: 'tsdown --config ../../../tsdown.package.config.ts',
      typecheck: 'tsc -p tsconfig.json',
      'lint:pkg': 'publint --strict && attw --pack . --profile node16',
      prepack: 'node ../../../scripts/prepack.mjs',
    },
    // Types only: any core version carries the bundle type; the locale does not run core's code.
    peerDependencies: { '@http-status-i18n/core': 'workspace:>=0.0.0' },
    peerDependenciesMeta: { '@http-status-i18n/core': { optional: true } },
    devDependencies: { '@http-status-i18n/core': 'workspace:*' },
  };
}

/** A locale's `src/index.ts`: the bundle, deeply frozen, typed with its literal tag. */
export function indexTs(tag: string): string {
  return `import type { LocaleBundle } from '@http-status-i18n/core';
import messages from '../messages.json' with { type: 'json' };

/** Every translator and i18next instance shares this bundle: nobody may change it. */
function deepFreeze<Value>(value: Value): Value {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// JSON widens \`locale\` and \`direction\` to string; the locale check guarantees both. The
// literal tag lets a translator built from this bundle type its locale arguments.
const bundle: LocaleBundle<'${tag}'> = deepFreeze(
  messages as typeof messages & Pick<LocaleBundle<'${tag}'>, 'locale' | 'direction'>,
);

export default bundle;
`;
}

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

\`messages.json\` is the only file to edit. \`pnpm locales show ${tag} --todo\` lists every text
still to translate, with its English beside it; \`pnpm locales record ${tag}\` records what you
translated; \`pnpm locales check ${tag}\` reports every problem with its line. This locale is a
draft (\`"draft": true\`, \`"private": true\`) until every text is translated.

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
    // Lands before it is complete: untranslated texts fall back to English, nothing publishes.
    draft: true,
  };
  for (const path of expectedTextPaths()) addMissing(messages, path);

  mkdirSync(join(folder, 'src'), { recursive: true });
  writeFileSync(join(folder, 'messages.json'), serializeJson(messages));
  writeFileSync(
    join(folder, 'package.json'),
    serializeJson({ ...packageJson(tag, languageName), private: true }),
  );
  writeFileSync(join(folder, 'tsconfig.json'), serializeJson(TSCONFIG));
  writeFileSync(join(folder, 'src', 'index.ts'), indexTs(tag));
  writeFileSync(join(folder, 'README.md'), readme(tag, languageName));
  // Every published package carries the licence; the tarball takes it from the folder.
  const license = join(dirname(fileURLToPath(import.meta.url)), '../../LICENSE');
  if (existsSync(license)) copyFileSync(license, join(folder, 'LICENSE'));
  // Nothing is translated yet: `record` fills this in as texts are translated.
  writeFileSync(join(folder, PROVENANCE_FILE), serializeJson({}));
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

/** Why a messages.json must not be rewritten (unreadable, repeated keys, a link), if so. */
function refusalToRewrite(file: string, text: string): string | undefined {
  const linked = refusalToWrite(file);
  if (linked) return linked;
  try {
    const { data, duplicates } = parseJsonSource(text);
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      return 'messages.json must hold one JSON object';
    if (duplicates.length > 0) {
      // JSON.parse keeps only the last of a repeated key: rewriting would drop the others.
      return `repeated keys (${duplicates.map((duplicate) => `${duplicate.path} on line ${duplicate.line}`).join(', ')}); remove them first, nothing was written`;
    }
  } catch (error) {
    return error instanceof JsonSyntaxError
      ? `invalid JSON at line ${error.line}, column ${error.column}: ${error.message}`
      : (error as Error).message;
  }
  return undefined;
}

/** Adds an empty text for every key the registry has and a locale lacks. Removes and rewrites nothing. */
export function syncLocales(localesDir: string): SyncResult[] {
  const expected = expectedTextPaths();
  return localeFolders(localesDir).map((tag) => {
    const folder = join(localesDir, tag);
    const file = join(folder, 'messages.json');
    const text = readFileSync(file, 'utf8');
    const refusal = refusalToWrite(folder) ?? refusalToRewrite(file, text);
    if (refusal) return { tag, added: [], unknownCodes: [], skipped: refusal };
    const data = JSON.parse(text) as Record<string, unknown>;
    const added = expected.filter((path) => addMissing(data, path));
    const statuses = data.statuses as Record<string, unknown> | undefined;
    const unknownCodes = Object.keys(statuses ?? {}).filter((code) => !registryCodes.has(code));
    if (added.length > 0) writeFileSync(file, serializeJson(data));
    return { tag, added, unknownCodes };
  });
}

export interface RecordResult {
  readonly tag: string;
  /** Paths whose English source was recorded now. */
  readonly recorded: readonly string[];
  /** Paths still translated from an older English text: their translation did not change. */
  readonly stillStale: readonly string[];
}

/**
 * Records, for translated texts, the English text they were translated from. Without `paths`,
 * it records every text the translator changed since it was last recorded (or that was never
 * recorded); a stale text whose translation did not change stays stale, unless named in
 * `paths` (a translator who checked it and found it still right) or `all` is set.
 */
export function recordSources(
  localesDir: string,
  tag: string,
  { paths, all = false }: { paths?: readonly string[]; all?: boolean } = {},
): RecordResult {
  const folder = join(localesDir, tag);
  const file = join(folder, 'messages.json');
  if (tag === REFERENCE_LOCALE)
    throw new Error(`${tag} is the English source itself: it has no provenance to record`);
  if (!existsSync(file))
    throw new Error(`no locale ${tag}: packages/locales/${tag}/messages.json does not exist`);
  const text = readFileSync(file, 'utf8');
  const refusal = refusalToRewrite(file, text);
  if (refusal) throw new Error(`${tag}: ${refusal}`);
  const english = parseJsonSource(
    readFileSync(join(localesDir, REFERENCE_LOCALE, 'messages.json'), 'utf8'),
  ).data;
  const data = JSON.parse(text);
  const expected = expectedTextPaths();
  const unknown = (paths ?? []).filter((path) => !expected.includes(path));
  if (unknown.length > 0) throw new Error(`not a text of the registry: ${unknown.join(', ')}`);

  const { provenance } = readProvenance(folder);
  const recorded: string[] = [];
  const stillStale: string[] = [];
  const sources: string[] = [];
  for (const path of expected) {
    const translation = valueAt(data, path);
    const source = valueAt(english, path);
    if (typeof translation !== 'string' || translation.trim() === '' || typeof source !== 'string')
      continue;
    const previous = provenance[path];
    const current = { en: hashText(source), text: hashText(translation) };
    const wanted =
      all ||
      paths?.includes(path) ||
      (paths === undefined && (previous === undefined || previous.text !== current.text));
    if (wanted) {
      if (previous?.en !== current.en || previous?.text !== current.text) recorded.push(path);
      provenance[path] = current;
      sources.push(source);
    } else if (previous !== undefined && previous.en !== current.en) {
      stillStale.push(path);
    }
  }
  addToHistory(localesDir, sources);
  writeProvenance(folder, provenance);
  return { tag, recorded, stillStale };
}

/**
 * Every text of a locale beside the English it translates, for translators: the English, then
 * the translation or "(to translate)". With `todo`, only the texts still empty or whose English
 * changed since they were translated (stale, with the English they were made from).
 */
export function showLocale(localesDir: string, tag: string, { todo = false } = {}): string {
  const file = join(localesDir, tag, 'messages.json');
  if (!existsSync(file)) throw new Error(`no locale ${tag}: ${file} does not exist`);
  const data = parseJsonSource(readFileSync(file, 'utf8')).data;
  const english = parseJsonSource(
    readFileSync(join(localesDir, REFERENCE_LOCALE, 'messages.json'), 'utf8'),
  ).data;
  const { provenance } = readProvenance(join(localesDir, tag));
  const history = readHistory(localesDir);
  const blocks: string[] = [];
  let shown = 0;
  for (const path of expectedTextPaths()) {
    const source = valueAt(english, path);
    const translation = valueAt(data, path);
    const empty = typeof translation !== 'string' || translation.trim() === '';
    const recorded = provenance[path];
    const stale =
      !empty &&
      typeof source === 'string' &&
      recorded !== undefined &&
      recorded.en !== hashText(source);
    if (todo && !empty && !stale) continue;
    shown++;
    const lines = [path, `  en: ${typeof source === 'string' ? source : '(no English text)'}`];
    if (stale) lines.push(`  en before: ${history[recorded.en] ?? `(text ${recorded.en})`}`);
    lines.push(`  ${tag}: ${empty ? '(to translate)' : (translation as string)}`);
    blocks.push(lines.join('\n'));
  }
  const total = expectedTextPaths().length;
  blocks.push(
    todo
      ? `${shown} of ${total} texts to translate or update in ${tag}`
      : `${total} texts in ${tag}`,
  );
  return blocks.join('\n\n');
}
