/** GET / (what this API is, and where to write) and GET /openapi.json. */
import type { FastifyInstance } from 'fastify';
import { apiBase } from '../base-url.js';
import { openApiDocument } from '../../openapi/document.js';
import { sendJson } from '../send-json.js';

export const PROFILE_URL = 'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md';

export function metaRoutes(api: FastifyInstance): void {
  api.get('/', async (request, reply) => {
    const base = apiBase(request);
    return sendJson(request, reply, {
      version: 'HSDS-UK-3.0',
      profile: PROFILE_URL,
      openapi_url: `${base}/openapi.json`,
      write_api: { version: '1', token_url: `${base}/auth/token` },
    });
  });

  api.get('/openapi.json', async (request, reply) => sendJson(request, reply, openApiDocument(apiBase(request))));
}
