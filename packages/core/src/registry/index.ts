import { statusClassOf } from '../status-class.js';
import { phrasesByCode } from '../status-phrases.js';
import {
  CACHEABLE_FLAG,
  COMMON_FLAG,
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
} from './compact.js';
import type { ianaStatuses } from './iana.js';
import { rfc } from './sources.js';
import { documents, exceptions, flags, related, sources } from './table.js';
import type { RetryRule, StatusClass, StatusSource } from './types.js';
import type { unofficialStatuses } from './unofficial.js';

export type RegistryRow = (typeof ianaStatuses)[number] | (typeof unofficialStatuses)[number];

/** Everything known about one status code. All objects are frozen. */
export interface StatusInfo<Code extends number = number> {
  readonly code: Code;
  /** Constant name, as in `STATUS` (`"CONFLICT"`). */
  readonly key: Extract<RegistryRow, { code: Code }>['key'];
  /**
   * English reason phrase, for the status line. For registered codes, the IANA registry's,
   * except 306 and 418 (registered as "(Unused)"), which keep the name they are known by; for
   * unofficial codes, the label the code is commonly listed under. RFC 9110 §15.1: phrases are
   * only recommendations.
   */
  readonly phrase: string;
  /**
   * The phrase exactly as the IANA registry lists it: "(Unused)" for 306 and 418, the same as
   * `phrase` for the other registered codes, `undefined` for unofficial codes.
   */
  readonly registryPhrase: string | undefined;
  readonly class: StatusClass;
  readonly standing: Extract<RegistryRow, { code: Code }>['standing'];
  readonly source: StatusSource;
  readonly related: readonly number[];
  /** One of the ten everyday codes (200 301 302 400 403 404 500 502 503 504). */
  readonly common: boolean;
  /**
   * Heuristically cacheable: cacheable without explicit freshness, unless the method or cache
   * directives say otherwise (RFC 9110 §15.1 and each code's section; 451: RFC 7725 §3).
   */
  readonly cacheable: boolean;
  /** Sends the client to `Location` (301, 302, 303, 307, 308). */
  readonly redirect: boolean;
  /**
   * A response with this code never has content (1xx, 204, 205, 304). For 205 this is not a
   * framing rule: in HTTP/1.1 a 205 still declares its empty body (RFC 9112 §6.3).
   */
  readonly noBody: boolean;
  /**
   * When the same request may be repeated, or `false`: `'any-request'` (408, 425, 429, 503,
   * after any `Retry-After`), `'idempotent-request'` (502, 504: only for idempotent methods,
   * RFC 9110 §9.2.2), `'new-connection'` (421: any method, but on a new connection). Truthy
   * wherever a retry can help; `isRetryable(code, method)` applies the rule.
   */
  readonly retryable: RetryRule | false;
}

/** 600 slots of `undefined`: filled, not holey, since a read of a hole walks the prototype chain. */
const emptyTable = (): (StatusInfo | undefined)[] => new Array(600).fill(undefined);

/**
 * Decodes the compact table (see compact.ts) into every known code's facts, indexed by code;
 * `phrases` gives the rows: the codes that have one. Writes into `byCode`, a new table unless
 * given. Exported for the tests, which decode tables of made-up rows too.
 */
export function decodeStatuses(
  phrases: readonly (string | undefined)[],
  documents: string,
  sources: string,
  related: string,
  flags: string,
  exceptions: Readonly<Record<number, Exception>>,
  byCode: (StatusInfo | undefined)[] = emptyTable(),
): (StatusInfo | undefined)[] {
  const codes: number[] = [];
  for (let code = 100; code < 600; code++) if (phrases[code] !== undefined) codes.push(code);
  const names = documents.split('|');
  const lastSections: string[] = [];
  const rowsRelated = related.split(' ');
  const sourceParts = sources.match(/[^\d.][\d.]*/g) ?? [];
  codes.forEach((code, row) => {
    const phrase = phrases[code] as string;
    const part = sourceParts[row] as string;
    const document = part.charCodeAt(0) - DOCUMENT_BASE;
    const name = names[document] as string;
    let source: StatusSource;
    const number = Number(name);
    if (number) {
      const section =
        part.length > 1 ? part.slice(1) : nextSection(lastSections[document] as string);
      lastSections[document] = section;
      source = rfc(number, section);
    } else source = Object.freeze({ vendor: name });
    const exception = exceptions[code];
    const standing = exception?.standing ?? (number ? 'standard' : 'unofficial');
    const flag = flags.charCodeAt(row) - FLAG_BASE;
    byCode[code] = {
      code,
      key: exception?.key ?? keyOf(phrase),
      phrase,
      registryPhrase: standing === 'unofficial' ? undefined : (exception?.registryPhrase ?? phrase),
      class: statusClassOf(code),
      standing,
      source,
      related: Object.freeze(
        Array.from(
          rowsRelated[row] as string,
          (other) => codes[other.charCodeAt(0) - ROW_BASE] as number,
        ),
      ),
      common: (flag & COMMON_FLAG) > 0,
      cacheable: (flag & CACHEABLE_FLAG) > 0,
      redirect: (flag & REDIRECT_FLAG) > 0,
      noBody: (flag & NO_BODY_FLAG) > 0,
      retryable: retryRules[flag >> RETRY_SHIFT] as RetryRule | false,
    } as StatusInfo;
  });
  // Frozen only once all exist: V8 widens a field's type while objects are created (specification
  // and vendor sources differ in shape), and objects frozen before that keep an outdated hidden
  // class, which makes every `.phrase` read polymorphic.
  for (const status of byCode) if (status) Object.freeze(status);
  return byCode;
}

/**
 * Every known code's facts, indexed by code (holes are `undefined`). An array, not a Map: a
 * lookup by an integer is one indexed read, which keeps `getStatus` as fast as a property read
 * on a plain object; non-integers and out-of-range numbers read `undefined`. Decoded from the
 * table that the generator writes from iana.ts, unofficial.ts and flags.ts (the core tests check
 * the result against those files) by the first lookup that finds nothing (`decodedStatus`), not
 * at import: decoding costs about 2 ms of a cold start, and the lookups that find a code never
 * check whether it was done.
 *
 * The array itself stays unfrozen: it never leaves the package (only its frozen entries do), and
 * V8 reads elements of a frozen array markedly slower, which would double getStatus's cost.
 */
export const statusesByCode: readonly (StatusInfo | undefined)[] = /* @__PURE__ */ emptyTable();
let decoded = false;

/** What `statusesByCode[code]` holds once the table is decoded: the path of a lookup that missed. */
export function decodedStatus(code: number): StatusInfo | undefined {
  if (!decoded) {
    decoded = true;
    decodeStatuses(
      phrasesByCode(),
      documents,
      sources,
      related,
      flags,
      exceptions,
      statusesByCode as (StatusInfo | undefined)[],
    );
  }
  return statusesByCode[code];
}
