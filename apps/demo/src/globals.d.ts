/** The site's origin for absolute canonical, hreflang and sitemap URLs (env `SITE_ORIGIN` at build). */
declare const __SITE_ORIGIN__: string;

interface ImportMetaEnv {
  /** The example API the playground calls (apps/api), e.g. `http://127.0.0.1:4800`; empty: none. */
  readonly VITE_STATUS_API?: string;
}

interface Window {
  /** The example API's base URL for this page, set before the app starts (the e2e tests do). */
  __STATUS_API__?: string;
}
