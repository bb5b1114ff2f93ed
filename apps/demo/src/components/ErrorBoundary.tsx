import { statusMessage } from '@http-status-i18n/i18next';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Keeps one broken page from blanking the whole app: shows the localized 500 message and a way
 * back instead. A full page load on the way back starts the app afresh.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <RenderFailure /> : this.props.children;
  }
}

function RenderFailure() {
  const { t, i18n } = useTranslation();
  return (
    <section className="not-found" role="alert">
      <h1>{statusMessage(i18n, 500, 'name')}</h1>
      <p>{statusMessage(i18n, 500, 'message')}</p>
      <p>
        <a href="/">{t('ui.backToIndex')}</a>
      </p>
    </section>
  );
}
