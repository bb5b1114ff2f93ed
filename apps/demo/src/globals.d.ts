/** The site's origin for absolute canonical, hreflang and sitemap URLs (env `SITE_ORIGIN` at build). */
declare const __SITE_ORIGIN__: string;
