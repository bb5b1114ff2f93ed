import { getStatus } from './status.js';

/** RFC 9110 §9.2.2: the idempotent methods, upper case as registered. */
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set([
  'GET',
  'HEAD',
  'OPTIONS',
  'TRACE',
  'PUT',
  'DELETE',
]);
const ASCII_LETTERS = /^[A-Za-z]+$/;

/**
 * Whether repeating the same request after this response can help (`getStatus(code).retryable`
 * applied to the request): `'any-request'` codes (408, 425, 429, 503) always; `'new-connection'`
 * (421) always, but only on a new connection, never the one that answered; `'idempotent-request'`
 * codes (502, 504) only when `method` is GET, HEAD, OPTIONS, TRACE, PUT or DELETE (ASCII letters,
 * any case), since the upstream may already have applied the request (RFC 9110 §9.2.2). Without
 * a method, or with one that is not a string, 502 and 504 give `false`. Unknown codes and any
 * other input give `false`, never an error. Honour `Retry-After` when the response carries it.
 */
export function isRetryable(code: unknown, method?: unknown): boolean {
  const rule = getStatus(code)?.retryable;
  if (rule === 'any-request' || rule === 'new-connection') return true;
  if (rule !== 'idempotent-request') return false;
  return (
    typeof method === 'string' &&
    ASCII_LETTERS.test(method) &&
    IDEMPOTENT_METHODS.has(method.toUpperCase())
  );
}
