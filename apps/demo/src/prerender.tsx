/**
 * The static site: run after `vite build`, from the SSR build of this file
 * (`vite build --ssr src/prerender.tsx`), in one process. Renders every page with the app's
 * own components into the built `index.html`, and writes the sitemap.
 *
 * Pages: `/` (in the default locale), `/<locale>/` and `/<locale>/<code>` for every locale and
 * every code; not-found pages `404.html` and `404.<locale>.html`, served with status 404.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { statusCodes } from '@http-status-i18n/core';
import type { i18n as I18n } from 'i18next';
import { renderToString } from 'react-dom/server';
import { absoluteUrl, describePage, headElements, SITE_ORIGIN } from './head';
import { startI18n } from './i18n';
import { availableTags, DEFAULT_LOCALE, directionOf } from './locales';
import { Root } from './Root';
import { matchRoute, pathInLocale, type Route } from './router';

interface Page {
  readonly locale: string;
  /** The file under the build directory. */
  readonly file: string;
  /** The address the page is served at; none for a not-found page, served at any address. */
  readonly path?: string;
}

function pagesOf(locale: string): Page[] {
  const index = { page: 'index', locale } as const;
  return [
    { locale, file: `${locale}/index.html`, path: pathInLocale(index, locale) },
    ...statusCodes.map((code) => ({
      locale,
      file: `${locale}/${code}.html`,
      path: pathInLocale({ page: 'reference', locale, code: String(code) }, locale),
    })),
    { locale, file: `404.${locale}.html` },
    ...(locale === DEFAULT_LOCALE
      ? [
          { locale, file: 'index.html', path: '/' },
          { locale, file: '404.html' },
        ]
      : []),
  ];
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.codePointAt(0)};`);

function element(tag: string, attributes: Record<string, string>): string {
  const written = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<${tag}${written} />`;
}

/** Replaces the one place of the template that `pattern` matches; the template must have it. */
function replaceOnce(text: string, pattern: RegExp | string, replacement: string): string {
  let found = 0;
  const replaced = text.replace(pattern, () => {
    found += 1;
    return replacement;
  });
  if (found !== 1)
    throw new Error(`index.html: expected one ${pattern} to fill in, found ${found}.`);
  return replaced;
}

/** The locale chunk and the chunks it imports, from Vite's manifest of the client build. */
function localeChunks(distDir: string): Map<string, string[]> {
  type Chunk = { file: string; src?: string; imports?: string[] };
  const manifest: Record<string, Chunk> = JSON.parse(
    readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'),
  );
  const filesOf = (key: string): string[] => {
    const chunk = manifest[key];
    return chunk ? [chunk.file, ...(chunk.imports ?? []).flatMap(filesOf)] : [];
  };
  const chunks = new Map<string, string[]>();
  for (const tag of availableTags) {
    const key = Object.keys(manifest).find((source) =>
      source.endsWith(`packages/locales/${tag}/src/index.ts`),
    );
    if (!key) throw new Error(`The client build has no chunk for the locale ${tag}.`);
    chunks.set(tag, filesOf(key));
  }
  return chunks;
}

function renderPage(template: string, page: Page, i18n: I18n, preload: readonly string[]) {
  // A not-found page is the same for every address it answers, so it is never hydrated: the
  // app renders the address it is at instead.
  const route: Route = page.path === undefined ? { page: 'not-found' } : matchRoute(page.path);
  const markup = renderToString(
    <Root
      i18n={i18n}
      prerenderedPath={page.path ?? '/'}
      route={page.path === undefined ? route : undefined}
    />,
  );
  const head = describePage(route, i18n);
  const links = [
    ...headElements(head).map(({ tag, attributes }) => element(tag, attributes)),
    ...preload.map((file) =>
      element('link', { rel: 'modulepreload', crossorigin: '', href: `/${file}` }),
    ),
  ];
  let html = template;
  html = replaceOnce(
    html,
    /<html lang="[^"]*" dir="[^"]*">/,
    `<html lang="${escapeHtml(page.locale)}" dir="${directionOf(page.locale)}">`,
  );
  html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${escapeHtml(head.title)}</title>`);
  html = replaceOnce(
    html,
    /<meta name="description" content="[^"]*" \/>/,
    element('meta', { name: 'description', content: head.description }),
  );
  html = replaceOnce(html, '</head>', `  ${links.join('\n    ')}\n  </head>`);
  const marker = page.path === undefined ? '' : ` data-prerendered="${escapeHtml(page.path)}"`;
  html = replaceOnce(html, '<div id="root"></div>', `<div id="root"${marker}>${markup}</div>`);
  return html;
}

function sitemap(paths: readonly string[]): string {
  const urls = paths.map((path) => `  <url><loc>${escapeHtml(absoluteUrl(path))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * The built `index.html`, kept aside on the first run since `/` overwrites it: the prerender can
 * run again on the same build (`vite build` empties the directory, so the copy is never stale).
 */
function templateOf(distDir: string): string {
  const kept = join(distDir, '.vite/index.template.html');
  if (existsSync(kept)) return readFileSync(kept, 'utf8');
  const template = readFileSync(join(distDir, 'index.html'), 'utf8');
  writeFileSync(kept, template);
  return template;
}

async function prerender(distDir: string) {
  const template = templateOf(distDir);
  const chunks = localeChunks(distDir);
  const paths: string[] = [];
  let written = 0;
  for (const locale of availableTags) {
    const { i18n, ready } = startI18n(locale);
    await ready;
    for (const page of pagesOf(locale)) {
      // `/` and the generic not-found page may be shown in another language by the app, so
      // they do not make every visitor download the default locale.
      const preload =
        page.path === '/' || page.file === '404.html' ? [] : (chunks.get(locale) ?? []);
      const file = join(distDir, page.file);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, renderPage(template, page, i18n, preload));
      written += 1;
      if (page.path !== undefined) paths.push(page.path);
    }
  }
  paths.sort((a, b) => (a === '/' ? -1 : b === '/' ? 1 : 0));
  writeFileSync(join(distDir, 'sitemap.xml'), sitemap(paths));
  writeFileSync(
    join(distDir, 'robots.txt'),
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`,
  );
  console.log(
    `prerendered ${written} pages (${paths.length} in sitemap.xml) for ${SITE_ORIGIN} into ${distDir}`,
  );
}

await prerender(resolve(process.argv[2] ?? 'dist'));
