/**
 * One problem vocabulary for server and client: every problem in the
 * catalogue's 422 carries one of the client's message keys
 * (src/model/messages/keys.ts) with the client's own English for it, so an
 * editor can show a refused save in Welsh.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem, loadMessages, messageFor } from '../../../src/model/messages/format.js';
import { MESSAGE_KEYS, type MessageKey } from '../../../src/model/messages/keys.js';
import { validateAgainst } from '../../../server/validation/oruk-schemas.js';
import { toFieldProblems } from '../../../server/validation/problems.js';
import {
  getJson,
  signIn,
  startTestCatalogue,
  TEST_ORIGIN,
  type TestCatalogue,
} from '../../support/node/test-catalogue.js';

interface SentProblem {
  path: string;
  key: string;
  params?: Record<string, string | number>;
  message: string;
}
type Service = Record<string, unknown>;

let t: TestCatalogue;
let token: string;
let ids: string[];

before(async () => {
  t = await startTestCatalogue();
  token = await signIn(t.api, t.accounts[0]!);
  const own = await getJson<{ contents: { id: string }[] }>(
    `${t.api}/services?organization_id=${t.accounts[0]!.organizationId}&per_page=50`,
  );
  ids = own.body.contents.map((s) => s.id);
  await loadMessages('cy');
});
after(() => t.close());

const read = (id: string) => getJson<Service>(`${t.api}/services/${id}`);

/** PUTs `change(service)` over the stored service and returns the 422's problems. */
async function refused(id: string, change: (service: Service) => Service): Promise<SentProblem[]> {
  const current = await read(id);
  const res = await fetch(`${t.api}/services/${id}`, {
    method: 'PUT',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
      Origin: TEST_ORIGIN,
      'If-Match': current.headers.get('etag')!,
    },
    body: JSON.stringify(change(current.body)),
  });
  assert.equal(res.status, 422);
  return ((await res.json()) as { errors: SentProblem[] }).errors;
}

/** Each problem's key is the client's, its message the client's English for it, and the client has Welsh for it. */
function assertClientWords(problems: readonly SentProblem[]): void {
  for (const p of problems) {
    assert.ok((MESSAGE_KEYS as readonly string[]).includes(p.key), `${p.path}: the client does not know ${p.key}`);
    const key = p.key as MessageKey;
    assert.equal(p.message, messageFor(key, p.path, p.params), `${p.path}: the client's English`);
    assert.notEqual(formatProblem(p, 'cy'), p.message, `${p.path}: Welsh words for ${p.key}`);
  }
}

const byPath = (problems: readonly SentProblem[]) =>
  Object.fromEntries(problems.map((p) => [p.path, p.key]).sort(([a], [b]) => a!.localeCompare(b!)));

test('a 422 for missing fields, a bad email, web address or type, and an unknown field uses client keys', async () => {
  const problems = await refused(ids[0]!, (service) => {
    const { name: _name, status: _status, ...rest } = service;
    const contacts = [{ id: 'a4f7c3e2-6d1b-4c8a-9e5f-0b2d4c6e8a10', email: 42 }];
    return { ...rest, email: 'not-an-email', url: 'not a web address', minimum_age: 'ten', contacts, nmae: 'Typo' };
  });
  assert.deepEqual(byPath(problems), {
    'contacts.0.email': 'type.string',
    email: 'format.email',
    minimum_age: 'type.number',
    name: 'required',
    nmae: 'field.unknown',
    status: 'required.choice',
    url: 'format.uri',
  });
  assert.equal(problems.find((p) => p.path === 'nmae')!.params?.name, 'nmae');
  assertClientWords(problems);
  assert.equal(
    formatProblem(
      problems.find((p) => p.path === 'email')!,
      'cy',
    ),
    'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.org',
  );
});

test('a value not in the list, and a location link id another service uses, are refused in client keys', async () => {
  let other: Service | undefined;
  for (const id of ids.slice(1)) {
    const { body } = await read(id);
    if (Array.isArray(body.service_at_locations) && body.service_at_locations.length > 0) other = body;
    if (other) break;
  }
  assert.ok(other, 'a second seeded service with a location');
  const taken = (other.service_at_locations as Service[])[0]!;
  const problems = await refused(ids[0]!, (service) => ({ ...service, status: 'open' }));
  assert.deepEqual(byPath(problems), { status: 'enum' });
  assert.equal(problems[0]!.params?.options, 'active|inactive|defunct|temporarily closed');
  assertClientWords(problems);

  const reused = await refused(ids[0]!, (service) => ({
    ...service,
    service_at_locations: [{ ...taken, service_id: service.id }],
  }));
  assert.deepEqual(byPath(reused), { 'service_at_locations.0.id': 'id.taken' });
  assertClientWords(reused);
});

// The catalogue sets last_modified itself, so a bad date-time cannot reach its 422: the route's own check is used.
test('a bad date-time is worded in a client key', () => {
  const problems = toFieldProblems(
    validateAgainst('service', {
      id: 'a4f7c3e2-6d1b-4c8a-9e5f-0b2d4c6e8a10',
      name: 'Lunch club',
      status: 'active',
      last_modified: 'yesterday',
    }),
  );
  assert.deepEqual(byPath(problems), { last_modified: 'format.date-time' });
  assertClientWords(problems);
});

test('the served OpenAPI lists the client keys as the only keys a problem can have', async () => {
  const { body } = await getJson<{ components: { schemas: Record<string, { properties: Record<string, unknown> }> } }>(
    `${t.api}/openapi.json`,
  );
  assert.deepEqual((body.components.schemas.FieldProblem!.properties.key as { enum: string[] }).enum, [
    ...MESSAGE_KEYS,
  ]);
});
