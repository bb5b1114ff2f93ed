import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type ProblemHandlerOptions, reportServerError } from '../adapter-options.js';
import { type ProblemResponse, problemDetails, statusOfError } from '../problem-details.js';

export type { ProblemHandlerOptions } from '../adapter-options.js';

function send(reply: FastifyReply, problem: ProblemResponse): FastifyReply {
  // Fastify writes node's phrases (413 "Payload Too Large"); the status line takes RFC 9110's.
  if (problem.statusText !== '') reply.raw.statusMessage = problem.statusText;
  reply.code(problem.status).headers(problem.headers);
  if (problem.body === undefined) {
    reply.removeHeader('content-type');
    return reply.send();
  }
  // A Buffer, not a string: Fastify would add "; charset=utf-8", a parameter JSON does not
  // define (RFC 8259 §11).
  return reply.send(Buffer.from(JSON.stringify(problem.body)));
}

/**
 * Fastify 5 plugin: `setErrorHandler` and `setNotFoundHandler` answering with localized problem
 * details. Registered on the root instance, it covers every route, as fastify-plugin would make
 * it (without depending on it). A 5xx is logged with `request.log`; no error's message reaches
 * the client (a validation error gets the localized 400 text, not the schema's English).
 */
export function problemDetailsPlugin(
  fastify: FastifyInstance,
  options: ProblemHandlerOptions,
  done: (error?: Error) => void,
): void {
  const { translator } = options;
  fastify.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const status = statusOfError(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    reportServerError(options, status, error);
    return send(reply, problemDetails(status, { translator, request: request.raw, error }));
  });
  fastify.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) =>
    send(reply, problemDetails(404, { translator, request: request.raw })),
  );
  done();
}

// What fastify-plugin sets: apply to the instance it is registered on, not an encapsulated child.
Object.assign(problemDetailsPlugin, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: '@http-status-i18n/server',
});
