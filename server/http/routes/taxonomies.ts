/** GET /taxonomies(/{id}) and GET /taxonomy_terms(/{id}). */
import type { FastifyInstance } from 'fastify';
import { scalarFields } from '../../domain/json-shape.js';
import type { AppContext } from '../context.js';
import { HttpProblem } from '../problem.js';
import { boolParam, envelope, pageParams, param } from '../query.js';
import { sendCachedJson, sendJson } from '../send-json.js';

export function taxonomyRoutes(api: FastifyInstance, ctx: AppContext): void {
  const { taxonomies } = ctx.catalogue;

  api.get('/taxonomies', async (request, reply) => {
    const page = pageParams(request);
    const search = param(request, 'search');
    const { total, rows } = taxonomies.listTaxonomies({
      ...(search ? { search } : {}),
      limit: page.limit,
      offset: page.offset,
    });
    return sendJson(request, reply, envelope(total, page, rows.map(scalarFields)));
  });

  api.get<{ Params: { id: string } }>('/taxonomies/:id', async (request, reply) => {
    const taxonomy = taxonomies.getTaxonomy(request.params.id);
    if (!taxonomy) throw new HttpProblem(404, 'not_found', 'There is no taxonomy with this id in the catalogue.');
    return sendJson(request, reply, { ...taxonomy, taxonomy_terms: taxonomies.termsOf(request.params.id) });
  });

  api.get('/taxonomy_terms', async (request, reply) => {
    const page = pageParams(request);
    const search = param(request, 'search');
    const taxonomyId = param(request, 'taxonomy_id');
    const parentId = param(request, 'parent_id');
    const topOnly = boolParam(request, 'top_only');
    const organizationId = param(request, 'organization_id');
    return sendCachedJson(ctx.answers, request, reply, () => {
      const { total, rows } = taxonomies.listTerms({
        ...(search ? { search } : {}),
        ...(taxonomyId ? { taxonomyId } : {}),
        ...(parentId ? { parentId } : {}),
        topOnly,
        ...(organizationId ? { organizationId } : {}),
        limit: page.limit,
        offset: page.offset,
      });
      return { text: JSON.stringify(envelope(total, page, rows)) };
    });
  });

  api.get<{ Params: { id: string } }>('/taxonomy_terms/:id', async (request, reply) => {
    const term = taxonomies.getTerm(request.params.id);
    if (!term) throw new HttpProblem(404, 'not_found', 'There is no taxonomy term with this id in the catalogue.');
    return sendJson(request, reply, term);
  });
}
