import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Link } from './components/Link';
import { LocaleSwitcher } from './components/LocaleSwitcher';
import { applyHead, describePage } from './head';
import { matchRoute, type Route, usePathname } from './router';
import { Home } from './routes/Home';
import { NotFound } from './routes/NotFound';
import { Reference } from './routes/Reference';

/** The app; `route` fixes the page regardless of the path (the prerendered not-found page). */
export function App({ route: fixedRoute }: { route?: Route | undefined }) {
  const pathname = usePathname();
  const route = fixedRoute ?? matchRoute(pathname);
  const routeKey = JSON.stringify(route);
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;

  // The title, description and language links follow the page as the app navigates.
  // biome-ignore lint/correctness/useExhaustiveDependencies: routeKey and language stand for route and i18n's texts
  useEffect(() => applyHead(describePage(route, i18n)), [routeKey, language]);

  return (
    <>
      <header className="site-header">
        <Link href="/" className="brand">
          http-status-i18n
        </Link>
        <LocaleSwitcher route={route} />
      </header>
      <main>
        <ErrorBoundary key={routeKey}>
          {route.page === 'home' && <Home />}
          {route.page === 'index' && <Home key={route.locale} locale={route.locale} />}
          {route.page === 'reference' && (
            <Reference
              key={`${route.locale}/${route.code}`}
              locale={route.locale}
              code={route.code}
            />
          )}
          {route.page === 'not-found' && <NotFound />}
        </ErrorBoundary>
      </main>
    </>
  );
}
