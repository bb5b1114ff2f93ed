import type { RegistryEntry } from './types.js';

const vendor = (name: string) => Object.freeze({ vendor: name });
const nginx = vendor('nginx');
const cloudflare = vendor('Cloudflare');
const elb = vendor('AWS Elastic Load Balancing');

/**
 * Codes outside the IANA registry that people meet in logs and responses, each with the
 * product that sends it. Phrases are the labels these codes are commonly listed under (vendor
 * constant names, Wikipedia's list); where the vendor's own wording differs, the description
 * quotes it. AWS names 460, 463 and 464 only in prose, so theirs describe that prose; AWS calls
 * 561 "Unauthorized", which would clash with 401's constant.
 */
// biome-ignore format: one row per code reads as a table
export const unofficialStatuses = [
  { code: 419, key: 'PAGE_EXPIRED', phrase: 'Page Expired', standing: 'unofficial', source: vendor('Laravel'), related: [401, 403, 440] },
  { code: 420, key: 'ENHANCE_YOUR_CALM', phrase: 'Enhance Your Calm', standing: 'unofficial', source: vendor('Twitter'), related: [429] },
  { code: 440, key: 'LOGIN_TIME_OUT', phrase: 'Login Time-out', standing: 'unofficial', source: vendor('Microsoft Exchange / IIS'), related: [401, 419] },
  { code: 444, key: 'NO_RESPONSE', phrase: 'No Response', standing: 'unofficial', source: nginx, related: [499] },
  { code: 449, key: 'RETRY_WITH', phrase: 'Retry With', standing: 'unofficial', source: vendor('Microsoft Exchange ActiveSync'), related: [400, 428] },
  { code: 450, key: 'BLOCKED_BY_WINDOWS_PARENTAL_CONTROLS', phrase: 'Blocked by Windows Parental Controls', standing: 'unofficial', source: vendor('Microsoft'), related: [403, 451] },
  { code: 460, key: 'CLIENT_CLOSED_CONNECTION', phrase: 'Client Closed Connection', standing: 'unofficial', source: elb, related: [499, 408] },
  { code: 463, key: 'TOO_MANY_FORWARDED_IP_ADDRESSES', phrase: 'Too Many Forwarded IP Addresses', standing: 'unofficial', source: elb, related: [431] },
  { code: 464, key: 'INCOMPATIBLE_PROTOCOL_VERSIONS', phrase: 'Incompatible Protocol Versions', standing: 'unofficial', source: elb, related: [505, 426] },
  { code: 494, key: 'REQUEST_HEADER_TOO_LARGE', phrase: 'Request Header Too Large', standing: 'unofficial', source: nginx, related: [431] },
  { code: 495, key: 'SSL_CERTIFICATE_ERROR', phrase: 'SSL Certificate Error', standing: 'unofficial', source: nginx, related: [496, 526] },
  { code: 496, key: 'SSL_CERTIFICATE_REQUIRED', phrase: 'SSL Certificate Required', standing: 'unofficial', source: nginx, related: [495, 401] },
  { code: 497, key: 'HTTP_REQUEST_SENT_TO_HTTPS_PORT', phrase: 'HTTP Request Sent to HTTPS Port', standing: 'unofficial', source: nginx, related: [400, 426] },
  { code: 499, key: 'CLIENT_CLOSED_REQUEST', phrase: 'Client Closed Request', standing: 'unofficial', source: nginx, related: [408, 460] },
  { code: 509, key: 'BANDWIDTH_LIMIT_EXCEEDED', phrase: 'Bandwidth Limit Exceeded', standing: 'unofficial', source: vendor('Apache / cPanel'), related: [429, 503] },
  { code: 520, key: 'WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR', phrase: 'Web Server Returned an Unknown Error', standing: 'unofficial', source: cloudflare, related: [502] },
  { code: 521, key: 'WEB_SERVER_IS_DOWN', phrase: 'Web Server Is Down', standing: 'unofficial', source: cloudflare, related: [502, 523] },
  { code: 522, key: 'CONNECTION_TIMED_OUT', phrase: 'Connection Timed Out', standing: 'unofficial', source: cloudflare, related: [504, 524] },
  { code: 523, key: 'ORIGIN_IS_UNREACHABLE', phrase: 'Origin Is Unreachable', standing: 'unofficial', source: cloudflare, related: [502, 521, 530] },
  { code: 524, key: 'A_TIMEOUT_OCCURRED', phrase: 'A Timeout Occurred', standing: 'unofficial', source: cloudflare, related: [504, 522] },
  { code: 525, key: 'SSL_HANDSHAKE_FAILED', phrase: 'SSL Handshake Failed', standing: 'unofficial', source: cloudflare, related: [526, 502] },
  { code: 526, key: 'INVALID_SSL_CERTIFICATE', phrase: 'Invalid SSL Certificate', standing: 'unofficial', source: cloudflare, related: [525, 495] },
  { code: 527, key: 'RAILGUN_ERROR', phrase: 'Railgun Error', standing: 'unofficial', source: cloudflare, related: [502] },
  { code: 530, key: 'ORIGIN_DNS_ERROR', phrase: 'Origin DNS Error', standing: 'unofficial', source: cloudflare, related: [523] },
  { code: 561, key: 'UNAUTHORIZED_BY_IDENTITY_PROVIDER', phrase: 'Unauthorized by Identity Provider', standing: 'unofficial', source: elb, related: [401, 500] },
  // Not any one vendor's: informal codes some proxies and clients log for upstream timeouts.
  { code: 598, key: 'NETWORK_READ_TIMEOUT_ERROR', phrase: 'Network Read Timeout Error', standing: 'unofficial', source: vendor('HTTP proxies (informal)'), related: [504] },
  { code: 599, key: 'NETWORK_CONNECT_TIMEOUT_ERROR', phrase: 'Network Connect Timeout Error', standing: 'unofficial', source: vendor('HTTP proxies (informal)'), related: [504, 522] },
] as const satisfies readonly RegistryEntry[];
