/**
 * CORS. Reads are public: every GET/HEAD answers Access-Control-Allow-Origin: *.
 * Writes are not: a preflight for a write (or for a request carrying
 * Authorization) is answered only for website origins registered to some
 * organisation, and the write itself is then checked against the token's
 * organisation (require-editor.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { normaliseOrigin } from '../store/organizations.js';
import type { AppContext } from './context.js';
import { HttpProblem } from './problem.js';

const EXPOSE = 'ETag, Location, Retry-After, WWW-Authenticate';
const READ_HEADERS = 'Accept, Accept-Language, If-None-Match, Cache-Control';
const WRITE_HEADERS = 'Authorization, If-Match, If-None-Match, Content-Type, Accept, Accept-Language';

function registered(ctx: AppContext, origin: string | undefined): string | undefined {
  if (origin === undefined) return undefined;
  const normalised = normaliseOrigin(origin);
  return normalised && ctx.catalogue.organizations.isRegisteredOrigin(normalised) ? origin : undefined;
}

export function installCors(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (request.method === 'OPTIONS') return payload;
    if (request.method === 'GET' || request.method === 'HEAD') {
      reply.header('Access-Control-Allow-Origin', '*');
      reply.header('Access-Control-Expose-Headers', EXPOSE);
      return payload;
    }
    const origin = registered(ctx, request.headers.origin);
    if (origin) {
      reply.header('Access-Control-Allow-Origin', origin);
      reply.header('Access-Control-Expose-Headers', EXPOSE);
      reply.header('Vary', 'Origin');
    }
    return payload;
  });
}

/** Preflight answers for everything under the API prefix. */
export function preflightRoute(api: FastifyInstance, ctx: AppContext): void {
  api.options('/*', async (request, reply) => {
    const method = String(request.headers['access-control-request-method'] ?? '').toUpperCase();
    const requested = String(request.headers['access-control-request-headers'] ?? '').toLowerCase();
    const isRead = (method === 'GET' || method === 'HEAD') && !requested.includes('authorization');
    reply.header('Vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers');
    if (isRead) {
      return reply
        .code(204)
        .header('Access-Control-Allow-Origin', '*')
        .header('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS')
        .header('Access-Control-Allow-Headers', READ_HEADERS)
        .header('Access-Control-Max-Age', '600')
        .send();
    }
    const origin = registered(ctx, request.headers.origin);
    if (!origin) {
      throw new HttpProblem(
        403,
        'origin_not_registered',
        'This website is not registered with the catalogue, so it cannot make changes. ' +
          "Ask the catalogue's administrator to add it.",
      );
    }
    return reply
      .code(204)
      .header('Access-Control-Allow-Origin', origin)
      .header('Access-Control-Allow-Methods', 'GET, HEAD, POST, PUT, OPTIONS')
      .header('Access-Control-Allow-Headers', WRITE_HEADERS)
      .header('Access-Control-Expose-Headers', EXPOSE)
      .header('Access-Control-Max-Age', '600')
      .send();
  });
}
