import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ProblemHandlerOptions, reportServerError } from '../adapter-options.js';
import {
  assertStatusCode,
  type ProblemDetailsOptions,
  type ProblemResponse,
  problemDetails,
  statusOfError,
} from '../problem-details.js';

export type { ProblemHandlerOptions } from '../adapter-options.js';

/** Options of `sendProblemDetails`: everything of `problemDetails` but what the request says. */
export type SendProblemOptions = Omit<
  ProblemDetailsOptions,
  'request' | 'acceptLanguage' | 'method'
>;

/** Writes a built problem response to node's `ServerResponse` (also Express's and Fastify's raw one). */
export function writeProblemResponse(response: ServerResponse, problem: ProblemResponse): void {
  if (response.headersSent) {
    // Too late for a status: cut the connection so the client sees a failure, not a truncated success.
    response.destroy();
    return;
  }
  // Without this, node would write its own phrases (413 "Payload Too Large"), not RFC 9110's.
  if (problem.statusText !== '') response.statusMessage = problem.statusText;
  response.statusCode = problem.status;
  for (const [name, value] of Object.entries(problem.headers)) response.setHeader(name, value);
  if (problem.body === undefined) {
    response.removeHeader('content-type');
    response.end();
    return;
  }
  const json = JSON.stringify(problem.body);
  response.setHeader('content-length', Buffer.byteLength(json));
  response.end(json);
}

/**
 * Answers a node:http request with localized problem details. Refuses (TypeError) a code
 * outside 100–599, and any 1xx: node would send it as the final response, and the client would
 * wait for another.
 */
export function sendProblemDetails(
  request: IncomingMessage,
  response: ServerResponse,
  code: number,
  options: SendProblemOptions,
): void {
  assertStatusCode(code, 'sendProblemDetails');
  if (code < 200) {
    throw new TypeError(
      `sendProblemDetails: ${code} is an interim (1xx) status and cannot end a response; use response.writeEarlyHints() or writeContinue().`,
    );
  }
  writeProblemResponse(response, problemDetails(code, { ...options, request }));
}

/**
 * Wraps a node:http request listener: an error it throws (or a promise it rejects with) is
 * answered with problem details, its status taken from the error's `status` or `statusCode`
 * (4xx, 5xx), else 500.
 */
export function withProblemDetails(
  listener: (request: IncomingMessage, response: ServerResponse) => unknown,
  options: ProblemHandlerOptions,
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    try {
      await listener(request, response);
    } catch (error) {
      const status = statusOfError(error);
      reportServerError(options, status, error);
      writeProblemResponse(
        response,
        problemDetails(status, { translator: options.translator, request, error }),
      );
    }
  };
}
