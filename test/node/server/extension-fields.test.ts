/**
 * Which fields a write may carry: ORUK 3.0's own, the HSDS 3.0 fields the ORUK
 * profile leaves out (valid HSDS, so they round-trip), and vendor fields named
 * x_…; anything else is a misspelling or an invention and gets a 422 naming it.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  getJson,
  signIn,
  startTestCatalogue,
  TEST_ORIGIN,
  type TestCatalogue,
} from '../../support/node/test-catalogue.js';

let t: TestCatalogue;
let token: string;
let id: string;

before(async () => {
  t = await startTestCatalogue();
  token = await signIn(t.api, t.accounts[0]!);
  const own = await getJson<{ contents: { id: string }[] }>(
    `${t.api}/services?organization_id=${t.accounts[0]!.organizationId}`,
  );
  id = own.body.contents[0]!.id;
});
after(() => t.close());

async function putWith(extra: Record<string, unknown>) {
  const current = await getJson<Record<string, unknown>>(`${t.api}/services/${id}`);
  return fetch(`${t.api}/services/${id}`, {
    method: 'PUT',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
      Origin: TEST_ORIGIN,
      'If-Match': current.headers.get('etag')!,
    },
    body: JSON.stringify({ ...current.body, ...extra }),
  });
}

test('HSDS 3.0 fields outside the ORUK profile and x_ vendor fields are saved and served back unchanged', async () => {
  const res = await putWith({
    alternate_name: 'The Pantry',
    interpretation_services: 'BSL on request',
    x_council_ref: 'HX-0042',
  });
  assert.equal(res.status, 200);
  const { body } = await getJson<Record<string, unknown>>(`${t.api}/services/${id}`);
  assert.equal(body.alternate_name, 'The Pantry');
  assert.equal(body.interpretation_services, 'BSL on request');
  assert.equal(body.x_council_ref, 'HX-0042');
});

test('a field neither standard defines, nor named x_, is refused with a 422 that names it', async () => {
  const res = await putWith({ nmae: 'Typo' });
  assert.equal(res.status, 422);
  const problem = (await res.json()) as { detail: string; errors: { path: string; message: string }[] };
  const error = problem.errors.find((e) => e.path === 'nmae');
  assert.ok(error, JSON.stringify(problem.errors));
  assert.match(error.message, /does not know the field "nmae"/);
  // The detail says what can be saved, for whoever wrote the JSON.
  assert.match(
    problem.detail,
    /only ORUK 3\.0 and HSDS 3\.0 fields, and your own fields named starting x_, can be saved/,
  );
});
