/**
 * Concurrency on the server: 50 parallel PUTs of one service with the same
 * If-Match produce exactly one winner; the other 49 get 412 with the
 * winner's version, and the stored service is the winner's, whole.
 */
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { getService, integrityCheck, signedInCatalogue } from './support/catalogue.js';
import { record } from './support/results.js';

/** A PUT on its own connection (50 sockets open at once, so the requests really overlap). */
function put(
  port: number,
  path: string,
  token: string,
  etag: string,
  body: string,
  agent: Agent,
): Promise<{ status: number; body: string; etag: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'PUT',
        agent,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          Authorization: `Bearer ${token}`,
          'If-Match': etag,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, etag: res.headers.etag }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('concurrent writes', () => {
  const f = signedInCatalogue({ before, after });

  async function historyLength(id: string): Promise<number> {
    const res = await fetch(`${f.cat.api}/services/${id}/history`, { headers: { Authorization: `Bearer ${f.token}` } });
    return ((await res.json()) as { contents: unknown[] }).contents.length;
  }

  it('50 parallel PUTs with the same If-Match: exactly one 200, 49 × 412, the winner stored whole', async () => {
    const rounds = 3;
    const outcomes: string[] = [];
    for (let round = 0; round < rounds; round++) {
      const id = f.ids[round]!;
      const { doc, etag } = await getService(f.cat.api, id);
      const historyBefore = await historyLength(id);
      const agent = new Agent({ keepAlive: false, maxSockets: 100 });
      const bodies = Array.from({ length: 50 }, (_, i) =>
        JSON.stringify({
          ...doc,
          name: `Writer ${i} of round ${round}`,
          description: `Written by writer ${i}. `.repeat(50),
        }),
      );
      // Open all 50 connections, then send: the requests reach the server together.
      const results = await Promise.all(
        bodies.map((b) => put(f.cat.port, `/api/services/${id}`, f.token, etag, b, agent)),
      );
      agent.destroy();
      const winners = results.map((r, i) => ({ ...r, i })).filter((r) => r.status === 200);
      const losers = results.filter((r) => r.status === 412);
      assert.equal(winners.length, 1, `round ${round}: ${results.map((r) => r.status).join(',')}`);
      assert.equal(losers.length, 49, `round ${round}: ${results.map((r) => r.status).join(',')}`);
      const winner = winners[0]!;
      const stored = await getService(f.cat.api, id);
      assert.equal(stored.doc.name, `Writer ${winner.i} of round ${round}`);
      assert.equal(stored.doc.description, `Written by writer ${winner.i}. `.repeat(50));
      assert.equal(stored.etag, winner.etag);
      for (const l of losers) {
        const body = JSON.parse(l.body) as { current_etag: string; current: { name: string } };
        assert.equal(body.current_etag, winner.etag, 'each 412 names the winning version');
        assert.equal(body.current.name, stored.doc.name);
      }
      // The history has exactly one new entry for the round.
      assert.equal(await historyLength(id), historyBefore + 1);
      outcomes.push(`1 × 200 + 49 × 412`);
    }
    assert.equal(integrityCheck(f.cat.dbPath), 'ok');
    record({
      area: 'Concurrency',
      tried: '50 parallel PUTs of one service with the same If-Match (50 connections at once), 3 rounds',
      cases: 150,
      outcome:
        `Each round: ${outcomes[0]}; the stored service is the winner's whole text, every 412 carries the ` +
        `winner's ETag, the history gains exactly one entry; PRAGMA integrity_check = ok`,
    });
  });
});
