import type { StatusClass } from './registry/types.js';

/** The five classes, in order. Marked pure, so a bundle that needs only `getPhrase` drops it. */
export const statusClasses: readonly StatusClass[] = /* @__PURE__ */ Object.freeze([
  '1xx',
  '2xx',
  '3xx',
  '4xx',
  '5xx',
]);

const THREE_DIGITS = /^[1-9]\d\d$/;

/**
 * Reads a status code the way it appears in a status line, a JSON key or a log: an integer
 * number, or a string of exactly three ASCII digits. Whitespace, signs, decimals, exponents and
 * anything that is not a number or string give `undefined`. Surrounding whitespace is not
 * trimmed on purpose: `" 409 "` is junk from a parser bug, not a code.
 */
export function parseStatusCode(input: unknown): number | undefined {
  if (typeof input === 'number') return Number.isInteger(input) ? input : undefined;
  if (typeof input === 'string' && THREE_DIGITS.test(input)) return Number(input);
  return undefined;
}

/** The class of a code already known to be an integer in 100–599. */
export function statusClassOf(code: number): StatusClass {
  return `${Math.floor(code / 100)}xx` as StatusClass;
}

/**
 * The class (`"1xx"` … `"5xx"`) of any integer code in 100–599 (RFC 9110 §15), known to the
 * registry or not; `undefined` for anything else.
 */
export function getStatusClass(code: unknown): StatusClass | undefined {
  const parsed = parseStatusCode(code);
  return parsed !== undefined && parsed >= 100 && parsed <= 599 ? statusClassOf(parsed) : undefined;
}

/** 1xx: an interim response; the final one follows. */
export function isInformational(code: unknown): boolean {
  return getStatusClass(code) === '1xx';
}

/** 2xx: the request succeeded. */
export function isSuccess(code: unknown): boolean {
  return getStatusClass(code) === '2xx';
}

/**
 * 3xx: further action is needed. The whole class, including 304; `getStatus(code)?.redirect`
 * tells the codes that actually send the client to `Location`.
 */
export function isRedirect(code: unknown): boolean {
  return getStatusClass(code) === '3xx';
}

/** 4xx: the client's request was at fault. */
export function isClientError(code: unknown): boolean {
  return getStatusClass(code) === '4xx';
}

/** 5xx: the server failed to answer a valid request. */
export function isServerError(code: unknown): boolean {
  return getStatusClass(code) === '5xx';
}

/** 4xx or 5xx. */
export function isError(code: unknown): boolean {
  const statusClass = getStatusClass(code);
  return statusClass === '4xx' || statusClass === '5xx';
}
