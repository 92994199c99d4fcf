/** POST /auth/token: sign in with email and password, get a bearer token. */
import type { FastifyInstance } from 'fastify';
import { isObject } from '../../domain/json-shape.js';
import { dummyHash, verifyPassword } from '../../domain/passwords.js';
import { normaliseOrigin } from '../../store/organizations.js';
import type { AppContext } from '../context.js';
import { HttpProblem } from '../problem.js';

function originRefused(origin: string): HttpProblem {
  return new HttpProblem(
    403,
    'origin_not_registered',
    `This website (${origin}) is not registered with the catalogue for your organisation, so you cannot sign in ` +
      `here. Ask the catalogue's administrator to add it.`,
  );
}

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

export function authRoutes(api: FastifyInstance, ctx: AppContext): void {
  const { accounts, organizations } = ctx.catalogue;

  api.post('/auth/token', async (request, reply) => {
    const body = request.body;
    const email = isObject(body) && typeof body.email === 'string' ? body.email.trim() : '';
    const password = isObject(body) && typeof body.password === 'string' ? body.password : '';
    if (email === '' || password === '' || email.length > 320 || password.length > 1024) {
      throw new HttpProblem(
        400,
        'invalid_sign_in_request',
        'Send your email address and password as JSON, like {"email": "name@example.org", "password": "…"}.',
      );
    }
    // A browser page may sign in only from a website registered with the catalogue (as for writes:
    // require-editor.ts). Requests without an Origin (scripts, the CLI) are not browser pages.
    const origin = request.headers.origin;
    const site = origin === undefined ? undefined : normaliseOrigin(origin);
    if (origin !== undefined && (!site || !organizations.isRegisteredOrigin(site))) throw originRefused(origin);
    const now = Date.now();
    const recent = accounts.failuresSince(email, now - FAILURE_WINDOW_MS);
    if (recent.count >= MAX_FAILURES) {
      const retryAfter = Math.max(1, Math.ceil(((recent.oldest ?? now) + FAILURE_WINDOW_MS - now) / 1000));
      throw new HttpProblem(
        429,
        'too_many_sign_in_attempts',
        'There have been too many attempts to sign in with this email address. ' +
          `Wait ${Math.ceil(retryAfter / 60)} minutes, then try again.`,
        { retry_after: retryAfter },
        { 'Retry-After': String(retryAfter) },
      );
    }
    // Count the attempt before checking the password, so parallel guesses cannot slip past the limit.
    accounts.recordFailure(email, now);
    const editor = accounts.findEditor(email);
    const ok = editor
      ? await verifyPassword(password, editor.passwordHash)
      : (await verifyPassword(password, await dummyHash()), false);
    if (!editor || !ok) {
      throw new HttpProblem(
        401,
        'sign_in_failed',
        'The email address or password is not right. Check them and try again.',
      );
    }
    // The right password from another organisation's website: no token for this page.
    if (origin !== undefined && (!site || !organizations.isOriginOf(editor.organizationId, site)))
      throw originRefused(origin);
    accounts.clearFailures(email);
    const { token } = accounts.issueToken(editor, ctx.config.tokenTtlSeconds);
    return reply.header('Cache-Control', 'no-store').send({
      access_token: token,
      token_type: 'Bearer',
      expires_in: ctx.config.tokenTtlSeconds,
      organization_id: editor.organizationId,
    });
  });
}
