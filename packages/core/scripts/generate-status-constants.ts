/**
 * Writes src/status-constants.ts, src/status-phrases.ts and src/registry/table.ts from the
 * hand-written registry (src/registry/iana.ts, unofficial.ts and flags.ts). `STATUS` and the
 * phrase table live in their own modules, as literals, so that importing them does not bundle
 * the registry; table.ts holds the rest of each code's facts in the compact form that
 * src/registry/compact.ts describes, which `getStatus` decodes. The core tests fail while any of
 * the three files differs from what this script writes, or `getStatus` from the rows.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CACHEABLE_FLAG,
  COMMON_FLAG,
  type CompactTable,
  DOCUMENT_BASE,
  type Exception,
  FLAG_BASE,
  keyOf,
  NO_BODY_FLAG,
  nextSection,
  REDIRECT_FLAG,
  RETRY_SHIFT,
  ROW_BASE,
  retryRules,
} from '../src/registry/compact.js';
import {
  commonStatusCodes,
  hasNoBody,
  heuristicallyCacheableCodes,
  redirectCodes,
  retryRuleOf,
} from '../src/registry/flags.js';
import { ianaStatuses } from '../src/registry/iana.js';
import { rfc } from '../src/registry/sources.js';
import type { RegistryEntry } from '../src/registry/types.js';
import { unofficialStatuses } from '../src/registry/unofficial.js';

/** The files this script writes, relative to the package. */
export const generatedFiles = [
  'src/status-constants.ts',
  'src/status-phrases.ts',
  'src/registry/table.ts',
] as const;

/** Every row of iana.ts and unofficial.ts, by ascending code. */
export function registryRows(): readonly RegistryEntry[] {
  const rows = [...ianaStatuses, ...unofficialStatuses].sort((a, b) => a.code - b.code);
  rows.forEach((row, index) => {
    if (!Number.isInteger(row.code) || row.code < 100 || row.code > 599)
      throw new Error(`${row.code}: not a status code`);
    if (row.code === rows[index - 1]?.code) throw new Error(`${row.code}: listed twice`);
  });
  return rows;
}

const HEADER =
  '// Generated from src/registry by `pnpm --filter @http-status-i18n/core generate`. Do not edit.';

/** Biome's layout of `const name = value;` when the line would pass 100 columns. */
function declaration(head: string, value: string): string {
  const line = `${head} = ${value};`;
  return line.length <= 100 ? line : `${head} =\n  ${value};`;
}

/** src/status-constants.ts: `STATUS`. */
export function constantsSource(rows: readonly RegistryEntry[]): string {
  const lines = rows.map(({ key, code }) => `  ${key}: ${code},`);
  return `${HEADER}

const constants = {
${lines.join('\n')}
} as const;

/**
 * Every known status code by constant name: \`STATUS.CONFLICT === 409\`. Frozen, with no
 * prototype, so \`STATUS['toString']\` or \`STATUS[userInput]\` finds only status codes.
 */
export const STATUS: typeof constants = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.assign(Object.create(null) as object, constants),
);
`;
}

/**
 * src/status-phrases.ts: `getPhrase`, and the codes and phrases that `getStatus` reads too.
 * Phrases in code order, `|`-separated; a code is written only where it is not the previous
 * code plus one ("100Continue|Switching Protocols|…|200OK|Created|…"). Written out as an object
 * literal the table would gzip about a tenth larger, and a phrase table exists to be small.
 */
export function phrasesSource(rows: readonly RegistryEntry[]): string {
  let previousCode = -1;
  const phraseTable = rows
    .map(({ code, phrase }) => {
      if (phrase.includes('|') || /^\d/.test(phrase))
        throw new Error(`${code}: phrase "${phrase}"`);
      const part = code === previousCode + 1 ? phrase : `${code}${phrase}`;
      previousCode = code;
      return part;
    })
    .join('|');
  return `${HEADER}
import { parseStatusCode } from './status-class.js';

${declaration('const table', quote(phraseTable))}

/** Reason phrases indexed by code, decoded on first use. */
let phrases: readonly (string | undefined)[] | undefined;

function decode(): readonly (string | undefined)[] {
  // Filled, not holey: a read of a hole would walk the prototype chain.
  const byCode: (string | undefined)[] = new Array(600).fill(undefined);
  let code = 0;
  for (const part of table.split('|')) {
    const written = /^\\d{3}/.exec(part)?.[0];
    code = written === undefined ? code + 1 : Number(written);
    byCode[code] = written === undefined ? part : part.slice(3);
  }
  return byCode;
}

/**
 * The English reason phrase of a known code (\`getPhrase(409) === 'Conflict'\`), from a table of
 * phrases alone: for apps that need the phrase and none of the other facts, at a fraction of
 * \`getStatus\`'s size. Accepts what \`getStatus\` accepts; anything else gives \`undefined\`.
 */
export function getPhrase(code: unknown): string | undefined {
  phrases ??= decode();
  // A number indexes the array directly: NaN, fractions, negatives and large numbers read undefined.
  if (typeof code === 'number') return phrases[code];
  const parsed = parseStatusCode(code);
  return parsed === undefined ? undefined : phrases[parsed];
}

/** Every known code's phrase, indexed by code: the registry's rows (see registry/compact.ts). */
export function phrasesByCode(): readonly (string | undefined)[] {
  phrases ??= decode();
  return phrases;
}
`;
}

/** A character for `index` counted from `base` (see registry/compact.ts). */
function char(base: number, index: number): string {
  if (index < 0 || base + index > 0xd7ff) throw new Error(`no character for ${index}`);
  return String.fromCharCode(base + index);
}

/** A string literal as Biome writes it: single quotes, unless double ones need fewer escapes. */
function quote(value: string): string {
  const json = JSON.stringify(value);
  const singles = value.split("'").length;
  if (singles > value.split('"').length) return json;
  const body = json
    .slice(1, -1)
    .replace(/\\(.)|'/g, (match, escaped?: string) =>
      escaped === '"' ? '"' : escaped === undefined ? "\\'" : match,
    );
  return `'${body}'`;
}

function retryIndex(code: number): number {
  const index = retryRules.indexOf(retryRuleOf(code));
  if (index < 0) throw new Error(`${code}: retry rule ${retryRuleOf(code)}`);
  return index;
}

/**
 * The compact table of `rows` (ascending codes), in the form registry/compact.ts describes.
 * Throws on a fact that form cannot hold, rather than return a table that decodes to something
 * else.
 */
export function encodeTable(rows: readonly RegistryEntry[]): CompactTable {
  const codes = rows.map((row) => row.code);
  const documents: string[] = [];
  const lastSections = new Map<string, string>();
  const exceptions: Record<number, Exception> = {};
  let sources = '';
  let flags = '';
  const related: string[] = [];
  rows.forEach((row, index) => {
    const { code, source } = row;
    if (index > 0 && code <= (codes[index - 1] as number)) throw new Error(`${code}: out of order`);
    // Source: a vendor's name, or an RFC section exactly as `rfc()` makes it.
    let document: string;
    let section = '';
    if ('vendor' in source) {
      document = source.vendor;
      if (
        Object.keys(source).length !== 1 ||
        !Number.isNaN(Number(document)) ||
        document.includes('|')
      )
        throw new Error(`${code}: vendor source ${JSON.stringify(source)}`);
    } else {
      document = /^RFC (\d+)$/.exec(source.title)?.[1] ?? '';
      if (
        !Number(document) ||
        !/^\d+(\.\d+)*$/.test(source.section) ||
        JSON.stringify(source) !== JSON.stringify(rfc(Number(document), source.section))
      )
        throw new Error(`${code}: not a source rfc() makes: ${JSON.stringify(source)}`);
      const previous = lastSections.get(document);
      section =
        previous !== undefined && nextSection(previous) === source.section ? '' : source.section;
      lastSections.set(document, source.section);
    }
    if (!documents.includes(document)) documents.push(document);
    sources += char(DOCUMENT_BASE, documents.indexOf(document)) + section;

    // Related codes, by row.
    related.push(
      row.related
        .map((other) => {
          if (!codes.includes(other)) throw new Error(`${code}: related ${other} is not a row`);
          return char(ROW_BASE, codes.indexOf(other));
        })
        .join(''),
    );

    // Flags, from flags.ts.
    flags += char(
      FLAG_BASE,
      ((commonStatusCodes as readonly number[]).includes(code) ? COMMON_FLAG : 0) +
        (heuristicallyCacheableCodes.includes(code) ? CACHEABLE_FLAG : 0) +
        (redirectCodes.includes(code) ? REDIRECT_FLAG : 0) +
        (hasNoBody(code) ? NO_BODY_FLAG : 0) +
        (retryIndex(code) << RETRY_SHIFT),
    );

    // What the defaults do not give.
    const exception: { -readonly [Field in keyof Exception]: Exception[Field] } = {};
    if (row.key !== keyOf(row.phrase)) exception.key = row.key;
    if (row.standing !== ('vendor' in source ? 'unofficial' : 'standard'))
      exception.standing = row.standing;
    if (row.standing !== 'unofficial' && 'registryPhrase' in row) {
      if (typeof row.registryPhrase !== 'string') throw new Error(`${code}: registryPhrase`);
      if (row.registryPhrase !== row.phrase) exception.registryPhrase = row.registryPhrase;
    }
    if (Object.keys(exception).length) exceptions[code] = exception;
  });
  return { documents: documents.join('|'), sources, related: related.join(' '), flags, exceptions };
}

/** src/registry/table.ts: `encodeTable(rows)` as a module. */
export function tableSource(rows: readonly RegistryEntry[]): string {
  const { documents, sources, related, flags, exceptions } = encodeTable(rows);
  const exceptionLines = Object.entries(exceptions).map(([code, exception]) => {
    const fields = Object.entries(exception).map(([name, value]) => `${name}: ${quote(value)}`);
    return `  ${code}: { ${fields.join(', ')} },`;
  });
  return `${HEADER}
// From iana.ts, unofficial.ts and flags.ts, in the form registry/compact.ts describes; rows are
// the codes of the phrase table in status-phrases.ts, in order.
import type { Exception } from './compact.js';

/** RFC numbers and vendors' names, \`|\`-separated. */
${declaration('export const documents', quote(documents))}

/** Per row: the document, and the RFC section unless it is the next one. */
${declaration('export const sources', quote(sources))}

/** Per row: the related codes, by row; rows separated by a space. */
${declaration('export const related', quote(related))}

/** Per row: the flags. */
${declaration('export const flags', quote(flags))}

/** The fields that the defaults do not give, by code. */
export const exceptions: Readonly<Record<number, Exception>> = {
${exceptionLines.join('\n')}
};
`;
}

/** Each generated file's content, by path relative to the package. */
export function generatedSources(): Record<(typeof generatedFiles)[number], string> {
  const rows = registryRows();
  return {
    'src/status-constants.ts': constantsSource(rows),
    'src/status-phrases.ts': phrasesSource(rows),
    'src/registry/table.ts': tableSource(rows),
  };
}

export const packageDir = fileURLToPath(new URL('..', import.meta.url));

function generate(): void {
  for (const [path, source] of Object.entries(generatedSources()))
    writeFileSync(resolve(packageDir, path), source);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) generate();
