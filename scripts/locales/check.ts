import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  ALLOWLIST_FILE,
  canonicalizeLocale,
  directionOf,
  expectedTextPaths,
  headerFields,
  packageNameOf,
  REFERENCE_LOCALE,
  requiredPlaceholders,
} from './expected-shape.js';
import { type JsonSource, JsonSyntaxError, parseJsonSource } from './json-source.js';

export interface Problem {
  readonly file: string;
  readonly line: number;
  /** Dotted path of the text (`statuses.409.message`), or the field the problem is about. */
  readonly path: string;
  readonly message: string;
}

export interface LocaleReport {
  readonly tag: string;
  readonly name: string;
  readonly direction: string;
  /** Expected texts present and non-empty. */
  readonly complete: number;
  readonly total: number;
  /** Texts identical to the reference locale, allowlisted or not. */
  readonly identical: number;
  readonly problems: readonly Problem[];
}

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;
const MARKUP = /<\/?[A-Za-z!][^>]*>|&(?:[a-z]+|#\d+);|\*\*|__|`|\[[^\]]*\]\([^)]*\)/;

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] as string).sort();
}

function valueAt(data: unknown, path: string): unknown {
  let value = data;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The line of a path, or of its nearest ancestor present in the file. */
function lineOf(source: JsonSource, path: string): number {
  for (let parts = path.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
    const line = source.lines.get(parts.join('.'));
    if (line !== undefined) return line;
  }
  return 1;
}

/** Every path of the file's leaf values, to find what the registry does not have. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    leafPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

function readJson(file: string, report: (line: number, path: string, message: string) => void) {
  try {
    return parseJsonSource(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      report(error.line, '', `invalid JSON at column ${error.column}: ${error.message}`);
      return undefined;
    }
    throw error;
  }
}

export interface CheckOptions {
  /** The folder holding one folder per locale (packages/locales). */
  readonly localesDir: string;
  /** Only these locale folders (default: all). */
  readonly only?: readonly string[];
  /** Paths in messages are shown relative to this folder. */
  readonly displayRoot?: string;
}

export function localeFolders(localesDir: string): string[] {
  return readdirSync(localesDir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(localesDir, entry.name, 'messages.json')),
    )
    .map((entry) => entry.name)
    .sort();
}

/** Checks locale folders against the registry and the reference locale; reports every problem. */
export function checkLocales({
  localesDir,
  only,
  displayRoot = process.cwd(),
}: CheckOptions): LocaleReport[] {
  const expected = expectedTextPaths();
  const expectedSet = new Set([...expected, ...headerFields]);
  const referenceFile = join(localesDir, REFERENCE_LOCALE, 'messages.json');
  const reference = existsSync(referenceFile) ? readJson(referenceFile, () => {})?.data : undefined;

  return (only ?? localeFolders(localesDir)).map((tag): LocaleReport => {
    const folder = join(localesDir, tag);
    const messagesFile = join(folder, 'messages.json');
    const problems: Problem[] = [];
    const problemIn = (file: string) => (line: number, path: string, message: string) =>
      problems.push({ file: relative(displayRoot, file), line, path, message });
    const report = problemIn(messagesFile);
    const failed = (name = tag): LocaleReport => ({
      tag,
      name,
      direction: '?',
      complete: 0,
      total: expected.length,
      identical: 0,
      problems,
    });

    if (!existsSync(messagesFile)) {
      report(1, '', 'messages.json is missing');
      return failed();
    }
    const source = readJson(messagesFile, report);
    if (source === undefined) return failed();
    const { data } = source;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      report(1, '', 'the file must hold one JSON object');
      return failed();
    }

    // Identity: folder, `locale` field and package name agree, on a canonical BCP 47 tag.
    const canonical = canonicalizeLocale(tag);
    if (canonical !== tag) {
      report(
        1,
        '',
        canonical
          ? `folder "${tag}" should be named "${canonical}"`
          : `folder "${tag}" is not a valid BCP 47 language tag`,
      );
    }
    const fields = data as Record<string, unknown>;
    if (fields.locale !== tag) {
      report(
        lineOf(source, 'locale'),
        'locale',
        `is ${JSON.stringify(fields.locale)}, the folder says "${tag}"`,
      );
    }
    if (typeof fields.name !== 'string' || fields.name.trim() === '') {
      report(lineOf(source, 'name'), 'name', "missing or empty: the language's own name");
    }
    if (fields.direction !== 'ltr' && fields.direction !== 'rtl') {
      report(
        lineOf(source, 'direction'),
        'direction',
        `is ${JSON.stringify(fields.direction)}, must be "ltr" or "rtl"`,
      );
    } else if (canonical && fields.direction !== directionOf(canonical)) {
      report(
        lineOf(source, 'direction'),
        'direction',
        `is "${fields.direction}", but ${tag} is written ${directionOf(canonical)}`,
      );
    }
    const packageFile = join(folder, 'package.json');
    const packageSource = existsSync(packageFile)
      ? readJson(packageFile, problemIn(packageFile))
      : undefined;
    if (!existsSync(packageFile)) report(1, '', 'package.json is missing');
    else if (packageSource) {
      const name = (packageSource.data as { name?: unknown }).name;
      if (name !== packageNameOf(tag)) {
        problemIn(packageFile)(
          lineOf(packageSource, 'name'),
          'name',
          `is ${JSON.stringify(name)}, should be "${packageNameOf(tag)}"`,
        );
      }
    }

    // Nothing the registry lacks.
    for (const path of leafPaths(data)) {
      if (!expectedSet.has(path)) {
        const code = /^statuses\.([^.]+)/.exec(path)?.[1];
        const what =
          code && !expected.some((known) => known.startsWith(`statuses.${code}.`))
            ? `code ${code} is not in the registry (keep it, or remove it if the code was dropped)`
            : 'is not a field of the registry';
        report(lineOf(source, path), path, what);
      }
    }

    // Every text present, non-empty, plain, with the right placeholders, translated.
    const allowlistFile = join(folder, ALLOWLIST_FILE);
    const allowlistSource = existsSync(allowlistFile)
      ? readJson(allowlistFile, problemIn(allowlistFile))
      : undefined;
    const allowlist = (allowlistSource?.data ?? {}) as Record<string, unknown>;
    let complete = 0;
    let identical = 0;
    for (const path of expected) {
      const text = valueAt(data, path);
      const line = lineOf(source, path);
      if (text === undefined) {
        report(line, path, 'missing');
        continue;
      }
      if (typeof text !== 'string') {
        report(
          line,
          path,
          `must be a string, is ${Array.isArray(text) ? 'an array' : typeof text}`,
        );
        continue;
      }
      if (text.trim() === '') {
        report(line, path, 'empty');
        continue;
      }
      complete++;
      if (text !== text.trim()) report(line, path, 'leading or trailing whitespace');
      if (MARKUP.test(text))
        report(
          line,
          path,
          `markup is not allowed (plain text only): ${JSON.stringify(MARKUP.exec(text)?.[0])}`,
        );
      const referenceText = valueAt(reference, path);
      const wanted =
        typeof referenceText === 'string'
          ? placeholdersOf(referenceText)
          : requiredPlaceholders(path);
      const found = placeholdersOf(text);
      if (found.join() !== wanted.join()) {
        const show = (names: string[]) =>
          names.length ? names.map((name) => `{{${name}}}`).join(' ') : 'none';
        report(line, path, `placeholders ${show(found)}, expected ${show(wanted)}`);
      }
      if (tag !== REFERENCE_LOCALE && text === referenceText && /\p{L}/u.test(text)) {
        identical++;
        if (!Object.hasOwn(allowlist, path)) {
          report(
            line,
            path,
            `identical to ${REFERENCE_LOCALE} ("${text.slice(0, 40)}"): translate it, or list it in ${ALLOWLIST_FILE} with the reason`,
          );
        }
      }
    }
    for (const path of Object.keys(allowlist)) {
      const reason = allowlist[path];
      const line = allowlistSource ? lineOf(allowlistSource, path) : 1;
      if (typeof reason !== 'string' || reason.trim() === '') {
        problemIn(allowlistFile)(line, path, 'give the reason this text stays as in English');
      } else if (valueAt(data, path) !== valueAt(reference, path)) {
        problemIn(allowlistFile)(
          line,
          path,
          `no longer identical to ${REFERENCE_LOCALE}: remove it from the list`,
        );
      }
    }

    return {
      tag,
      name: typeof fields.name === 'string' ? fields.name : tag,
      direction: String(fields.direction),
      complete,
      total: expected.length,
      identical,
      problems,
    };
  });
}
