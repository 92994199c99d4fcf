/** GET /service_at_locations and GET /service_at_locations/{id}. */
import type { FastifyInstance } from 'fastify';
import { postcodeOutward } from '../../store/services.js';
import type { AppContext } from '../context.js';
import { HttpProblem } from '../problem.js';
import { boolParam, envelope, pageParams, param } from '../query.js';
import { sendJson } from '../send-json.js';
import { locationLinkItem } from '../views.js';
import { NO_MATCH, serviceFilter } from './services-read.js';

export function serviceAtLocationRoutes(api: FastifyInstance, ctx: AppContext): void {
  const { services } = ctx.catalogue;

  api.get('/service_at_locations', async (request, reply) => {
    const full = boolParam(request, 'full');
    const page = pageParams(request);
    if (param(request, 'proximity') !== undefined) {
      throw new HttpProblem(
        400,
        'unsupported_parameter',
        'This catalogue does not support proximity search. Use postcode to find services in a postcode district.',
        {
          parameter: 'proximity',
        },
      );
    }
    const filter = serviceFilter(request);
    if (filter === NO_MATCH) return sendJson(request, reply, envelope(0, page, []));
    const postcode = param(request, 'postcode');
    let outward: string | undefined;
    if (postcode !== undefined) {
      outward = postcodeOutward(postcode) ?? postcodeOutward(`${postcode}1AA`);
      if (!outward) {
        throw new HttpProblem(
          400,
          'invalid_parameter',
          'postcode must be a UK postcode or postcode district, like HX1 1QE or HX1.',
          {
            parameter: 'postcode',
          },
        );
      }
    }
    const { total, rows } = services.listLocationLinks(
      { ...filter, ...(outward ? { postcodeOutward: outward } : {}) },
      page.limit,
      page.offset,
    );
    return sendJson(
      request,
      reply,
      envelope(
        total,
        page,
        rows.map((r) => locationLinkItem(r.sal, r.service, full)),
      ),
    );
  });

  api.get<{ Params: { id: string } }>('/service_at_locations/:id', async (request, reply) => {
    const found = services.getLocationLink(request.params.id);
    if (!found)
      throw new HttpProblem(404, 'not_found', 'There is no service at location with this id in the catalogue.');
    return sendJson(request, reply, locationLinkItem(found.sal, found.service, true));
  });
}
