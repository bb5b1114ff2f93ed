import { createTranslator, type Translator } from '@http-status-i18n/core';
import { loadLocale } from './locales';

/** Where `npm run api` (apps/api) listens unless its `PORT` says otherwise. */
const DEFAULT_STATUS_API = 'http://127.0.0.1:4800';
/** The probe asks an address on this machine or one the build names: it answers fast or not at all. */
const PROBE_TIMEOUT_MS = 2000;

/** The request the playground made for a status: the URL it called, and the response. */
export interface StatusRequest {
  /** The absolute URL called, shown so that a reader sees which server answered. */
  readonly url: string;
  readonly response: Response;
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** An http(s) base URL without a trailing slash, or `undefined` for an empty or invalid one. */
function baseUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.href.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

/**
 * The example API's base URL, from (first given wins) `window.__STATUS_API__` (tests set it),
 * `VITE_STATUS_API` at build time (an empty value turns the API off), or `npm run api`'s
 * default address. The default is asked only from a page served on this machine: a site on the
 * web asking the visitor's loopback would make browsers prompt for local-network access.
 */
function configuredApi(): string | undefined {
  const fromPage = window.__STATUS_API__;
  if (fromPage !== undefined) return baseUrl(fromPage);
  const fromBuild = import.meta.env.VITE_STATUS_API;
  if (fromBuild !== undefined) return baseUrl(fromBuild);
  return isLoopback(window.location.hostname) ? DEFAULT_STATUS_API : undefined;
}

/** Whether `base` is the example API: its index lists its endpoints. */
async function answers(base: string): Promise<boolean> {
  try {
    const response = await fetch(`${base}/`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    if (!response.ok) return false;
    const index: unknown = await response.json();
    return (
      typeof index === 'object' &&
      index !== null &&
      Array.isArray((index as { endpoints?: unknown }).endpoints)
    );
  } catch {
    return false;
  }
}

let probe: Promise<string | undefined> | undefined;

/** The API's base URL when it answers, asked once a page load (again after it stopped answering). */
export function statusApi(): Promise<string | undefined> {
  if (probe === undefined) {
    const base = configuredApi();
    probe =
      base === undefined
        ? Promise.resolve(undefined)
        : answers(base).then((ok) => (ok ? base : undefined));
  }
  return probe;
}

/**
 * Requests `code` from the example API, in `locale` (its `Accept-Language`), or, when the API
 * does not answer, from the demo server's own endpoint (status-endpoints.ts). A 429 or 503 asks
 * the API for a `Retry-After`, so that its message states the wait. Rejects only when neither
 * answers.
 */
export async function requestStatus(code: number, locale: string): Promise<StatusRequest> {
  const api = await statusApi();
  if (api !== undefined) {
    const url = `${api}/status/${code}${code === 429 || code === 503 ? '?retryAfter=30' : ''}`;
    try {
      const response = await fetch(url, {
        cache: 'no-store',
        headers: { 'Accept-Language': locale },
      });
      return { url, response };
    } catch {
      // The API stopped: ask the demo server now, and probe again before the next request.
      probe = undefined;
    }
  }
  const url = new URL(`/api/status/${code}`, window.location.href).href;
  return { url, response: await fetch(url, { cache: 'no-store' }) };
}

const translators = new Map<string, Promise<Translator>>();

/** A translator for the one locale the page shows; its chunk is the one i18next loaded. */
export function translatorFor(tag: string): Promise<Translator> {
  let translator = translators.get(tag);
  if (translator === undefined) {
    translator = loadLocale(tag).then((module) => createTranslator({ locales: [module.default] }));
    // A failed load is not remembered: the next toast tries again.
    translator.catch(() => translators.delete(tag));
    translators.set(tag, translator);
  }
  return translator;
}
