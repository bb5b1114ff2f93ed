import { statusClassOf } from '../status-class.js';
import {
  commonStatusCodes,
  hasNoBody,
  heuristicallyCacheableCodes,
  redirectCodes,
  retryRuleOf,
} from './flags.js';
import { ianaStatuses } from './iana.js';
import type { RetryRule, StatusClass, StatusSource } from './types.js';
import { unofficialStatuses } from './unofficial.js';

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

function toStatusInfo(row: RegistryRow): StatusInfo {
  const { code } = row;
  return {
    code,
    key: row.key,
    phrase: row.phrase,
    registryPhrase:
      row.standing === 'unofficial'
        ? undefined
        : 'registryPhrase' in row
          ? row.registryPhrase
          : row.phrase,
    class: statusClassOf(code),
    standing: row.standing,
    source: row.source,
    related: Object.freeze([...row.related]),
    common: (commonStatusCodes as readonly number[]).includes(code),
    cacheable: heuristicallyCacheableCodes.includes(code),
    redirect: redirectCodes.includes(code),
    noBody: hasNoBody(code),
    retryable: retryRuleOf(code),
  };
}

/**
 * Every known code's facts, indexed by code (holes are `undefined`). An array, not a Map: a
 * lookup by an integer is one indexed read, which keeps `getStatus` as fast as a property read
 * on a plain object; non-integers and out-of-range numbers read `undefined`. Built once.
 */
export const statusesByCode: readonly (StatusInfo | undefined)[] = (() => {
  const byCode = new Array<StatusInfo | undefined>(600).fill(undefined);
  for (const row of [...ianaStatuses, ...unofficialStatuses]) byCode[row.code] = toStatusInfo(row);
  // Frozen only once all exist: V8 widens a field's type while objects are created (specification
  // and vendor sources differ in shape), and objects frozen before that keep an outdated hidden
  // class, which makes every `.phrase` read polymorphic.
  for (const status of byCode) if (status) Object.freeze(status);
  // The array itself stays unfrozen: it never leaves the package (only its frozen entries do),
  // and V8 reads elements of a frozen array markedly slower, which would double getStatus's cost.
  return byCode;
})();
