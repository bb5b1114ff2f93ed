import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHydrated } from '../hydrated';
import { type Outcome, StatusToast } from './StatusToast';

const QUICK_CODES = [200, 201, 304, 400, 401, 403, 404, 409, 422, 429, 477, 500, 502, 503, 599];

/** Real requests to endpoints that answer with the chosen status, and the message an app shows. */
export function Playground() {
  const { t } = useTranslation();
  const inputId = useId();
  const [code, setCode] = useState('409');
  const [outcome, setOutcome] = useState<Outcome>();
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  const idle = hydrated && !pending;

  async function request(path: string) {
    setPending(true);
    try {
      const response = await fetch(path, { cache: 'no-store' });
      setOutcome({ kind: 'status', code: response.status });
    } catch {
      setOutcome({ kind: 'network-failure' });
    } finally {
      setPending(false);
    }
  }

  const valid = /^[2-5]\d\d$/.test(code);
  return (
    <section aria-labelledby="playground-heading" className="playground">
      <h2 id="playground-heading">{t('ui.playground')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) void request(`/api/status/${code}`);
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
              void request(`/api/status/${quick}`);
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
          onClick={() => void request('/api/network-failure')}
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
