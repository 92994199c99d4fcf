/**
 * Crashes: the catalogue is killed with SIGKILL in the middle of a stream of
 * writes, then started again on the same database. Every write it
 * acknowledged is there, no record is half-written (each stored service is
 * exactly one of the versions that was sent, and the search index agrees),
 * and the database passes PRAGMA integrity_check.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { waitUntil } from '../support/node/wait-until.mjs';
import { call, getService, integrityCheck, signedInCatalogue } from './support/catalogue.js';
import { record } from './support/results.js';

const WRITERS = 4;
const ROUNDS = 3;

/**
 * Every version a writer sends says who wrote it and which write it was, in the name and (long) description, so a torn
 * record would show.
 */
function version(round: number, writer: number, n: number): { name: string; description: string } {
  const name = `Crashround${round} writer${writer} write${n}`;
  return { name, description: `${name}: ${'this text must be stored whole. '.repeat(40)}end of ${name}` };
}

describe('kill -9 during a stream of writes', () => {
  const f = signedInCatalogue({ before, after });

  it('keeps every acknowledged write, tears no record and passes integrity_check', async () => {
    let acknowledged = 0;
    let inFlightAtKill = 0;
    const checks: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      /** POSTs that got 201: id → version. */
      const created = new Map<string, { name: string; description: string }>();
      /** POSTs sent but not answered: they may or may not have landed. */
      const maybeCreated = new Map<string, { name: string; description: string }>();
      /** For each PUT service: the last acknowledged version and the one in flight. */
      const updated = new Map<
        string,
        { acked?: { name: string; description: string }; pending?: { name: string; description: string } }
      >();
      let stop = false;
      let roundAcks = 0;

      async function writer(w: number): Promise<void> {
        const id = f.ids[w]!;
        let { doc, etag } = await getService(f.cat.api, id);
        const state: {
          acked?: { name: string; description: string };
          pending?: { name: string; description: string };
        } = {};
        updated.set(id, state);
        for (let n = 0; !stop; n++) {
          const v = version(round, w, n);
          try {
            if (n % 2 === 0) {
              state.pending = v;
              const a = await call(`${f.cat.api}/services/${id}`, {
                method: 'PUT',
                headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${f.token}`, 'If-Match': etag },
                body: JSON.stringify({ ...doc, ...v }),
              });
              assert.equal(a.status, 200, `PUT answered ${a.status}: ${a.text.slice(0, 200)}`);
              doc = a.json as Record<string, unknown>;
              etag = a.headers.get('etag')!;
              state.acked = v;
              delete state.pending;
            } else {
              const newId = randomUUID();
              maybeCreated.set(newId, v);
              const a = await call(`${f.cat.api}/services`, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${f.token}` },
                body: JSON.stringify({ id: newId, status: 'active', ...v }),
              });
              assert.equal(a.status, 201, `POST answered ${a.status}: ${a.text.slice(0, 200)}`);
              maybeCreated.delete(newId);
              created.set(newId, v);
            }
            roundAcks++;
          } catch (error) {
            if (stop) return; // the catalogue was killed under this request
            throw error;
          }
        }
      }

      const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
      // Kill once the stream is flowing, at a random moment.
      const killAfter = 20 + Math.floor(Math.random() * 40);
      await waitUntil(() => roundAcks >= killAfter, `${killAfter} acknowledged writes`, {
        timeout: 60_000,
        interval: 5,
      });
      await new Promise((r) => setTimeout(r, Math.random() * 50));
      stop = true;
      const { signal } = await f.cat.stop('SIGKILL');
      assert.equal(signal, 'SIGKILL');
      await Promise.all(writers);
      acknowledged += roundAcks;
      inFlightAtKill += maybeCreated.size + [...updated.values()].filter((s) => s.pending).length;

      // The file as the crash left it.
      assert.equal(integrityCheck(f.cat.dbPath), 'ok', `round ${round}: integrity_check after the kill`);
      await f.cat.start();
      assert.equal(integrityCheck(f.cat.dbPath), 'ok', `round ${round}: integrity_check after the restart`);

      // Every acknowledged POST is there, whole.
      for (const [id, v] of created) {
        const { doc } = await getService(f.cat.api, id);
        assert.equal(doc.name, v.name);
        assert.equal(doc.description, v.description);
      }
      // A POST in flight either landed whole or not at all.
      for (const [id, v] of maybeCreated) {
        const a = await call(`${f.cat.api}/services/${id}`);
        assert.ok(
          a.status === 404 || (a.status === 200 && (a.json as { description: string }).description === v.description),
          `in-flight POST ${id}: ${a.status}`,
        );
      }
      // Every PUT service holds its last acknowledged version, or the one in flight, whole.
      for (const [id, s] of updated) {
        const { doc } = await getService(f.cat.api, id);
        const allowed = [s.acked, s.pending].filter((v) => v !== undefined);
        assert.ok(
          allowed.some((v) => v.name === doc.name && v.description === doc.description),
          `service ${id} holds "${String(doc.name)}", not the acknowledged "${s.acked?.name}" or in-flight ` +
            `"${s.pending?.name}"`,
        );
      }
      // The search index agrees with the stored services: every service of this round is found by its words, and
      // nothing else.
      const found = (await call(`${f.cat.api}/services?search=Crashround${round}&per_page=100`)).json as {
        total_items: number;
        contents: { id: string; name: string }[];
      };
      const stored = (await call(`${f.cat.api}/services?organization_id=${f.account.organizationId}&minimal=true`))
        .json as { contents: { id: string; name: string }[] };
      const ofRound = stored.contents.filter((s) => s.name.startsWith(`Crashround${round} `));
      assert.deepEqual(
        found.contents.map((s) => s.id).sort(),
        ofRound.map((s) => s.id).sort(),
        'the search index matches the services',
      );
      // The token issued before the crash still works (it was committed).
      const again = await getService(f.cat.api, f.ids[0]!);
      const a = await call(`${f.cat.api}/services/${f.ids[0]}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${f.token}`, 'If-Match': again.etag },
        body: JSON.stringify(again.doc),
      });
      assert.equal(a.status, 200);
      checks.push(`round ${round + 1}: ${roundAcks} acknowledged`);
    }
    record({
      area: 'Crashes',
      tried:
        `SIGKILL the catalogue during a stream of writes (${WRITERS} writers, PUTs and POSTs of ~1.3 kB ` +
        `services), restart on the same database; ${ROUNDS} rounds`,
      cases: ROUNDS,
      outcome:
        `${acknowledged} writes acknowledged (${checks.join(', ')}): ` +
        'every created service present and whole, every updated service at its last acknowledged version (or the ' +
        `one in flight); ${inFlightAtKill} writes in flight at the kill each landed whole or not at all; ` +
        'search index matched the stored services; PRAGMA integrity_check = ok after every kill and restart',
    });
  });
});
