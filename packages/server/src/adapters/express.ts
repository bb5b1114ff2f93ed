import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ProblemHandlerOptions, reportServerError } from '../adapter-options.js';
import { problemDetails, statusOfError } from '../problem-details.js';
import { writeProblemResponse } from './node.js';

export type { ProblemHandlerOptions } from '../adapter-options.js';

type Next = (error?: unknown) => void;

/**
 * Express 5 error middleware (register it last): answers an error with localized problem
 * details, its status from the error's `status` or `statusCode` (4xx, 5xx; http-errors,
 * body-parser), else 500, with body-parser's size limit in a 413. The error's message is never
 * shown to the client.
 */
export function problemDetailsErrorHandler(options: ProblemHandlerOptions) {
  return (error: unknown, request: IncomingMessage, response: ServerResponse, next: Next) => {
    // Express's own handler closes a response that has begun; a problem cannot be sent then.
    if (response.headersSent) return next(error);
    const status = statusOfError(error);
    reportServerError(options, status, error);
    writeProblemResponse(
      response,
      problemDetails(status, { translator: options.translator, request, error }),
    );
  };
}

/** Express middleware for requests no route answered (register it after the routes): 404. */
export function problemDetailsNotFound(options: ProblemHandlerOptions) {
  return (request: IncomingMessage, response: ServerResponse, _next?: Next) => {
    writeProblemResponse(
      response,
      problemDetails(404, { translator: options.translator, request }),
    );
  };
}
