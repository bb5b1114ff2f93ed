import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ready } from './i18n';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
// Render once the first locale has loaded, so no frame shows untranslated keys.
void ready.finally(() => {
  root.render(
    <StrictMode>
      <Suspense fallback={<p aria-busy="true">…</p>}>
        <App />
      </Suspense>
    </StrictMode>,
  );
});
