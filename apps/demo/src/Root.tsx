import type { i18n as I18n } from 'i18next';
import { StrictMode, Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { PrerenderedPath, type Route } from './router';

/**
 * The whole tree, as the browser renders or hydrates it and as the prerender writes it: one
 * definition, so that hydration finds exactly the markup it expects.
 */
export function Root({
  i18n,
  prerenderedPath,
  route,
}: {
  i18n: I18n;
  prerenderedPath?: string | undefined;
  route?: Route | undefined;
}) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <PrerenderedPath value={prerenderedPath}>
          <Suspense fallback={<p aria-busy="true">…</p>}>
            <App route={route} />
          </Suspense>
        </PrerenderedPath>
      </I18nextProvider>
    </StrictMode>
  );
}
