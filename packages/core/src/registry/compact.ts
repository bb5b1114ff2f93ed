import type { RetryRule, Standing } from './types.js';

/**
 * The compact form of the registry, shared by its writer (scripts/generate-status-constants.ts,
 * which encodes iana.ts, unofficial.ts and flags.ts into table.ts) and its reader (index.ts).
 * Rows are the known codes in ascending order, as in the phrase table of status-phrases.ts,
 * which also holds each row's code and phrase. table.ts then has, per row:
 *
 * - `sources`: one character naming the document, `documents[charCode - DOCUMENT_BASE]` (an RFC
 *   number, or a vendor's name, which never reads as a number), then for an RFC the section; an
 *   RFC row without a section cites `nextSection` of the previous row that cites the same RFC
 *   (RFC 9110 §15.5.9, §15.5.10, …);
 * - `related`: the related codes, one character each, `rows[charCode - ROW_BASE]`; rows are
 *   separated by a space;
 * - `flags`: one character, `charCode - FLAG_BASE` the sum of the `*_FLAG` bits and of the index
 *   of the retry rule in `retryRules`, shifted left by `RETRY_SHIFT`;
 * - `exceptions`: by code, any key, registryPhrase or standing that the defaults do not give:
 *   the key is `keyOf(phrase)`; the standing is `unofficial` for a vendor and `standard` for an
 *   RFC; the registry phrase is the phrase, `undefined` for an unofficial code.
 *
 * Characters are chosen so that the usual ones need no escape in a string literal; any other
 * character code still decodes, only written longer.
 */

export const DOCUMENT_BASE = 65; // 'A': above the digits and '.' of a section
export const ROW_BASE = 35; // '#': above the space that separates rows, and '"'
export const FLAG_BASE = 48; // '0': a row with no flag

export const COMMON_FLAG = 1;
export const CACHEABLE_FLAG = 2;
export const REDIRECT_FLAG = 4;
export const NO_BODY_FLAG = 8;
export const RETRY_SHIFT = 4;

/** Retry rules by their index in a row's flags. */
export const retryRules: readonly (RetryRule | false)[] = [
  false,
  'any-request',
  'idempotent-request',
  'new-connection',
];

/** Constant name of a phrase: upper-cased, apostrophes dropped, other non-letters as `_`. */
export function keyOf(phrase: string): string {
  return phrase
    .replace(/'/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** The section after `section` at the same depth: `15.5.9` → `15.5.10`. */
export function nextSection(section: string): string {
  return section.replace(/\d+$/, (last) => String(Number(last) + 1));
}

/** The fields of a row that the defaults do not give (see above). */
export interface Exception {
  readonly key?: string;
  readonly registryPhrase?: string;
  readonly standing?: Standing;
}

/** The compact table (see above), as table.ts exports it. */
export interface CompactTable {
  readonly documents: string;
  readonly sources: string;
  readonly related: string;
  readonly flags: string;
  readonly exceptions: Readonly<Record<number, Exception>>;
}
