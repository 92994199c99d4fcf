/**
 * The onRequest hook of every write route: a valid bearer token (401
 * otherwise) and, when the browser sent an Origin, a website origin registered
 * for the token's organisation (403 otherwise). Runs before the body is read.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { normaliseOrigin } from '../store/organizations.js';
import type { AppContext } from './context.js';
import { HttpProblem } from './problem.js';

const BEARER = /^Bearer[ \t]+([A-Za-z0-9\-._~+/]+=*)[ \t]*$/i;

export function requireEditor(ctx: AppContext) {
  const { accounts, organizations } = ctx.catalogue;
  return async function (request: FastifyRequest, _reply: FastifyReply): Promise<void> {
    const header = request.headers.authorization;
    if (header === undefined || header.trim() === '') {
      throw new HttpProblem(
        401,
        'token_missing',
        'Sign in first: this request needs an access token in the Authorization header.',
        {},
        {
          'WWW-Authenticate': 'Bearer realm="catalogue"',
        },
      );
    }
    const match = BEARER.exec(header);
    const owner = match ? accounts.verifyToken(match[1]!) : undefined;
    if (!owner) {
      throw new HttpProblem(
        401,
        'token_invalid',
        'Your sign-in has expired or is not valid. Sign in again.',
        {},
        {
          'WWW-Authenticate': 'Bearer realm="catalogue", error="invalid_token"',
        },
      );
    }
    const origin = request.headers.origin;
    if (origin !== undefined) {
      const normalised = normaliseOrigin(origin);
      if (!normalised || !organizations.isOriginOf(owner.organizationId, normalised)) {
        const org = organizations.get(owner.organizationId);
        throw new HttpProblem(
          403,
          'origin_not_registered',
          `This website (${origin}) is not registered to make changes for ${org?.name ?? 'your organisation'}. ` +
            `Ask the catalogue's administrator to add it.`,
        );
      }
    }
    request.editor = owner;
  };
}
