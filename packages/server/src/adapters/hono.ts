import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { type ProblemHandlerOptions, reportServerError } from '../adapter-options.js';
import { type ProblemResponse, problemDetails, statusOfError } from '../problem-details.js';
import { toResponse } from './fetch.js';

export type { ProblemHandlerOptions } from '../adapter-options.js';

function respond(context: Context, problem: ProblemResponse): Response {
  // @hono/node-server writes node's phrases (413 "Payload Too Large"), not the Response's
  // statusText; on node, the outgoing message takes RFC 9110's phrase directly.
  const outgoing: unknown = (context.env as { outgoing?: unknown } | undefined)?.outgoing;
  if (
    problem.statusText !== '' &&
    typeof outgoing === 'object' &&
    outgoing !== null &&
    'statusMessage' in outgoing
  ) {
    (outgoing as { statusMessage: string }).statusMessage = problem.statusText;
  }
  return toResponse(problem);
}

/**
 * Hono 4 `app.onError` handler: localized problem details, the status from an `HTTPException`
 * (or an error's `status` / `statusCode`, 4xx, 5xx), else 500. An `HTTPException` created with
 * its own response is answered with that response.
 */
export function problemDetailsErrorHandler(options: ProblemHandlerOptions): ErrorHandler {
  return (error, context) => {
    const own: unknown = (error as { res?: unknown }).res;
    if (own instanceof Response) return own;
    const status = statusOfError(error);
    reportServerError(options, status, error);
    return respond(
      context,
      problemDetails(status, { translator: options.translator, request: context.req.raw, error }),
    );
  };
}

/** Hono 4 `app.notFound` handler: a localized 404 problem. */
export function problemDetailsNotFound(options: ProblemHandlerOptions): NotFoundHandler {
  return (context) =>
    respond(
      context,
      problemDetails(404, { translator: options.translator, request: context.req.raw }),
    );
}
