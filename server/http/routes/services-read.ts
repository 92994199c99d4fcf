/** GET /services and GET /services/{id}. */
import type { FastifyInstance } from 'fastify';
import { toFtsQuery } from '../../domain/search-query.js';
import type { ServiceFilter, ServiceListShape } from '../../store/services.js';
import type { AppContext } from '../context.js';
import { HttpProblem } from '../problem.js';
import { boolParam, dateTimeParam, envelopeJson, formatParam, MINIMAL_PER_PAGE, pageParams, param } from '../query.js';
import type { FastifyRequest } from 'fastify';
import { sendCachedJson } from '../send-json.js';

export const NO_MATCH = Symbol('no searchable words');

/** The filters shared by /services and /service_at_locations, or NO_MATCH when the search has no words in it. */
export function serviceFilter(request: FastifyRequest): ServiceFilter | typeof NO_MATCH {
  const search = param(request, 'search');
  const fts = search === undefined ? undefined : toFtsQuery(search);
  if (search !== undefined && fts === undefined) return NO_MATCH;
  const filter: ServiceFilter = {};
  if (fts) filter.fts = fts;
  const termId = param(request, 'taxonomy_term_id');
  if (termId) filter.taxonomyTermId = termId;
  const taxonomyId = param(request, 'taxonomy_id');
  if (taxonomyId) filter.taxonomyId = taxonomyId;
  const organizationId = param(request, 'organization_id');
  if (organizationId) filter.organizationId = organizationId;
  const modifiedAfter = dateTimeParam(request, 'modified_after');
  if (modifiedAfter) filter.modifiedAfter = modifiedAfter;
  return filter;
}

export function serviceReadRoutes(api: FastifyInstance, ctx: AppContext): void {
  const { services } = ctx.catalogue;

  api.get('/services', async (request, reply) => {
    const minimal = boolParam(request, 'minimal');
    const full = boolParam(request, 'full');
    if (minimal && full) {
      throw new HttpProblem(400, 'invalid_parameter', 'Ask for either minimal=true or full=true, not both.', {
        parameter: 'minimal',
      });
    }
    const format = formatParam(request);
    const page = pageParams(request, minimal ? { defaultPerPage: MINIMAL_PER_PAGE, maxPerPage: MINIMAL_PER_PAGE } : {});
    const filter = serviceFilter(request);
    const shape: ServiceListShape = minimal ? 'minimal' : full ? 'full' : 'item';
    // Items are stored as JSON text; the answer is joined from them without parsing.
    return sendCachedJson(ctx.answers, request, reply, () => {
      if (format === 'ndjson') {
        const lines = filter === NO_MATCH ? [] : services.allJson(filter, shape);
        return { text: lines.map((l) => `${l}\n`).join(''), contentType: 'application/x-ndjson; charset=utf-8' };
      }
      if (filter === NO_MATCH) return { text: envelopeJson(0, page, []) };
      const { total, items } = services.listJson(filter, shape, page.limit, page.offset);
      return { text: envelopeJson(total, page, items) };
    });
  });

  api.get<{ Params: { id: string } }>('/services/:id', async (request, reply) => {
    return sendCachedJson(ctx.answers, request, reply, () => {
      const stored = services.get(request.params.id);
      if (!stored) throw new HttpProblem(404, 'not_found', 'There is no service with this id in the catalogue.');
      return { text: stored.doc, etag: stored.etag };
    });
  });
}
