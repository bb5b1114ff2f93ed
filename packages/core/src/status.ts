import { decodedStatus, type StatusInfo, statusesByCode } from './registry/index.js';
import { parseStatusCode } from './status-class.js';
import type { StatusCode } from './status-codes.js';

/**
 * The facts about a status code, or `undefined` when the registry does not know it.
 * Accepts an integer or a three-digit string (`"409"`); anything else — `NaN`, `" 409 "`,
 * `"__proto__"`, objects — is `undefined`, never an error.
 */
export function getStatus<Code extends StatusCode>(code: Code): StatusInfo<Code>;
export function getStatus(code: unknown): StatusInfo | undefined;
export function getStatus(code: unknown): StatusInfo | undefined {
  // A number indexes the array directly: NaN, fractions, negatives and large numbers read undefined.
  if (typeof code === 'number') return statusesByCode[code] ?? decodedStatus(code);
  const parsed = parseStatusCode(code);
  return parsed === undefined ? undefined : (statusesByCode[parsed] ?? decodedStatus(parsed));
}
