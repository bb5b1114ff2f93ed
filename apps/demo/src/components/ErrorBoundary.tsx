import { StatusMessage } from '@http-status-i18n/react';
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
  const { t } = useTranslation();
  return (
    <section className="not-found" role="alert">
      <StatusMessage as="h1" code={500} field="name" />
      <StatusMessage as="p" code={500} />
      <p>
        <a href="/">{t('ui.backToIndex')}</a>
      </p>
    </section>
  );
}
