import { getStatusClass, isError } from '@http-status-i18n/core';
import { statusMessage } from '@http-status-i18n/i18next';
import { useTranslation } from 'react-i18next';

/** What a request ended with: a status code, or no answer at all. */
export type Outcome =
  | { readonly kind: 'status'; readonly code: number }
  | { readonly kind: 'network-failure' };

/** The banner a good app shows after a request: what happened, in the user's words. */
export function StatusToast({ outcome, onDismiss }: { outcome: Outcome; onDismiss: () => void }) {
  const { t, i18n } = useTranslation();
  const failed = outcome.kind === 'network-failure' || isError(outcome.code);
  const tone =
    outcome.kind === 'network-failure' ? 'network' : (getStatusClass(outcome.code) ?? 'unknown');
  return (
    <div className={`toast toast-${tone}`} role={failed ? 'alert' : 'status'} data-testid="toast">
      {outcome.kind === 'status' ? (
        <>
          <p className="toast-title">
            <span className="toast-code">{outcome.code}</span>{' '}
            {statusMessage(i18n, outcome.code, 'name')}
          </p>
          <p className="toast-message">{statusMessage(i18n, outcome.code, 'message')}</p>
          <p className="toast-class">{t(`class.${getStatusClass(outcome.code) ?? '5xx'}.name`)}</p>
        </>
      ) : (
        <p className="toast-message">{t('ui.networkError')}</p>
      )}
      <button
        type="button"
        className="toast-dismiss"
        onClick={onDismiss}
        aria-label={t('ui.dismiss')}
      >
        ×
      </button>
    </div>
  );
}
