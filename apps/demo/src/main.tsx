import { createRoot, hydrateRoot } from 'react-dom/client';
import { initialLocale, reflectOnDocument, startI18n } from './i18n';
import { Root } from './Root';
import './styles.css';

const container = document.getElementById('root') as HTMLElement;
// Set by the prerender: the path and the locale this document's HTML was rendered for.
const prerenderedPath = container.dataset.prerendered;
const prerenderedLocale = document.documentElement.lang;

const { i18n, ready } = startI18n(initialLocale(), reflectOnDocument);
// Render once the first locale has loaded, so no frame shows untranslated keys.
void ready.finally(() => {
  const root = <Root i18n={i18n} prerenderedPath={prerenderedPath} />;
  // Prerendered HTML in the language the visitor gets is taken over as it is; anything else
  // (the dev server, a not-found page, `/` for a visitor who reads another language) is
  // rendered afresh, replacing the static HTML.
  if (prerenderedPath !== undefined && i18n.language === prerenderedLocale)
    hydrateRoot(container, root);
  else createRoot(container).render(root);
});
