/** The If-Match check and the write are atomic: of 50 concurrent PUTs with the same If-Match, exactly one wins. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getJson, signIn, startTestCatalogue, type TestCatalogue } from '../../support/node/test-catalogue.js';
import { startCatalogue, type CatalogueProcess } from '../../support/node/catalogue-process.mjs';

async function race(
  apis: string[],
  token: string,
  id: string,
  n: number,
): Promise<{ codes: number[]; winner: string }> {
  const current = await getJson(`${apis[0]}/services/${id}`);
  const etag = current.headers.get('etag')!;
  const responses = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      fetch(`${apis[i % apis.length]}/services/${id}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'If-Match': etag },
        body: JSON.stringify({ ...current.body, alert: `Writer ${i}` }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { alert?: string } })),
    ),
  );
  const winners = responses.filter((r) => r.status === 200);
  return { codes: responses.map((r) => r.status), winner: winners[0]?.body.alert ?? '' };
}

describe('50 concurrent PUTs with the same If-Match', () => {
  let t: TestCatalogue;
  before(async () => {
    t = await startTestCatalogue();
  });
  after(() => t.close());

  test('exactly one succeeds, the other 49 get 412, and the stored service is the winner', async () => {
    const token = await signIn(t.api, t.accounts[0]!);
    const id = (
      await getJson<{ contents: { id: string }[] }>(
        `${t.api}/services?organization_id=${t.accounts[0]!.organizationId}`,
      )
    ).body.contents[0]!.id;
    const { codes, winner } = await race([t.api], token, id, 50);
    assert.equal(codes.filter((c) => c === 200).length, 1, codes.join(','));
    assert.equal(codes.filter((c) => c === 412).length, 49);
    assert.equal((await getJson<{ alert: string }>(`${t.api}/services/${id}`)).body.alert, winner);
    const history = t.catalogue.services.history(id);
    assert.equal(history.filter((h) => h.action === 'update').length, 1, 'one write recorded');
  });
});

describe('two catalogue processes sharing one database', () => {
  let a: CatalogueProcess;
  let b: CatalogueProcess;
  before(async () => {
    a = await startCatalogue();
    b = await startCatalogue({ dbPath: a.dbPath });
  });
  after(async () => {
    await b.stop('SIGKILL');
    await a.dispose();
  });

  test('still let exactly one of 50 concurrent PUTs win (the transaction, not the event loop, decides)', async () => {
    const { DEMO_ACCOUNTS } = await import('../../support/node/catalogue-process.mjs');
    const token = await signIn(a.api, DEMO_ACCOUNTS[0]!);
    const id = (
      await getJson<{ contents: { id: string }[] }>(
        `${a.api}/services?organization_id=${DEMO_ACCOUNTS[0]!.organizationId}`,
      )
    ).body.contents[1]!.id;
    const { codes, winner } = await race([a.api, b.api], token, id, 50);
    assert.equal(codes.filter((c) => c === 200).length, 1, codes.join(','));
    assert.equal(codes.filter((c) => c === 412).length, 49);
    assert.equal((await getJson<{ alert: string }>(`${b.api}/services/${id}`)).body.alert, winner);
  });
});
