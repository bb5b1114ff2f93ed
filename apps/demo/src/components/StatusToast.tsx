import { getStatusClass, isError } from '@http-status-i18n/core';
import { describeResponse, type ResponseDescription } from '@http-status-i18n/server';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type StatusRequest, translatorFor } from '../status-source';

/** What a request ended with: a response from one of the servers, or no answer at all. */
export type Outcome =
  | ({ readonly kind: 'response' } & StatusRequest)
  | { readonly kind: 'network-failure' };

/**
 * The response described in the locale shown, again whenever the visitor picks another one
 * (the server's problem detail is used only while its language is the one shown).
 */
function useDescription(outcome: Outcome, locale: string): ResponseDescription | undefined {
  // Kept with the outcome it describes: a new request's toast never shows the last one's text.
  const [described, setDescribed] = useState<{ of: Outcome; description: ResponseDescription }>();
  useEffect(() => {
    if (outcome.kind !== 'response') return;
    let current = true;
    translatorFor(locale)
      .then((translator) => describeResponse(outcome.response, translator, locale))
      .then(
        (description) => {
          if (current) setDescribed({ of: outcome, description });
        },
        // The locale's chunk did not load: the text shown stays, in the language it was in.
        () => {},
      );
    return () => {
      current = false;
    };
  }, [outcome, locale]);
  return described?.of === outcome ? described.description : undefined;
}

/** The banner a good app shows after a request: what happened, in the user's words. */
export function StatusToast({ outcome, onDismiss }: { outcome: Outcome; onDismiss: () => void }) {
  const { t, i18n } = useTranslation();
  const description = useDescription(outcome, i18n.resolvedLanguage ?? i18n.language);
  if (outcome.kind === 'response' && description === undefined) return null;
  const code = outcome.kind === 'response' ? outcome.response.status : undefined;
  const failed = code === undefined || isError(code);
  const tone = code === undefined ? 'network' : (getStatusClass(code) ?? 'unknown');
  return (
    <div
      className={`toast toast-${tone}`}
      role={failed ? 'alert' : 'status'}
      data-testid="toast"
      dir={description?.direction}
      lang={description?.locale}
    >
      {outcome.kind === 'response' && description !== undefined ? (
        <>
          <p className="toast-title">
            <span className="toast-code">{code}</span> {description.title}
          </p>
          <p className="toast-message">{description.message}</p>
          <p className="toast-class">{t(`class.${getStatusClass(code) ?? '5xx'}.name`)}</p>
          {/* Which server answered: the example API when it runs, else the demo's own. */}
          <p className="toast-source" dir="ltr">
            <code>GET {outcome.url}</code>
          </p>
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
