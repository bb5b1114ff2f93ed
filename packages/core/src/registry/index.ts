import { statusClassOf } from '../status-class.js';
import {
  commonStatusCodes,
  hasNoBody,
  heuristicallyCacheableCodes,
  redirectCodes,
  retryableCodes,
} from './flags.js';
import { ianaStatuses } from './iana.js';
import type { StatusClass, StatusSource } from './types.js';
import { unofficialStatuses } from './unofficial.js';

export type RegistryRow = (typeof ianaStatuses)[number] | (typeof unofficialStatuses)[number];

/** Everything known about one status code. All objects are frozen. */
export interface StatusInfo<Code extends number = number> {
  readonly code: Code;
  /** Constant name, as in `STATUS` (`"CONFLICT"`). */
  readonly key: Extract<RegistryRow, { code: Code }>['key'];
  /** Canonical English reason phrase: the one to send on the wire. */
  readonly phrase: string;
  readonly class: StatusClass;
  readonly standing: Extract<RegistryRow, { code: Code }>['standing'];
  readonly source: StatusSource;
  readonly related: readonly number[];
  /** One of the ten everyday codes (200 301 302 400 403 404 500 502 503 504). */
  readonly common: boolean;
  /** Heuristically cacheable (RFC 9110 §15.1). */
  readonly cacheable: boolean;
  /** Sends the client to `Location` (301, 302, 303, 307, 308). */
  readonly redirect: boolean;
  /** A response with this code never has content (1xx, 204, 205, 304). */
  readonly noBody: boolean;
  /** The request may be retried unchanged after a delay (408, 425, 429, 502, 503, 504). */
  readonly retryable: boolean;
}

function toStatusInfo(row: RegistryRow): StatusInfo {
  const { code } = row;
  return {
    code,
    key: row.key,
    phrase: row.phrase,
    class: statusClassOf(code),
    standing: row.standing,
    source: row.source,
    related: Object.freeze([...row.related]),
    common: (commonStatusCodes as readonly number[]).includes(code),
    cacheable: heuristicallyCacheableCodes.includes(code),
    redirect: redirectCodes.includes(code),
    noBody: hasNoBody(code),
    retryable: retryableCodes.includes(code),
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
