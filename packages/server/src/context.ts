import { interpolate, type Translator, type UiTexts } from '@http-status-i18n/core';

/** Response headers whose values the end-user message can state. */
export interface ResponseContext {
  /**
   * `Retry-After` (RFC 9110 §10.2.3): seconds to wait (a non-negative integer, or a string of
   * digits) or the time to wait until (a `Date`, or an HTTP-date string). Sent as a header on any
   * status; the 429 and 503 messages state the wait ("in 2 minutes") in the user's language.
   */
  readonly retryAfter?: number | string | Date | undefined;
  /**
   * `Allow` (RFC 9110 §10.2.1): the methods the resource supports. Sent as a header on any
   * status; the 405 message lists them.
   */
  readonly allow?: readonly string[] | undefined;
  /** For 413: the largest content the server accepts, in bytes; the message states it. */
  readonly limitBytes?: number | undefined;
}

interface RetryAfter {
  /** The header's value: capped seconds, or the date in IMF-fixdate form. */
  readonly header: string;
  /** From now; 0 or less when the date has passed. */
  readonly waitSeconds: number;
}

export interface ValidatedContext {
  readonly retryAfter?: RetryAfter;
  readonly allow?: readonly string[];
  readonly limitBytes?: number;
}

/**
 * RFC 9111 §1.2.2: a delta-seconds value beyond 2^31 is taken as 2^31 (68 years). Larger values
 * say nothing more, and would not fit the integers some clients parse them into.
 */
export const MAX_RETRY_AFTER_SECONDS = 2 ** 31;
/** Far more methods than any resource has; the bound keeps the header and message short. */
const MAX_METHODS = 32;
const MAX_METHOD_LENGTH = 32;
/** RFC 9110 §5.6.2: a method is a token. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const DELTA_SECONDS = /^\d+$/;
/** Longer than any of RFC 9110's three date formats ("Sunday, 06-Nov-94 08:49:37 GMT"). */
const MAX_HTTP_DATE_LENGTH = 40;

function invalid(name: string, expected: string, value: unknown): never {
  const shown =
    typeof value === 'string'
      ? JSON.stringify(value.slice(0, 40))
      : typeof value === 'number' || value instanceof Date
        ? String(value)
        : typeof value;
  throw new TypeError(`problemDetails: \`${name}\` must be ${expected}, got ${shown}.`);
}

function retryAfterOf(value: number | string | Date): RetryAfter {
  const fromSeconds = (seconds: number): RetryAfter => {
    const capped = Math.min(seconds, MAX_RETRY_AFTER_SECONDS);
    return { header: String(capped), waitSeconds: capped };
  };
  const fromDate = (date: Date): RetryAfter => ({
    // RFC 9110 §5.6.7: a sender generates the IMF-fixdate form, which toUTCString produces.
    header: date.toUTCString(),
    waitSeconds: Math.min(Math.ceil((date.getTime() - Date.now()) / 1000), MAX_RETRY_AFTER_SECONDS),
  });
  const expected = 'a number of seconds (an integer, 0 or more), a Date or an HTTP-date';
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) invalid('retryAfter', expected, value);
    return fromSeconds(value);
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (DELTA_SECONDS.test(text)) {
      // Digits beyond the cap's length are above it: no need to parse them.
      return fromSeconds(text.length > 10 ? MAX_RETRY_AFTER_SECONDS : Number(text));
    }
    const time = text.length <= MAX_HTTP_DATE_LENGTH ? Date.parse(text) : Number.NaN;
    if (!/GMT$/.test(text) || Number.isNaN(time)) invalid('retryAfter', expected, value);
    return fromDate(new Date(time));
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) return fromDate(value);
  return invalid('retryAfter', expected, value);
}

function allowOf(value: unknown): readonly string[] {
  if (!Array.isArray(value) || value.length > MAX_METHODS) {
    invalid('allow', `an array of at most ${MAX_METHODS} methods`, value);
  }
  const methods: string[] = [];
  for (const method of value) {
    if (typeof method !== 'string' || method.length > MAX_METHOD_LENGTH || !TOKEN.test(method)) {
      invalid('allow', 'a list of method names (tokens such as GET)', method);
    }
    if (!methods.includes(method)) methods.push(method);
  }
  return methods;
}

/** Checks the context options; throws a TypeError naming the first wrong one. */
export function validateContext(options: ResponseContext): ValidatedContext {
  const { retryAfter, allow, limitBytes } = options;
  if (
    limitBytes !== undefined &&
    (typeof limitBytes !== 'number' || !Number.isSafeInteger(limitBytes) || limitBytes < 0)
  ) {
    invalid('limitBytes', 'a number of bytes (an integer, 0 or more)', limitBytes);
  }
  return {
    ...(retryAfter === undefined ? {} : { retryAfter: retryAfterOf(retryAfter) }),
    ...(allow === undefined ? {} : { allow: allowOf(allow) }),
    ...(limitBytes === undefined ? {} : { limitBytes }),
  };
}

/** The context options that are set: an explicit `undefined` does not hide an error's value. */
export function definedContext(options: ResponseContext): ResponseContext {
  const { retryAfter, allow, limitBytes } = options;
  return {
    ...(retryAfter === undefined ? {} : { retryAfter }),
    ...(allow === undefined ? {} : { allow }),
    ...(limitBytes === undefined ? {} : { limitBytes }),
  };
}

function headerValue(headers: unknown, name: string): unknown {
  if (typeof headers !== 'object' || headers === null) return undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return value;
  }
  return undefined;
}

/**
 * What a thrown error says about its response, by the conventions of http-errors (`headers`)
 * and body-parser (`limit`). The error is not the caller's own input, so a value that would not
 * validate is dropped rather than thrown about.
 */
export function contextOfError(error: unknown): ResponseContext {
  if (typeof error !== 'object' || error === null) return {};
  const context: { retryAfter?: string; allow?: string[]; limitBytes?: number } = {};
  try {
    const { headers, limit } = error as { headers?: unknown; limit?: unknown };
    const retryAfter = headerValue(headers, 'retry-after');
    if (typeof retryAfter === 'string') {
      validateContext({ retryAfter });
      context.retryAfter = retryAfter;
    }
    const allow = headerValue(headers, 'allow');
    if (typeof allow === 'string') {
      const methods = allow
        .split(',')
        .map((method) => method.trim())
        .filter(Boolean);
      validateContext({ allow: methods });
      context.allow = methods;
    }
    if (typeof limit === 'number') {
      validateContext({ limitBytes: limit });
      context.limitBytes = limit;
    }
  } catch {
    // A malformed value is dropped; the values read before it stand.
  }
  return context;
}

/** The wait in the largest unit that keeps it a whole number, rounded up: never "too early". */
function relativeWait(seconds: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  if (seconds < 60) return format.format(seconds, 'second');
  if (seconds < 3600) return format.format(Math.ceil(seconds / 60), 'minute');
  if (seconds < 86_400) return format.format(Math.ceil(seconds / 3600), 'hour');
  return format.format(Math.ceil(seconds / 86_400), 'day');
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const;

/** A size in the largest decimal unit, rounded down: a stated limit is never more than the real one. */
function byteSize(bytes: number, locale: string): string {
  let unit = 0;
  let value = bytes;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'long',
    maximumFractionDigits: 1,
    roundingMode: 'floor',
  } as Intl.NumberFormatOptions).format(value);
}

function uiText(translator: Translator, locale: string, key: keyof UiTexts): string | undefined {
  const ui: unknown = translator.bundle(locale)?.ui;
  const text = typeof ui === 'object' && ui !== null ? (ui as Record<string, unknown>)[key] : '';
  return typeof text === 'string' && text !== '' ? text : undefined;
}

/**
 * The end-user message stating the context, or `undefined` when the code's own message is the
 * right one: no context for this code, a wait already over, or a locale bundle from before these
 * texts existed (its own message beats an English one).
 */
export function contextMessage(
  code: number,
  context: ValidatedContext,
  translator: Translator,
  locale: string,
): string | undefined {
  let key: keyof UiTexts | undefined;
  let values: Record<string, string> = {};
  try {
    if ((code === 429 || code === 503) && context.retryAfter !== undefined) {
      if (context.retryAfter.waitSeconds <= 0) return undefined;
      key = code === 429 ? 'rateLimitedRetry' : 'unavailableRetry';
      values = { wait: relativeWait(context.retryAfter.waitSeconds, locale) };
    } else if (code === 405 && context.allow !== undefined && context.allow.length > 0) {
      key = 'allowedMethods';
      values = {
        methods: new Intl.ListFormat(locale, { type: 'conjunction' }).format(context.allow),
      };
    } else if (code === 413 && context.limitBytes !== undefined) {
      key = 'sizeLimit';
      values = { limit: byteSize(context.limitBytes, locale) };
    }
  } catch {
    // An Intl without data for this locale: the plain message still says what happened.
    return undefined;
  }
  const template = key === undefined ? undefined : uiText(translator, locale, key);
  return template === undefined ? undefined : interpolate(template, values);
}
