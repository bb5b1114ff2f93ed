import { ErrorBoundary } from './components/ErrorBoundary';
import { Link } from './components/Link';
import { LocaleSwitcher } from './components/LocaleSwitcher';
import { matchRoute, usePathname } from './router';
import { Home } from './routes/Home';
import { NotFound } from './routes/NotFound';
import { Reference } from './routes/Reference';

export function App() {
  const route = matchRoute(usePathname());
  return (
    <>
      <header className="site-header">
        <Link href="/" className="brand">
          http-status-i18n
        </Link>
        <LocaleSwitcher />
      </header>
      <main>
        <ErrorBoundary key={JSON.stringify(route)}>
          {route.page === 'home' && <Home />}
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
