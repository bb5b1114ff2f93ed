// Generated from src/registry by `pnpm --filter @http-status-i18n/core generate`. Do not edit.
import { parseStatusCode } from './status-class.js';

const table =
  "100Continue|Switching Protocols|Processing|Early Hints|200OK|Created|Accepted|Non-Authoritative Information|No Content|Reset Content|Partial Content|Multi-Status|Already Reported|226IM Used|300Multiple Choices|Moved Permanently|Found|See Other|Not Modified|Use Proxy|Switch Proxy|Temporary Redirect|Permanent Redirect|400Bad Request|Unauthorized|Payment Required|Forbidden|Not Found|Method Not Allowed|Not Acceptable|Proxy Authentication Required|Request Timeout|Conflict|Gone|Length Required|Precondition Failed|Content Too Large|URI Too Long|Unsupported Media Type|Range Not Satisfiable|Expectation Failed|I'm a teapot|Page Expired|Enhance Your Calm|Misdirected Request|Unprocessable Content|Locked|Failed Dependency|Too Early|Upgrade Required|428Precondition Required|Too Many Requests|431Request Header Fields Too Large|440Login Time-out|444No Response|449Retry With|Blocked by Windows Parental Controls|Unavailable For Legal Reasons|460Client Closed Connection|463Too Many Forwarded IP Addresses|Incompatible Protocol Versions|494Request Header Too Large|SSL Certificate Error|SSL Certificate Required|HTTP Request Sent to HTTPS Port|499Client Closed Request|Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable|Gateway Timeout|HTTP Version Not Supported|Variant Also Negotiates|Insufficient Storage|Loop Detected|Bandwidth Limit Exceeded|Not Extended|Network Authentication Required|520Web Server Returned an Unknown Error|Web Server Is Down|Connection Timed Out|Origin Is Unreachable|A Timeout Occurred|SSL Handshake Failed|Invalid SSL Certificate|Railgun Error|530Origin DNS Error|561Unauthorized by Identity Provider|598Network Read Timeout Error|Network Connect Timeout Error";

/** Reason phrases indexed by code, decoded on first use. */
let phrases: readonly (string | undefined)[] | undefined;

function decode(): readonly (string | undefined)[] {
  // Filled, not holey: a read of a hole would walk the prototype chain.
  const byCode: (string | undefined)[] = new Array(600).fill(undefined);
  let code = 0;
  for (const part of table.split('|')) {
    const written = /^\d{3}/.exec(part)?.[0];
    code = written === undefined ? code + 1 : Number(written);
    byCode[code] = written === undefined ? part : part.slice(3);
  }
  return byCode;
}

/**
 * The English reason phrase of a known code (`getPhrase(409) === 'Conflict'`), from a table of
 * phrases alone: for apps that need the phrase and none of the other facts, at a fraction of
 * `getStatus`'s size. Accepts what `getStatus` accepts; anything else gives `undefined`.
 */
export function getPhrase(code: unknown): string | undefined {
  phrases ??= decode();
  // A number indexes the array directly: NaN, fractions, negatives and large numbers read undefined.
  if (typeof code === 'number') return phrases[code];
  const parsed = parseStatusCode(code);
  return parsed === undefined ? undefined : phrases[parsed];
}

/** Every known code's phrase, indexed by code: the registry's rows (see registry/compact.ts). */
export function phrasesByCode(): readonly (string | undefined)[] {
  phrases ??= decode();
  return phrases;
}
