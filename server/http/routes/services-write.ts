/**
 * The write extension: POST /services, PUT /services/{id} and
 * GET /services/{id}/history. Every write is one SQLite transaction
 * (BEGIN IMMEDIATE) holding the If-Match check and the write together.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ifMatchHits } from '../../domain/etag.js';
import { isUuid, newId } from '../../domain/ids.js';
import { depthExceeds, isObject, longArrayPath, type JsonObject } from '../../domain/json-shape.js';
import { withServerFields, type ServiceDocument } from '../../domain/service-document.js';
import type { TokenOwner } from '../../store/accounts.js';
import type { StoredService } from '../../store/services.js';
import { validateAgainst } from '../../validation/oruk-schemas.js';
import { fieldProblem, toFieldProblems, type FieldProblem } from '../../validation/problems.js';
import { UNKNOWN_FIELD_HELP, unknownFields } from '../../validation/unknown-fields.js';
import { apiBase } from '../base-url.js';
import type { AppContext } from '../context.js';
import { HttpProblem } from '../problem.js';
import { requireEditor } from '../require-editor.js';
import { sendJson } from '../send-json.js';
import { holdWriteIfAsked } from '../test-hooks.js';

/** Deeper than any real service (about 8 levels); stops hostile nesting before it costs anything. */
const MAX_DEPTH = 32;
/** More items than any one service needs in one list (a national service's locations included). */
const MAX_ITEMS = 1000;

function editorOf(request: FastifyRequest): TokenOwner {
  if (!request.editor)
    throw new HttpProblem(401, 'token_missing', 'Sign in first: this request needs an access token.');
  return request.editor;
}

function bodyObject(request: FastifyRequest): JsonObject {
  const body = request.body;
  if (!isObject(body)) {
    throw new HttpProblem(
      400,
      'body_not_object',
      'Send the service as one JSON object, like {"id": "…", "name": "…", "status": "active"}.',
    );
  }
  if (depthExceeds(body, MAX_DEPTH)) {
    throw new HttpProblem(
      400,
      'body_too_deep',
      `The service is nested more than ${MAX_DEPTH} levels deep, which no ORUK service needs.`,
    );
  }
  const long = longArrayPath(body, MAX_ITEMS);
  if (long !== undefined) {
    throw new HttpProblem(
      400,
      'array_too_long',
      `The list ${long || '(the body)'} has more than ${MAX_ITEMS} items, more than a service can hold. ` +
        'Split the service, or remove items.',
      {
        path: long,
      },
    );
  }
  return body;
}

function notFound(): HttpProblem {
  return new HttpProblem(404, 'not_found', 'There is no service with this id in the catalogue.');
}

function otherOrganisation(): HttpProblem {
  return new HttpProblem(
    403,
    'service_of_other_organization',
    'This service belongs to another organisation, so you cannot change it.',
  );
}

function stale(current: StoredService): HttpProblem {
  return new HttpProblem(
    412,
    'stale_etag',
    'Someone else saved a change to this service after you opened it. ' +
      'Compare your changes with theirs, then save again.',
    { current: JSON.parse(current.doc) as unknown, current_etag: current.etag },
    { ETag: current.etag },
  );
}

function invalid(errors: FieldProblem[]): HttpProblem {
  const n = errors.length;
  const help = errors.some((e) => e.key === 'field.unknown') ? ` ${UNKNOWN_FIELD_HELP}` : '';
  return new HttpProblem(
    422,
    'invalid_service',
    `The service cannot be saved: ${n === 1 ? 'there is 1 problem' : `there are ${n} problems`} to fix.${help}`,
    { errors },
  );
}

/** Applies the server's fields and checks the result against the official ORUK 3.0 service schema. */
function prepare(ctx: AppContext, input: JsonObject, organizationId: string): ServiceDocument {
  const org = ctx.catalogue.organizations.summary(organizationId);
  const doc = withServerFields(input, org, new Date().toISOString());
  // The nested organization is the catalogue's own record (withServerFields), not what was sent.
  const problems = [
    ...toFieldProblems(validateAgainst('service', doc)),
    ...unknownFields('service', input, new Set(['organization'])),
  ];
  if (problems.length > 0) throw invalid(problems);
  return doc;
}

function checkLocationLinks(ctx: AppContext, doc: ServiceDocument): void {
  const sals = Array.isArray(doc.service_at_locations) ? doc.service_at_locations : [];
  const ids = sals.map((s) => (isObject(s) && typeof s.id === 'string' ? s.id : ''));
  const taken = new Set(
    ctx.catalogue.services.locationLinksUsedElsewhere(
      doc.id,
      ids.filter((id) => id !== ''),
    ),
  );
  const seen = new Set<string>();
  const errors: FieldProblem[] = [];
  ids.forEach((id, i) => {
    if (id === '') return;
    if (taken.has(id) || seen.has(id)) errors.push(fieldProblem(`service_at_locations.${i}.id`, 'id.taken'));
    seen.add(id);
  });
  if (errors.length > 0) throw invalid(errors);
}

function sendStored(reply: import('fastify').FastifyReply, stored: StoredService, status = 200) {
  return reply
    .code(status)
    .header('ETag', stored.etag)
    .header('Cache-Control', 'no-store')
    .type('application/json; charset=utf-8')
    .send(stored.doc);
}

export function serviceWriteRoutes(api: FastifyInstance, ctx: AppContext): void {
  const { db, services } = ctx.catalogue;
  const onRequest = requireEditor(ctx);

  api.put<{ Params: { id: string } }>('/services/:id', { onRequest }, async (request, reply) => {
    const editor = editorOf(request);
    const ifMatch = request.headers['if-match'];
    if (ifMatch === undefined || ifMatch.trim() === '') {
      throw new HttpProblem(
        428,
        'if_match_missing',
        "Send the If-Match header with the ETag of the service as you last read it, so that no one else's " +
          'change is overwritten.',
      );
    }
    const id = request.params.id;
    const input = { ...bodyObject(request) };
    input.id ??= id;
    if (input.id !== id) {
      throw new HttpProblem(
        400,
        'id_mismatch',
        `The id in the body (${String(input.id)}) is not the id in the address (${id}).`,
      );
    }
    const existing = services.get(id);
    if (!existing) throw notFound();
    if (existing.organizationId !== editor.organizationId) throw otherOrganisation();
    input.organization_id ??= editor.organizationId;
    if (input.organization_id !== editor.organizationId) {
      throw new HttpProblem(
        403,
        'organization_not_yours',
        'The service names another organisation in organization_id. ' +
          'You can only save services for your own organisation.',
      );
    }
    if (!ifMatchHits(ifMatch, existing.etag)) throw stale(existing);
    const doc = prepare(ctx, input, editor.organizationId);
    await holdWriteIfAsked(id); // test-only (./test-hooks.ts): a no-op unless the e2e tests asked for a hold
    const stored = db
      .transaction(() => {
        const current = services.get(id);
        if (!current) throw notFound();
        if (current.organizationId !== editor.organizationId) throw otherOrganisation();
        if (!ifMatchHits(ifMatch, current.etag)) throw stale(current);
        checkLocationLinks(ctx, doc);
        return services.write(doc, { previous: current, action: 'update', changedBy: editor.email });
      })
      .immediate();
    return sendStored(reply, stored);
  });

  api.post('/services', { onRequest }, async (request, reply) => {
    const editor = editorOf(request);
    const input = { ...bodyObject(request) };
    input.id ??= newId();
    input.organization_id ??= editor.organizationId;
    if (input.organization_id !== editor.organizationId) {
      throw new HttpProblem(
        403,
        'organization_not_yours',
        'The service names another organisation in organization_id. ' +
          'You can only add services for your own organisation.',
      );
    }
    const doc = prepare(ctx, input, editor.organizationId);
    const stored = db
      .transaction(() => {
        if (services.get(doc.id)) {
          throw new HttpProblem(
            409,
            'service_exists',
            'A service with this id already exists. To change it, use PUT with its ETag; ' +
              'to add a new service, use a new id.',
            {
              location: `${apiBase(request)}/services/${doc.id}`,
            },
          );
        }
        checkLocationLinks(ctx, doc);
        return services.write(doc, { action: 'create', changedBy: editor.email });
      })
      .immediate();
    reply.header('Location', `${apiBase(request)}/services/${stored.id}`);
    return sendStored(reply, stored, 201);
  });

  api.get<{ Params: { id: string } }>('/services/:id/history', { onRequest }, async (request, reply) => {
    const editor = editorOf(request);
    const id = request.params.id;
    const existing = isUuid(id) ? services.get(id) : undefined;
    if (!existing) throw notFound();
    if (existing.organizationId !== editor.organizationId) {
      throw new HttpProblem(
        403,
        'service_of_other_organization',
        'This service belongs to another organisation, so you cannot see its history.',
      );
    }
    reply.header('Cache-Control', 'private, no-cache');
    return sendJson(request, reply, { service_id: id, contents: services.history(id) });
  });
}
