import {
  getStatus,
  getStatusClass,
  negotiateLocale,
  type Translator,
} from '@http-status-i18n/core';
import {
  contextMessage,
  contextOfError,
  definedContext,
  type ResponseContext,
  validateContext,
} from './context.js';

/** An RFC 9457 problem document. */
export interface ProblemDocument {
  /** A URI reference naming the problem type; `"about:blank"` means "see the status code". */
  readonly type: string;
  /** The status code's localized name ("冲突"). */
  readonly title: string;
  readonly status: number;
  /** What happened, for the person reading it, in the negotiated language. */
  readonly detail: string;
  readonly instance?: string;
  /** Extension members, as given. */
  readonly [extension: string]: unknown;
}

/** A response ready to send: status line, headers and (unless there must be none) the body. */
export interface ProblemResponse {
  readonly status: number;
  /**
   * The registry's English reason phrase ("Conflict"), for the status line; `""` for a code
   * the registry does not know. Never localized: clients and logs parse it.
   */
  readonly statusText: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** `undefined` for 1xx, 204, 205, 304 and HEAD responses, which carry no content. */
  readonly body: ProblemDocument | undefined;
  /** The locale of `title` and `detail`: one of the translator's locales. */
  readonly locale: string;
}

/** A request as the adapters see it: a Web `Request`, or node's `IncomingMessage` (Express, Fastify). */
export type RequestLike =
  | { readonly headers: { get(name: string): string | null }; readonly method?: string }
  | {
      readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
      readonly method?: string | undefined;
    };

export interface ProblemDetailsOptions extends ResponseContext {
  readonly translator: Translator;
  /** The request's `Accept-Language` header; read from `request` when not given. */
  readonly acceptLanguage?: string | readonly string[] | null | undefined;
  /** The request being answered: its `Accept-Language` and method (HEAD gets no body). */
  readonly request?: RequestLike | undefined;
  /** The request method, when there is no `request`; HEAD responses get no body. */
  readonly method?: string | undefined;
  /** Replaces the localized message. */
  readonly detail?: string | undefined;
  /** A URI reference for the problem type; `"about:blank"` when not given. */
  readonly type?: string | undefined;
  /** A URI reference for this occurrence of the problem. */
  readonly instance?: string | undefined;
  /** More members of the problem document (not `type`, `title`, `status`, `detail`, `instance`). */
  readonly extensions?: Readonly<Record<string, unknown>> | undefined;
  /**
   * The error being answered. Its message and stack never reach the client, whatever the status:
   * they are written for developers, in their language, and a 5xx's may hold secrets (the
   * `detail` is the localized message, or the `detail` option). What it says about the response
   * is used when the options do not say it: `headers` (http-errors) for `Retry-After` and
   * `Allow`, and `limit` (body-parser's 413) for `limitBytes`. Invalid values there are ignored.
   */
  readonly error?: unknown;
}

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance']);
/** RFC 9110 §15.3.5, §15.3.6, §15.4.5: these carry no content; neither does any 1xx. */
const NO_CONTENT = new Set([204, 205, 304]);
/** A header value must not break the header block (RFC 9110 §5.5); a locale tag never needs more. */
const LANGUAGE_TAG = /^[A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (typeof value === 'number') return String(value);
  return value === null ? 'null' : typeof value;
}

/** Throws unless `code` is an integer from 100 to 599: a wrong code is a bug at the call site. */
export function assertStatusCode(code: unknown, caller: string): asserts code is number {
  if (typeof code !== 'number' || !Number.isInteger(code) || code < 100 || code > 599) {
    throw new TypeError(
      `${caller}: the status code must be an integer from 100 to 599, got ${describeValue(code)}.`,
    );
  }
}

function headerOf(request: RequestLike | undefined, name: string): string | undefined {
  if (typeof request !== 'object' || request === null) return undefined;
  const headers: unknown = request.headers;
  if (typeof headers !== 'object' || headers === null) return undefined;
  if (typeof (headers as { get?: unknown }).get === 'function') {
    const value = (headers as { get(name: string): unknown }).get(name);
    return typeof value === 'string' ? value : undefined;
  }
  const value = (headers as Record<string, unknown>)[name];
  if (typeof value === 'string') return value;
  // Node joins a repeated Accept-Language itself; an array comes from hand-made headers.
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string').join(',');
  return undefined;
}

/** The locale for a request: one of the translator's, whatever the header holds. */
export function negotiateRequestLocale(
  translator: Translator,
  acceptLanguage: ProblemDetailsOptions['acceptLanguage'],
  request?: RequestLike,
): string {
  const header =
    typeof acceptLanguage === 'string'
      ? acceptLanguage
      : Array.isArray(acceptLanguage)
        ? acceptLanguage.filter((item) => typeof item === 'string').join(',')
        : headerOf(request, 'accept-language');
  const negotiated = negotiateLocale(header ?? '', translator);
  return translator.locales.includes(negotiated) ? negotiated : translator.fallbackLocale;
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new TypeError(
      `problemDetails: \`${name}\` must be a string, got ${describeValue(value)}.`,
    );
  }
  return value;
}

/**
 * A localized RFC 9457 problem response for a status code: `title` and `detail` in the language
 * `Accept-Language` asks for (among the translator's locales), `Content-Language` naming it and
 * `Vary: Accept-Language` so caches keep one copy per language. The status line keeps the
 * English reason phrase. Throws a TypeError, at the call site, for a code outside 100–599 or an
 * invalid option; never for anything a client sent.
 */
export function problemDetails(code: number, options: ProblemDetailsOptions): ProblemResponse {
  assertStatusCode(code, 'problemDetails');
  const translator = options?.translator;
  if (
    typeof translator !== 'object' ||
    translator === null ||
    typeof translator.status !== 'function'
  ) {
    throw new TypeError(
      'problemDetails: `translator` is required: createTranslator({ locales: [...] }) from @http-status-i18n/core.',
    );
  }
  const type = optionalString(options.type, 'type') ?? 'about:blank';
  const instance = optionalString(options.instance, 'instance');
  const givenDetail = optionalString(options.detail, 'detail');
  const extensions = options.extensions ?? {};
  if (typeof extensions !== 'object' || extensions === null || Array.isArray(extensions)) {
    throw new TypeError('problemDetails: `extensions` must be an object of extra members.');
  }
  for (const name of Object.keys(extensions)) {
    if (STANDARD_MEMBERS.has(name)) {
      throw new TypeError(
        `problemDetails: \`extensions\` cannot set "${name}", a member RFC 9457 defines; pass it as its own option.`,
      );
    }
  }
  const context = validateContext({ ...contextOfError(options.error), ...definedContext(options) });

  const locale = negotiateRequestLocale(translator, options.acceptLanguage, options.request);
  const givenMethod = options.method ?? options.request?.method;
  const method = typeof givenMethod === 'string' ? givenMethod.toUpperCase() : '';
  const hasBody = getStatusClass(code) !== '1xx' && !NO_CONTENT.has(code) && method !== 'HEAD';

  const headers: Record<string, string> = { vary: 'Accept-Language' };
  if (context.retryAfter !== undefined) headers['retry-after'] = context.retryAfter.header;
  if (context.allow !== undefined) headers.allow = context.allow.join(', ');

  let body: ProblemDocument | undefined;
  if (hasBody) {
    const texts = translator.status(code, locale);
    const detail =
      givenDetail ?? contextMessage(code, context, translator, locale) ?? texts.message;
    body = {
      type,
      title: texts.name,
      status: code,
      detail,
      ...(instance === undefined ? {} : { instance }),
      ...extensions,
    };
    headers['content-type'] = 'application/problem+json';
    if (LANGUAGE_TAG.test(locale)) headers['content-language'] = locale;
  }
  return {
    status: code,
    statusText: getStatus(code)?.phrase ?? '',
    headers,
    body,
    locale,
  };
}

/**
 * The status of a thrown error, by the conventions of http-errors, Express, Fastify and Hono
 * (`status` or `statusCode`, 400–599); 500 for anything else, including errors without one.
 */
export function statusOfError(error: unknown): number {
  if (typeof error === 'object' && error !== null) {
    for (const name of ['status', 'statusCode'] as const) {
      const value = (error as Record<string, unknown>)[name];
      if (typeof value === 'number' && Number.isInteger(value) && value >= 400 && value <= 599) {
        return value;
      }
    }
  }
  return 500;
}
