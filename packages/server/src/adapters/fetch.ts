import { type ProblemHandlerOptions, reportServerError } from '../adapter-options.js';
import {
  assertStatusCode,
  type ProblemDetailsOptions,
  type ProblemResponse,
  problemDetails,
  statusOfError,
} from '../problem-details.js';

export type { ProblemHandlerOptions } from '../adapter-options.js';

/** Options of `problemDetailsResponse`: those of `problemDetails`, with the Web `Request`. */
export type ProblemResponseOptions = Omit<ProblemDetailsOptions, 'request'> & {
  readonly request?: Request | undefined;
};

/** A built problem response as a Web `Response`. */
export function toResponse(problem: ProblemResponse): Response {
  return new Response(problem.body === undefined ? null : JSON.stringify(problem.body), {
    status: problem.status,
    statusText: problem.statusText,
    headers: problem.headers,
  });
}

/**
 * A Web `Response` with localized problem details, for Next.js route handlers, Bun, Deno and
 * Workers. Refuses (TypeError) a code outside 100–599, and any 1xx, which a `Response` cannot be.
 */
export function problemDetailsResponse(code: number, options: ProblemResponseOptions): Response {
  assertStatusCode(code, 'problemDetailsResponse');
  if (code < 200) {
    throw new TypeError(
      `problemDetailsResponse: ${code} is an interim (1xx) status; a Response cannot carry it.`,
    );
  }
  return toResponse(problemDetails(code, options));
}

/**
 * Wraps a `Request → Response` handler: an error it throws is answered with problem details,
 * its status from the error's `status` or `statusCode` (4xx, 5xx), else 500.
 */
export function withProblemDetails<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Response | Promise<Response>,
  options: ProblemHandlerOptions,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    try {
      return await handler(request, ...rest);
    } catch (error) {
      const status = statusOfError(error);
      reportServerError(options, status, error);
      return toResponse(problemDetails(status, { translator: options.translator, request, error }));
    }
  };
}
