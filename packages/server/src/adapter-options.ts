import type { Translator } from '@http-status-i18n/core';

/** What every framework adapter takes. */
export interface ProblemHandlerOptions {
  readonly translator: Translator;
  /**
   * Called with each error answered with a 5xx, for your logs: the client sees only the
   * localized message, never the error's message or stack.
   */
  readonly onServerError?: ((error: unknown) => void) | undefined;
}

/** Calls the logger for a 5xx; a throwing logger must not turn one error response into none. */
export function reportServerError(
  options: ProblemHandlerOptions,
  status: number,
  error: unknown,
): void {
  if (status < 500 || typeof options.onServerError !== 'function') return;
  try {
    options.onServerError(error);
  } catch {
    // The response still goes out; the logger's own failure is not the client's business.
  }
}
