import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHydrated } from '../hydrated';
import { requestStatus, statusApi } from '../status-source';
import { type Outcome, StatusToast } from './StatusToast';

const QUICK_CODES = [200, 201, 304, 400, 401, 403, 404, 409, 422, 429, 477, 500, 502, 503, 599];

/** The demo server drops this request: what an app meets when the network fails. */
async function networkFailure(): Promise<Outcome> {
  const response = await fetch('/api/network-failure', { cache: 'no-store' });
  return { kind: 'response', url: response.url, response };
}

/**
 * Real requests to endpoints that answer with the chosen status, and the message an app shows:
 * the example API's localized problem details when it runs (`npm run api`), else the demo
 * server's own endpoints.
 */
export function Playground() {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const [code, setCode] = useState('409');
  const [outcome, setOutcome] = useState<Outcome>();
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  const idle = hydrated && !pending;

  // Asked once the page runs, so that the first request does not wait for the probe.
  useEffect(() => void statusApi(), []);

  async function send(request: () => Promise<Outcome>) {
    setPending(true);
    try {
      setOutcome(await request());
    } catch {
      setOutcome({ kind: 'network-failure' });
    } finally {
      setPending(false);
    }
  }

  const requestCode = (status: number) =>
    send(async () => ({
      kind: 'response',
      ...(await requestStatus(status, i18n.resolvedLanguage ?? i18n.language)),
    }));

  const valid = /^[2-5]\d\d$/.test(code);
  return (
    <section aria-labelledby="playground-heading" className="playground">
      <h2 id="playground-heading">{t('ui.playground')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) void requestCode(Number(code));
        }}
      >
        <label htmlFor={inputId}>{t('ui.statusCode')}</label>
        <input
          id={inputId}
          inputMode="numeric"
          pattern="[2-5][0-9]{2}"
          maxLength={3}
          value={code}
          onChange={(event) => setCode(event.target.value.trim())}
          aria-invalid={!valid}
          disabled={!hydrated}
        />
        <button type="submit" disabled={!valid || !idle}>
          {t('ui.send')}
        </button>
      </form>
      <div className="quick-codes">
        {QUICK_CODES.map((quick) => (
          <button
            key={quick}
            type="button"
            disabled={!idle}
            onClick={() => {
              setCode(String(quick));
              void requestCode(quick);
            }}
          >
            {quick}
          </button>
        ))}
        <button
          type="button"
          className="network-failure"
          disabled={!idle}
          aria-label={t('ui.networkError')}
          onClick={() => void send(networkFailure)}
        >
          ⚡︎
        </button>
      </div>
      <div aria-live="polite">
        {outcome && <StatusToast outcome={outcome} onDismiss={() => setOutcome(undefined)} />}
      </div>
    </section>
  );
}
