import {
  getStatus,
  getStatusClass,
  type TextDirection,
  type Translator,
} from '@http-status-i18n/core';

/** What a fetch client shows for a response, in one of the translator's locales. */
export interface ResponseDescription {
  /** The response's status; `0` when there was no usable response (network error, opaque). */
  readonly status: number;
  /** The status line's phrase, or the registry's English one when the line has none (HTTP/2). */
  readonly statusText: string;
  /** The localized name of the status ("冲突"). */
  readonly title: string;
  /** What to tell the user: the server's localized `detail` when it speaks `locale`, else ours. */
  readonly message: string;
  /** The locale of `title` and `message`. */
  readonly locale: string;
  readonly direction: TextDirection;
  /** `true` when `message` is the server's problem `detail`. */
  readonly fromServer: boolean;
  /** The problem document the server sent, when it sent a readable one. */
  readonly problem?: Readonly<Record<string, unknown>>;
}

export interface DescribeResponseOptions {
  /** Bodies larger than this are not read (default 64 KiB). */
  readonly maxBodyBytes?: number;
  /** How long to wait for the body before using the status code alone (default 10 000 ms). */
  readonly timeoutMs?: number;
}

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
const DEFAULT_TIMEOUT_MS = 10_000;
/** A message longer than this is not one a person reads; it is cut. */
const MAX_TEXT_LENGTH = 2000;

/** Reads a property without letting a hostile getter or proxy throw. */
function read(object: unknown, name: string): unknown {
  try {
    return typeof object === 'object' && object !== null
      ? (object as Record<string, unknown>)[name]
      : undefined;
  } catch {
    return undefined;
  }
}

function headerOf(response: unknown, name: string): string | undefined {
  try {
    const value = (read(response, 'headers') as Headers | undefined)?.get?.(name);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Shown text from a server: no control characters (they break layouts and logs), bounded. */
function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const cleaned = value
    .slice(0, MAX_TEXT_LENGTH)
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .trim();
  return cleaned === '' ? undefined : cleaned;
}

function isProblemJson(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';', 1)[0]?.trim().toLowerCase();
  return mediaType === 'application/problem+json';
}

/**
 * The body as text, or `undefined` when it is too large, does not arrive in time, or cannot be
 * read. Reads a clone, so the caller can still read the body.
 */
async function readBoundedText(
  response: unknown,
  maxBytes: number,
  timeoutMs: number,
): Promise<string | undefined> {
  const declared = Number(headerOf(response, 'content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return undefined;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const clone = (response as Response).clone();
    if (clone.body === null) return undefined;
    reader = clone.body.getReader();
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const result = await Promise.race([reader.read(), timedOut]);
      if (result === 'timeout') return undefined;
      if (result.done) break;
      if (!(result.value instanceof Uint8Array)) return undefined;
      size += result.value.byteLength;
      if (size > maxBytes) return undefined;
      chunks.push(result.value);
    }
    reader = undefined;
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
    // Stop a body that is still coming: nobody will read the rest of this clone.
    reader?.cancel().catch(() => {});
  }
}

function parseProblem(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Describes a `fetch` response for the person who made the request: the status's localized
 * name and a message, taken from the server's RFC 9457 problem document when it is in the
 * wanted language, else from the translator. Works with HTTP/2 responses (empty `statusText`),
 * huge, slow or malformed bodies, and anything that is not a response at all: it never throws.
 *
 * @param locale the language to describe it in; by default the response's `Content-Language`
 *   when the translator has it, else the translator's fallback.
 */
export async function describeResponse(
  response: Response | unknown,
  translator: Translator,
  locale?: string,
  options: DescribeResponseOptions = {},
): Promise<ResponseDescription> {
  const rawStatus = read(response, 'status');
  const status =
    typeof rawStatus === 'number' && getStatusClass(rawStatus) !== undefined ? rawStatus : 0;
  const contentLanguage = cleanText(headerOf(response, 'content-language'))?.slice(0, 64);
  const primary = (tag: string) => tag.toLowerCase().split('-', 1)[0];
  const resolved =
    contentLanguage === undefined ? undefined : translator.resolveLocale(contentLanguage);
  // A tag the translator lacks resolves to its fallback: that is not the server's language.
  const serverLocale =
    resolved !== undefined &&
    contentLanguage !== undefined &&
    primary(resolved) === primary(contentLanguage)
      ? resolved
      : undefined;
  const target =
    locale !== undefined
      ? translator.resolveLocale(locale)
      : (serverLocale ?? translator.fallbackLocale);

  let problem: Record<string, unknown> | undefined;
  if (status !== 0 && isProblemJson(headerOf(response, 'content-type'))) {
    const maxBytes = Math.max(0, Number(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES) || 0);
    const timeoutMs = Math.max(0, Number(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) || 0);
    problem = parseProblem(await readBoundedText(response, maxBytes, timeoutMs));
  }

  const texts = translator.status(status === 0 ? undefined : status, target);
  const sameLanguage = serverLocale === target;
  const serverDetail = sameLanguage ? cleanText(problem?.detail) : undefined;
  const serverTitle = sameLanguage ? cleanText(problem?.title) : undefined;
  const statusText = cleanText(read(response, 'statusText')) ?? getStatus(status)?.phrase ?? '';
  const networkError = cleanText(read(translator.bundle(target)?.ui, 'networkError'));

  return {
    status,
    statusText: statusText.slice(0, 128),
    title: serverTitle ?? texts.name,
    message: serverDetail ?? (status === 0 && networkError ? networkError : texts.message),
    locale: texts.locale,
    direction: texts.direction,
    fromServer: serverDetail !== undefined,
    ...(problem === undefined ? {} : { problem }),
  };
}
