import type { RetryRule } from './types.js';

/**
 * The single home of each per-code flag and the section that justifies it.
 * Unofficial codes get no flag: no specification promises their behaviour.
 */

/**
 * Heuristically cacheable: cacheable without explicit freshness, unless the method or cache
 * directives say otherwise (RFC 9110 §15.1 and each code's section; 451: RFC 7725 §3).
 */
// biome-ignore format: one code per line, each beside its section
export const heuristicallyCacheableCodes: readonly number[] = Object.freeze([
  200, // RFC 9110 §15.3.1
  203, // RFC 9110 §15.3.4
  204, // RFC 9110 §15.3.5
  206, // RFC 9110 §15.3.7
  300, // RFC 9110 §15.4.1
  301, // RFC 9110 §15.4.2
  308, // RFC 9110 §15.4.9
  404, // RFC 9110 §15.5.5
  405, // RFC 9110 §15.5.6
  410, // RFC 9110 §15.5.11
  414, // RFC 9110 §15.5.15
  451, // RFC 7725 §3: "A 451 response is cacheable by default"
  501, // RFC 9110 §15.6.2
]);

/**
 * Codes that send the user agent to the URI in `Location`. Not 300 (a list of choices,
 * `Location` optional), 304 (refers to the cache), 305 (deprecated) or 306 (unused). The flag
 * says where the code points, not that a client must follow it (see 307 and 308).
 */
// biome-ignore format: one code per line, each beside its section
export const redirectCodes: readonly number[] = Object.freeze([
  301, // RFC 9110 §15.4.2: "SHOULD generate a Location header field"
  302, // RFC 9110 §15.4.3: "SHOULD generate a Location header field"
  303, // RFC 9110 §15.4.4: "as indicated by a URI in the Location header field"
  307, // RFC 9110 §15.4.8: "SHOULD generate a Location header field"
  308, // RFC 9110 §15.4.9: "SHOULD generate a Location header field"
]);

/**
 * Codes whose responses never carry content: every 1xx (RFC 9110 §15.2), 204 (§15.3.5) and
 * 304 (§15.4.5), all "terminated by the end of the header section", and 205 (§15.3.6: "a server
 * MUST NOT generate content"). Not a framing rule: RFC 9112 §6.3 frames only 1xx, 204 and 304
 * responses (and responses to HEAD) without a body, so in HTTP/1.1 a 205 still declares its empty
 * body (Content-Length: 0, an empty chunked body, or closing the connection). Responses to HEAD
 * have no content whatever the code.
 */
export function hasNoBody(code: number): boolean {
  return (
    (code >= 100 && code < 200) || // RFC 9110 §15.2
    code === 204 || // RFC 9110 §15.3.5
    code === 205 || // RFC 9110 §15.3.6 (content only; RFC 9112 §6.3 still frames the empty body)
    code === 304 // RFC 9110 §15.4.5
  );
}

/**
 * Failures after which repeating the same request can help, and under which condition
 * (`RetryRule`). A code not listed here gets `retryable: false`: the request must change, or
 * nothing says a repeat helps.
 */
// biome-ignore format: one code per line, each beside its section
const retryRules: Readonly<Partial<Record<number, RetryRule>>> = Object.freeze({
  // RFC 9110 §15.5.9: "it MAY repeat that request" (on a new connection if the old one is unusable).
  408: 'any-request',
  // RFC 9110 §15.5.20: "MAY retry the request, whether or not the request method is idempotent,
  // over a different connection".
  421: 'new-connection',
  // RFC 8470 §5.2: "A user agent SHOULD retry automatically", once the TLS handshake is complete
  // ("any retries MUST NOT be sent in early data").
  425: 'any-request',
  // RFC 6585 §4: Retry-After says "how long to wait before making a new request".
  429: 'any-request',
  // RFC 9110 §15.6.3: the upstream answered, so it may already have applied the request; §9.2.2:
  // a client "SHOULD NOT automatically retry a request with a non-idempotent method".
  502: 'idempotent-request',
  // RFC 9110 §15.6.4: Retry-After is the time "for the client to wait before retrying the request".
  503: 'any-request',
  // RFC 9110 §15.6.5: the upstream may have applied the request before timing out; §9.2.2 as 502.
  504: 'idempotent-request',
});

/** The retry rule of a code (see `retryRules`), or `false` when a repeat is not known to help. */
export function retryRuleOf(code: number): RetryRule | false {
  // A number key cannot reach Object.prototype's properties.
  return retryRules[code] ?? false;
}

/** The everyday codes every reference page lists under "other common status codes". */
export const commonStatusCodes = Object.freeze([
  200, 301, 302, 400, 403, 404, 500, 502, 503, 504,
] as const);
