/** Where the built site is served from, when `SITE_ORIGIN` does not say. */
export const DEFAULT_SITE_ORIGIN = 'http://127.0.0.1:4173';

/**
 * The origin canonical, hreflang and sitemap URLs start with: `SITE_ORIGIN`
 * (`https://example.org`), checked, since every absolute URL of the site is built on it.
 */
export function siteOrigin(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return DEFAULT_SITE_ORIGIN;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `SITE_ORIGIN must be an absolute http(s) URL such as https://example.org, not "${value}".`,
    );
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.pathname !== '/' ||
    url.search ||
    url.hash ||
    url.username ||
    url.password
  )
    throw new Error(
      `SITE_ORIGIN must be an origin (scheme, host and port only) such as https://example.org, not "${value}": the site is built for the root of its host.`,
    );
  return url.origin;
}
