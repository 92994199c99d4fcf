/** The catalogue as a process: clean SIGTERM shutdown, and crash safety (every acknowledged write survives kill -9). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { DEMO_ACCOUNTS, startCatalogue } from '../../support/node/catalogue-process.mjs';
import { getJson, signIn } from '../../support/node/test-catalogue.js';

describe('catalogue process', () => {
  test('SIGTERM closes the server and the database cleanly, and the log never holds passwords or tokens', async () => {
    const c = await startCatalogue({ env: { ORUK_LOG_REQUESTS: '1' } });
    try {
      const account = DEMO_ACCOUNTS[1]!;
      const token = await signIn(c.api, account);
      await (
        await fetch(`${c.api}/services/x/history`, { headers: { Authorization: `Bearer ${token}` } })
      ).arrayBuffer();
      const wrong = await fetch(`${c.api}/auth/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: account.email, password: 'a-wrong-password' }),
      });
      assert.equal(wrong.status, 401);
      const { code } = await c.stop('SIGTERM');
      assert.equal(code, 0);
      const out = c.output();
      assert.match(out, /SIGTERM received/);
      assert.match(out, /"url":"\/api\/auth\/token"/, 'requests were logged');
      for (const secret of [token, 'a-wrong-password', ...DEMO_ACCOUNTS.map((a) => a.password)])
        assert.ok(!out.includes(secret));
      const db = new Database(c.dbPath, { readonly: true });
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      db.close();
      await assert.rejects(fetch(`${c.api}/`));
    } finally {
      await c.dispose();
    }
  });

  test('after kill -9 during a stream of writes, every acknowledged write is there and nothing is half-written', async () => {
    const c = await startCatalogue();
    try {
      const account = DEMO_ACCOUNTS[0]!;
      const token = await signIn(c.api, account);
      const ids = (
        await getJson<{ contents: { id: string }[] }>(`${c.api}/services?organization_id=${account.organizationId}`)
      ).body.contents.map((s) => s.id);
      const acknowledged = new Map<string, string>();
      let stop = false;
      const writer = async (id: string) => {
        let n = 0;
        while (!stop) {
          try {
            const cur = await getJson(`${c.api}/services/${id}`);
            const alert = `write ${n++}`;
            const res = await fetch(`${c.api}/services/${id}`, {
              method: 'PUT',
              headers: {
                'Content-Type': 'application/json',
                Authorization: `Bearer ${token}`,
                'If-Match': cur.headers.get('etag')!,
              },
              body: JSON.stringify({ ...cur.body, alert }),
            });
            if (res.status === 200) acknowledged.set(id, alert);
            await res.arrayBuffer();
          } catch {
            return; // the server is gone
          }
        }
      };
      const writers = ids.slice(0, 4).map(writer);
      await new Promise((r) => setTimeout(r, 1500));
      await c.stop('SIGKILL');
      stop = true;
      await Promise.all(writers);
      assert.ok(acknowledged.size > 0, 'some writes were acknowledged before the crash');

      await c.start();
      for (const [id, alert] of acknowledged) {
        const now = await getJson<{ alert: string }>(`${c.api}/services/${id}`);
        // The last acknowledged write is there (a later unacknowledged one may be too).
        const n = Number(now.body.alert.split(' ')[1]);
        assert.ok(n >= Number(alert.split(' ')[1]), `${id}: stored ${now.body.alert}, acknowledged ${alert}`);
      }
      const db = new Database(c.dbPath, { readonly: true });
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      // No half-written record: every service row's link rows and FTS entry match its document.
      const rows = db.prepare('SELECT id, version, doc FROM services').all() as {
        id: string;
        version: number;
        doc: string;
      }[];
      for (const r of rows) {
        const doc = JSON.parse(r.doc) as { service_at_locations?: unknown[] };
        const links = (
          db.prepare('SELECT count(*) AS n FROM service_at_locations WHERE service_id = ?').get(r.id) as { n: number }
        ).n;
        assert.equal(links, doc.service_at_locations?.length ?? 0);
        const versions = (
          db.prepare('SELECT max(version) AS v FROM service_history WHERE service_id = ?').get(r.id) as { v: number }
        ).v;
        assert.equal(versions, r.version, 'history and service agree');
      }
      db.close();
    } finally {
      await c.dispose();
    }
  });
});
