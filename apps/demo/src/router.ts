import { createContext, useContext, useSyncExternalStore } from 'react';

/** A minimal client-side router: the path is the state, links push history entries. */
function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

/**
 * The path a page was prerendered for. The prerender renders with it, and hydration must
 * render the same tree, so both read it here; the browser's own path takes over right after.
 */
export const PrerenderedPath = createContext<string | undefined>(undefined);

export function usePathname(): string {
  const prerendered = useContext(PrerenderedPath);
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => prerendered ?? window.location.pathname,
  );
}

export function navigate(path: string) {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'index'; readonly locale: string }
  | { readonly page: 'reference'; readonly locale: string; readonly code: string }
  | { readonly page: 'not-found' };

/** A path segment as typed; a malformed escape (`/de/%`) is a page that does not exist. */
function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export function matchRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeSegment);
  if (parts.includes(undefined)) return { page: 'not-found' };
  if (parts.length === 0) return { page: 'home' };
  if (parts.length === 1) return { page: 'index', locale: parts[0] as string };
  if (parts.length === 2)
    return { page: 'reference', locale: parts[0] as string, code: parts[1] as string };
  return { page: 'not-found' };
}

/** Where a route's page is in another locale: the same code, or the locale's index. */
export function pathInLocale(route: Route, tag: string): string {
  return route.page === 'reference' ? `/${tag}/${route.code}` : `/${tag}/`;
}

/** The path of a locale's index, the page "back to the index" leads to. */
export function indexPath(tag: string): string {
  return `/${tag}/`;
}
