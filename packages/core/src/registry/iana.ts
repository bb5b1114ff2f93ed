import { rfc } from './sources.js';
import type { RegistryEntry } from './types.js';

/**
 * The IANA HTTP Status Code Registry (https://www.iana.org/assignments/http-status-codes): the
 * 63 permanently registered codes, with the reason phrase and section of the document each
 * cites. RFC 9110 renamed 413 (Content Too Large), 414 (URI Too Long) and 422 (Unprocessable
 * Content). 306 and 418 are registered as "(Unused)": `registryPhrase` holds that entry, while
 * `phrase` keeps the name they are known by so that their constants stay distinct; `standing`
 * says they are reserved and have no meaning.
 *
 * Not included: 104 (Upload Resumption Supported), a temporary registration for
 * draft-ietf-httpbis-resumable-upload (registered 2024-11-13, extended 2025-09-15, expires
 * 2026-11-13 unless renewed or made permanent). The package lists only permanent registrations;
 * re-check the registry when the draft is published or the entry lapses.
 */
// biome-ignore format: one row per code reads as the registry table it mirrors
export const ianaStatuses = [
  { code: 100, key: 'CONTINUE', phrase: 'Continue', standing: 'standard', source: rfc(9110, '15.2.1'), related: [417, 103] },
  { code: 101, key: 'SWITCHING_PROTOCOLS', phrase: 'Switching Protocols', standing: 'standard', source: rfc(9110, '15.2.2'), related: [426] },
  // RFC 4918, which obsoletes RFC 2518, removed 102 from WebDAV; the registry still cites RFC 2518.
  { code: 102, key: 'PROCESSING', phrase: 'Processing', standing: 'deprecated', source: rfc(2518, '10.1'), related: [103, 202] },
  { code: 103, key: 'EARLY_HINTS', phrase: 'Early Hints', standing: 'standard', source: rfc(8297, '2'), related: [100] },

  { code: 200, key: 'OK', phrase: 'OK', standing: 'standard', source: rfc(9110, '15.3.1'), related: [201, 204, 206] },
  { code: 201, key: 'CREATED', phrase: 'Created', standing: 'standard', source: rfc(9110, '15.3.2'), related: [200, 202, 303] },
  { code: 202, key: 'ACCEPTED', phrase: 'Accepted', standing: 'standard', source: rfc(9110, '15.3.3'), related: [201, 303] },
  { code: 203, key: 'NON_AUTHORITATIVE_INFORMATION', phrase: 'Non-Authoritative Information', standing: 'standard', source: rfc(9110, '15.3.4'), related: [200] },
  { code: 204, key: 'NO_CONTENT', phrase: 'No Content', standing: 'standard', source: rfc(9110, '15.3.5'), related: [200, 205] },
  { code: 205, key: 'RESET_CONTENT', phrase: 'Reset Content', standing: 'standard', source: rfc(9110, '15.3.6'), related: [204] },
  { code: 206, key: 'PARTIAL_CONTENT', phrase: 'Partial Content', standing: 'standard', source: rfc(9110, '15.3.7'), related: [200, 416] },
  { code: 207, key: 'MULTI_STATUS', phrase: 'Multi-Status', standing: 'standard', source: rfc(4918, '11.1'), related: [208, 200] },
  { code: 208, key: 'ALREADY_REPORTED', phrase: 'Already Reported', standing: 'standard', source: rfc(5842, '7.1'), related: [207, 508] },
  { code: 226, key: 'IM_USED', phrase: 'IM Used', standing: 'standard', source: rfc(3229, '10.4.1'), related: [200] },

  { code: 300, key: 'MULTIPLE_CHOICES', phrase: 'Multiple Choices', standing: 'standard', source: rfc(9110, '15.4.1'), related: [406, 301] },
  { code: 301, key: 'MOVED_PERMANENTLY', phrase: 'Moved Permanently', standing: 'standard', source: rfc(9110, '15.4.2'), related: [308, 302, 410] },
  { code: 302, key: 'FOUND', phrase: 'Found', standing: 'standard', source: rfc(9110, '15.4.3'), related: [307, 303, 301] },
  { code: 303, key: 'SEE_OTHER', phrase: 'See Other', standing: 'standard', source: rfc(9110, '15.4.4'), related: [302, 307, 201] },
  { code: 304, key: 'NOT_MODIFIED', phrase: 'Not Modified', standing: 'standard', source: rfc(9110, '15.4.5'), related: [200, 412] },
  // Deprecated for security reasons (RFC 9110 §15.4.6, RFC 7231 Appendix B).
  { code: 305, key: 'USE_PROXY', phrase: 'Use Proxy', standing: 'deprecated', source: rfc(9110, '15.4.6'), related: [306] },
  { code: 306, key: 'SWITCH_PROXY', phrase: 'Switch Proxy', registryPhrase: '(Unused)', standing: 'unused', source: rfc(9110, '15.4.7'), related: [305] },
  { code: 307, key: 'TEMPORARY_REDIRECT', phrase: 'Temporary Redirect', standing: 'standard', source: rfc(9110, '15.4.8'), related: [302, 308, 303] },
  { code: 308, key: 'PERMANENT_REDIRECT', phrase: 'Permanent Redirect', standing: 'standard', source: rfc(9110, '15.4.9'), related: [301, 307] },

  { code: 400, key: 'BAD_REQUEST', phrase: 'Bad Request', standing: 'standard', source: rfc(9110, '15.5.1'), related: [422, 415, 431] },
  { code: 401, key: 'UNAUTHORIZED', phrase: 'Unauthorized', standing: 'standard', source: rfc(9110, '15.5.2'), related: [403, 407, 511] },
  { code: 402, key: 'PAYMENT_REQUIRED', phrase: 'Payment Required', standing: 'standard', source: rfc(9110, '15.5.3'), related: [403, 429] },
  { code: 403, key: 'FORBIDDEN', phrase: 'Forbidden', standing: 'standard', source: rfc(9110, '15.5.4'), related: [401, 404, 451] },
  { code: 404, key: 'NOT_FOUND', phrase: 'Not Found', standing: 'standard', source: rfc(9110, '15.5.5'), related: [410, 403] },
  { code: 405, key: 'METHOD_NOT_ALLOWED', phrase: 'Method Not Allowed', standing: 'standard', source: rfc(9110, '15.5.6'), related: [501, 404] },
  { code: 406, key: 'NOT_ACCEPTABLE', phrase: 'Not Acceptable', standing: 'standard', source: rfc(9110, '15.5.7'), related: [415, 300] },
  { code: 407, key: 'PROXY_AUTHENTICATION_REQUIRED', phrase: 'Proxy Authentication Required', standing: 'standard', source: rfc(9110, '15.5.8'), related: [401, 403, 511] },
  { code: 408, key: 'REQUEST_TIMEOUT', phrase: 'Request Timeout', standing: 'standard', source: rfc(9110, '15.5.9'), related: [504, 499] },
  { code: 409, key: 'CONFLICT', phrase: 'Conflict', standing: 'standard', source: rfc(9110, '15.5.10'), related: [412, 428, 423] },
  { code: 410, key: 'GONE', phrase: 'Gone', standing: 'standard', source: rfc(9110, '15.5.11'), related: [404, 301] },
  { code: 411, key: 'LENGTH_REQUIRED', phrase: 'Length Required', standing: 'standard', source: rfc(9110, '15.5.12'), related: [400, 413] },
  { code: 412, key: 'PRECONDITION_FAILED', phrase: 'Precondition Failed', standing: 'standard', source: rfc(9110, '15.5.13'), related: [428, 409, 304] },
  { code: 413, key: 'CONTENT_TOO_LARGE', phrase: 'Content Too Large', standing: 'standard', source: rfc(9110, '15.5.14'), related: [414, 431, 507] },
  { code: 414, key: 'URI_TOO_LONG', phrase: 'URI Too Long', standing: 'standard', source: rfc(9110, '15.5.15'), related: [413, 431] },
  { code: 415, key: 'UNSUPPORTED_MEDIA_TYPE', phrase: 'Unsupported Media Type', standing: 'standard', source: rfc(9110, '15.5.16'), related: [406, 422] },
  { code: 416, key: 'RANGE_NOT_SATISFIABLE', phrase: 'Range Not Satisfiable', standing: 'standard', source: rfc(9110, '15.5.17'), related: [206] },
  { code: 417, key: 'EXPECTATION_FAILED', phrase: 'Expectation Failed', standing: 'standard', source: rfc(9110, '15.5.18'), related: [100] },
  { code: 418, key: 'IM_A_TEAPOT', phrase: "I'm a teapot", registryPhrase: '(Unused)', standing: 'unused', source: rfc(9110, '15.5.19'), related: [400, 501] },
  { code: 421, key: 'MISDIRECTED_REQUEST', phrase: 'Misdirected Request', standing: 'standard', source: rfc(9110, '15.5.20'), related: [404, 502] },
  { code: 422, key: 'UNPROCESSABLE_CONTENT', phrase: 'Unprocessable Content', standing: 'standard', source: rfc(9110, '15.5.21'), related: [400, 409, 415] },
  { code: 423, key: 'LOCKED', phrase: 'Locked', standing: 'standard', source: rfc(4918, '11.3'), related: [409, 424] },
  { code: 424, key: 'FAILED_DEPENDENCY', phrase: 'Failed Dependency', standing: 'standard', source: rfc(4918, '11.4'), related: [423, 207] },
  { code: 425, key: 'TOO_EARLY', phrase: 'Too Early', standing: 'standard', source: rfc(8470, '5.2'), related: [408, 421] },
  { code: 426, key: 'UPGRADE_REQUIRED', phrase: 'Upgrade Required', standing: 'standard', source: rfc(9110, '15.5.22'), related: [101, 505] },
  { code: 428, key: 'PRECONDITION_REQUIRED', phrase: 'Precondition Required', standing: 'standard', source: rfc(6585, '3'), related: [412, 409] },
  { code: 429, key: 'TOO_MANY_REQUESTS', phrase: 'Too Many Requests', standing: 'standard', source: rfc(6585, '4'), related: [503, 420] },
  { code: 431, key: 'REQUEST_HEADER_FIELDS_TOO_LARGE', phrase: 'Request Header Fields Too Large', standing: 'standard', source: rfc(6585, '5'), related: [413, 414, 494] },
  { code: 451, key: 'UNAVAILABLE_FOR_LEGAL_REASONS', phrase: 'Unavailable For Legal Reasons', standing: 'standard', source: rfc(7725, '3'), related: [403, 404] },

  { code: 500, key: 'INTERNAL_SERVER_ERROR', phrase: 'Internal Server Error', standing: 'standard', source: rfc(9110, '15.6.1'), related: [502, 503] },
  { code: 501, key: 'NOT_IMPLEMENTED', phrase: 'Not Implemented', standing: 'standard', source: rfc(9110, '15.6.2'), related: [405, 505] },
  { code: 502, key: 'BAD_GATEWAY', phrase: 'Bad Gateway', standing: 'standard', source: rfc(9110, '15.6.3'), related: [504, 503, 500] },
  { code: 503, key: 'SERVICE_UNAVAILABLE', phrase: 'Service Unavailable', standing: 'standard', source: rfc(9110, '15.6.4'), related: [429, 500, 502] },
  { code: 504, key: 'GATEWAY_TIMEOUT', phrase: 'Gateway Timeout', standing: 'standard', source: rfc(9110, '15.6.5'), related: [502, 408, 524] },
  { code: 505, key: 'HTTP_VERSION_NOT_SUPPORTED', phrase: 'HTTP Version Not Supported', standing: 'standard', source: rfc(9110, '15.6.6'), related: [426] },
  { code: 506, key: 'VARIANT_ALSO_NEGOTIATES', phrase: 'Variant Also Negotiates', standing: 'standard', source: rfc(2295, '8.1'), related: [500, 300] },
  { code: 507, key: 'INSUFFICIENT_STORAGE', phrase: 'Insufficient Storage', standing: 'standard', source: rfc(4918, '11.5'), related: [413] },
  { code: 508, key: 'LOOP_DETECTED', phrase: 'Loop Detected', standing: 'standard', source: rfc(5842, '7.2'), related: [208] },
  // RFC 2774 was moved to Historic status; the registry marks 510 "(OBSOLETED)".
  { code: 510, key: 'NOT_EXTENDED', phrase: 'Not Extended', standing: 'obsolete', source: rfc(2774, '7'), related: [501] },
  { code: 511, key: 'NETWORK_AUTHENTICATION_REQUIRED', phrase: 'Network Authentication Required', standing: 'standard', source: rfc(6585, '6'), related: [401, 407] },
] as const satisfies readonly RegistryEntry[];
