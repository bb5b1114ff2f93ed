import { useSyncExternalStore } from 'react';

/** A minimal client-side router: the path is the state, links push history entries. */
function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function navigate(path: string) {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

export type Route =
  | { readonly page: 'home' }
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
  if (parts.length === 2)
    return { page: 'reference', locale: parts[0] as string, code: parts[1] as string };
  return { page: 'not-found' };
}
