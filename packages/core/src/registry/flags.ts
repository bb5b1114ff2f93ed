/**
 * The single home of each per-code flag and the section that justifies it.
 * Unofficial codes get no flag: no specification promises their behaviour.
 */

/** RFC 9110 §15.1: these codes are heuristically cacheable (cacheable without explicit freshness). */
export const heuristicallyCacheableCodes: readonly number[] = Object.freeze([
  200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501,
]);

/**
 * Codes that send the user agent to the URI in `Location` (RFC 9110 §15.4.2–15.4.4, §15.4.8,
 * §15.4.9). Not 300 (a list of choices, `Location` optional), 304 (refers to the cache),
 * 305 (deprecated, must not be followed) or 306 (unused).
 */
export const redirectCodes: readonly number[] = Object.freeze([301, 302, 303, 307, 308]);

/**
 * Codes whose responses never carry content, whatever the method: every 1xx, 204 and 304
 * (RFC 9110 §6.4.1) and 205 (§15.3.6: "a server MUST NOT generate content").
 */
export function hasNoBody(code: number): boolean {
  return (code >= 100 && code < 200) || code === 204 || code === 205 || code === 304;
}

/**
 * Failures a client may retry unchanged, after a delay: 408 (§15.5.9, the client may repeat
 * the request), 425 (RFC 8470 §5.2, retry after the TLS handshake), 429 (RFC 6585 §4, after
 * `Retry-After`), 502 and 504 (§15.6.3, §15.6.5, a transient upstream failure) and 503
 * (§15.6.4, overload or maintenance, after `Retry-After`).
 */
export const retryableCodes: readonly number[] = Object.freeze([408, 425, 429, 502, 503, 504]);

/** The everyday codes every reference page lists under "other common status codes". */
export const commonStatusCodes = Object.freeze([
  200, 301, 302, 400, 403, 404, 500, 502, 503, 504,
] as const);
