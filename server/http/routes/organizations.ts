/** GET /organizations and GET /organizations/{id}. */
import type { FastifyInstance } from 'fastify';
import { scalarFields } from '../../domain/json-shape.js';
import type { AppContext } from '../context.js';
import { HttpProblem } from '../problem.js';
import { boolParam, envelope, pageParams, param } from '../query.js';
import { sendJson } from '../send-json.js';
import { serviceFull, serviceListItem } from '../views.js';

export function organizationRoutes(api: FastifyInstance, ctx: AppContext): void {
  const { organizations, services } = ctx.catalogue;

  api.get('/organizations', async (request, reply) => {
    const full = boolParam(request, 'full');
    const fullService = boolParam(request, 'full_service');
    const page = pageParams(request);
    const search = param(request, 'search');
    const { total, rows } = organizations.list({
      ...(search ? { search } : {}),
      limit: page.limit,
      offset: page.offset,
    });
    const contents = rows.map((o) => {
      if (fullService) {
        return { ...o.doc, services: services.list({ organizationId: o.id }, 10000, 0).rows.map(serviceFull) };
      }
      return full ? o.doc : scalarFields(o.doc);
    });
    return sendJson(request, reply, envelope(total, page, contents));
  });

  api.get<{ Params: { id: string } }>('/organizations/:id', async (request, reply) => {
    const org = organizations.get(request.params.id);
    if (!org) throw new HttpProblem(404, 'not_found', 'There is no organisation with this id in the catalogue.');
    const fullService = boolParam(request, 'full_service');
    const rows = services.list({ organizationId: org.id }, 10000, 0).rows;
    return sendJson(request, reply, { ...org.doc, services: rows.map(fullService ? serviceFull : serviceListItem) });
  });
}
