import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unisolatedLatinRuns } from './bidi.js';
import { entryPointExports } from './entry-points.js';
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
import { hashText, PROVENANCE_FILE, provenanceFrom, readHistory } from './provenance.js';
import { isSymbolicLink } from './tool-files.js';

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
  /** Texts whose English source changed since they were translated. */
  readonly stale: number;
  /** A locale still being translated: missing texts are counted, not reported. */
  readonly draft: boolean;
  readonly problems: readonly Problem[];
}

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;
/** `{code}` where `{{code}}` was meant: i18next would print it as it is. */
const SINGLE_BRACE_PLACEHOLDER = /(?<!\{)\{\s*([A-Za-z_]\w*)\s*\}(?!\})/;
// Each alternative scans forward without backtracking into itself ([^<>], [^[\]]), so a text of
// 160 KB of `[` or `<` is checked in linear time.
const MARKUP = /<\/?[A-Za-z!][^<>]*>|&(?:[a-z]+|#\d+);|\*\*|__|`|\[[^[\]]*\]\(/;
/** No text needs more; a longer one is a paste accident, and would slow every check. */
const MAX_TEXT_LENGTH = 4000;

/** The distinct placeholders of a text: one may be used more than once. */
function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] as string))].sort();
}

/** The value at a dotted path, or `undefined`. */
export function valueAt(data: unknown, path: string): unknown {
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

type Report = (line: number, path: string, message: string) => void;

/** Reads a JSON file; syntax errors and repeated keys become problems, never exceptions. */
function readJson(file: string, report: Report): JsonSource | undefined {
  let source: JsonSource;
  try {
    source = parseJsonSource(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      report(error.line, '', `invalid JSON at column ${error.column}: ${error.message}`);
      return undefined;
    }
    report(1, '', `cannot be read: ${(error as Error).message}`);
    return undefined;
  }
  for (const duplicate of source.duplicates) {
    report(
      duplicate.line,
      duplicate.path,
      `repeats the key of line ${duplicate.firstLine}: JSON keeps only the last, remove one`,
    );
  }
  return source;
}

export interface CheckOptions {
  /** The folder holding one folder per locale (packages/locales). */
  readonly localesDir: string;
  /** Only these locale folders (default: all). */
  readonly only?: readonly string[];
  /** Paths in messages are shown relative to this folder. */
  readonly displayRoot?: string;
}

/**
 * The locale folders: every folder holding a messages.json, and every symbolic link among them
 * too, so that the check reports a linked folder instead of skipping it in silence.
 */
export function localeFolders(localesDir: string): string[] {
  return readdirSync(localesDir, { withFileTypes: true })
    .filter(
      (entry) =>
        (entry.isDirectory() || entry.isSymbolicLink()) &&
        existsSync(join(localesDir, entry.name, 'messages.json')),
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
  const expectedCodes = new Set(
    expected.flatMap((path) => /^statuses\.([^.]+)\./.exec(path)?.[1] ?? []),
  );
  const referenceFile = join(localesDir, REFERENCE_LOCALE, 'messages.json');
  const reference = existsSync(referenceFile) ? readJson(referenceFile, () => {})?.data : undefined;
  const history = readHistory(localesDir);

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
      stale: 0,
      draft: false,
      problems,
    });

    if (isSymbolicLink(folder) || isSymbolicLink(messagesFile)) {
      report(
        1,
        '',
        `${isSymbolicLink(folder) ? 'the folder' : 'messages.json'} is a symbolic link: a locale must be a real folder with its own files in the repository`,
      );
      return failed();
    }
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
      const { data: packageData } = packageSource;
      const name =
        typeof packageData === 'object' && packageData !== null
          ? (packageData as { name?: unknown }).name
          : undefined;
      if (name !== packageNameOf(tag)) {
        problemIn(packageFile)(
          lineOf(packageSource, 'name'),
          'name',
          `is ${JSON.stringify(name)}, should be "${packageNameOf(tag)}"`,
        );
      }
      // Without them, `import … from '<package>/messages'` fails only in the app that tries it.
      const exportsMap = valueAt(packageData, 'exports');
      for (const [subpath, target] of Object.entries(entryPointExports())) {
        const given =
          typeof exportsMap === 'object' && exportsMap !== null
            ? (exportsMap as Record<string, unknown>)[subpath]
            : undefined;
        if (JSON.stringify(given) !== JSON.stringify(target)) {
          problemIn(packageFile)(
            lineOf(packageSource, 'exports'),
            `exports["${subpath}"]`,
            `should be ${JSON.stringify(target)} (the build writes that entry point there)`,
          );
        }
      }
    }

    // Nothing the registry lacks.
    for (const path of leafPaths(data)) {
      if (!expectedSet.has(path)) {
        const code = /^statuses\.([^.]+)/.exec(path)?.[1];
        const what =
          code && !expectedCodes.has(code)
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
    const provenanceFile = join(folder, PROVENANCE_FILE);
    let provenance: ReturnType<typeof provenanceFrom> = {};
    if (tag !== REFERENCE_LOCALE) {
      const read = readJson(provenanceFile, problemIn(provenanceFile));
      if (read) provenance = provenanceFrom(read.data);
    }
    const rightToLeft = fields.direction === 'rtl';
    const draft = fields.draft === true;
    if (fields.draft !== undefined && typeof fields.draft !== 'boolean') {
      report(
        lineOf(source, 'draft'),
        'draft',
        `is ${JSON.stringify(fields.draft)}, must be true or false`,
      );
    }
    if (draft && packageSource) {
      const { data: packageData } = packageSource;
      if (
        typeof packageData !== 'object' ||
        packageData === null ||
        (packageData as { private?: unknown }).private !== true
      ) {
        problemIn(packageFile)(
          lineOf(packageSource, 'name'),
          'private',
          'a draft locale must not be published: set "private": true until the translation is complete',
        );
      }
    }
    let complete = 0;
    let identical = 0;
    let stale = 0;
    for (const path of expected) {
      const text = valueAt(data, path);
      const line = lineOf(source, path);
      if (text === undefined) {
        if (!draft) report(line, path, 'missing');
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
        if (!draft) report(line, path, 'empty');
        continue;
      }
      complete++;
      if (text.length > MAX_TEXT_LENGTH) {
        report(
          line,
          path,
          `is ${text.length} characters long; no text may exceed ${MAX_TEXT_LENGTH}`,
        );
        continue;
      }
      if (text !== text.trim()) report(line, path, 'leading or trailing whitespace');
      if (MARKUP.test(text))
        report(
          line,
          path,
          `markup is not allowed (plain text only): ${JSON.stringify(MARKUP.exec(text)?.[0])}`,
        );
      const referenceText = valueAt(reference, path);
      // The placeholders code fills are required even of English, which is checked against itself.
      const wanted = [
        ...new Set([
          ...(typeof referenceText === 'string' ? placeholdersOf(referenceText) : []),
          ...requiredPlaceholders(path),
        ]),
      ].sort();
      const found = placeholdersOf(text);
      const singleBrace = SINGLE_BRACE_PLACEHOLDER.exec(text);
      if (singleBrace) {
        report(
          line,
          path,
          `"${singleBrace[0]}" has single braces: placeholders are written {{${singleBrace[1]}}}`,
        );
      } else if (found.join() !== wanted.join()) {
        const show = (names: string[]) =>
          names.length ? names.map((name) => `{{${name}}}`).join(' ') : 'none';
        report(line, path, `placeholders ${show(found)}, expected ${show(wanted)}`);
      }
      const ownCode = /^statuses\.(\d)\d\d\.name$/.exec(path)?.[1];
      if (ownCode !== undefined && text === valueAt(data, `classes.${ownCode}xx.name`)) {
        report(
          line,
          path,
          `is the name of its class ${ownCode}xx: name the code itself (CONTRIBUTING.md, "Names")`,
        );
      }
      if (rightToLeft) {
        for (const run of unisolatedLatinRuns(text)) {
          report(
            line,
            path,
            `left-to-right run ${JSON.stringify(run)} is not isolated: wrap it in U+2066 … U+2069 so it keeps its order in right-to-left text`,
          );
        }
      }
      if (tag !== REFERENCE_LOCALE && typeof referenceText === 'string') {
        const recorded = provenance[path];
        if (recorded === undefined) {
          report(
            line,
            path,
            `not recorded: after translating, run \`pnpm locales record ${tag}\` to record its English source`,
          );
        } else if (recorded.en !== hashText(referenceText)) {
          stale++;
          const old = history[recorded.en];
          report(
            line,
            path,
            `stale: the English changed since this was translated; was ${old === undefined ? `(text ${recorded.en}, not in en/history.json)` : JSON.stringify(old)}, now ${JSON.stringify(referenceText)}`,
          );
        }
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
      stale,
      draft,
      problems,
    };
  });
}
