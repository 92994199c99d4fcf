/**
 * What the catalogue keeps to answer quickly must never show old data: stored
 * list items (migration 2, filled in for databases made before it), list
 * answers kept until the next write (by this server or another process), link
 * tables rewritten only when their fields change, and the durability setting.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { readConfig } from '../../../server/config.js';
import { migrate } from '../../../server/db/migrate.js';
import { migrations } from '../../../server/db/migrations/index.js';
import { openCatalogue } from '../../../server/store/catalogue.js';
import {
  getJson,
  signIn,
  startTestCatalogue,
  TEST_ORIGIN,
  type TestCatalogue,
} from '../../support/node/test-catalogue.js';

type Page = { total_items: number; contents: Record<string, unknown>[] };

function tempDb(): { path: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'oruk-storage-'));
  return { path: join(dir, 'catalogue.db'), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('a database made before stored list items (migration 1 only)', () => {
  test('gets list items filled in from each stored service, as the list answers them', () => {
    const db = tempDb();
    try {
      const old = new Database(db.path);
      migrate(
        old,
        migrations.filter((m) => m.version === 1),
      );
      const org = { id: 'c1b5a4f0-0000-4000-8000-000000000001', name: 'Old Charity', description: 'From before' };
      const doc = {
        id: 'c1b5a4f0-0000-4000-8000-000000000002',
        name: 'Lunch club',
        status: 'active',
        description: 'Hot meals on Tuesdays',
        organization_id: org.id,
        organization: org,
        last_modified: '2025-01-01T00:00:00.000Z',
        contacts: [{ id: 'c1b5a4f0-0000-4000-8000-000000000003', name: 'Sam' }],
      };
      old
        .prepare(
          `INSERT INTO services (id, organization_id, name, description, status, last_modified, version, etag, doc)
             VALUES (?, ?, ?, ?, ?, ?, 1, '"1-x"', ?)`,
        )
        .run(doc.id, org.id, doc.name, doc.description, doc.status, doc.last_modified, JSON.stringify(doc));
      old.close();

      const c = openCatalogue(db.path);
      try {
        const { items } = c.services.listJson({}, 'item', 10, 0);
        assert.deepEqual(
          items.map((t) => JSON.parse(t) as unknown),
          [
            {
              id: doc.id,
              name: 'Lunch club',
              status: 'active',
              description: 'Hot meals on Tuesdays',
              organization_id: org.id,
              last_modified: doc.last_modified,
              organization: org,
            },
          ],
        );
      } finally {
        c.close();
      }
    } finally {
      db.dispose();
    }
  });
});

describe('list answers kept between writes', () => {
  let t: TestCatalogue;
  let token: string;
  let orgId: string;
  before(async () => {
    t = await startTestCatalogue();
    token = await signIn(t.api, t.accounts[0]!);
    orgId = t.accounts[0]!.organizationId;
  });
  after(() => t.close());

  async function put(id: string, change: (doc: Record<string, unknown>) => Record<string, unknown>): Promise<number> {
    const current = await getJson(`${t.api}/services/${id}`);
    const res = await fetch(`${t.api}/services/${id}`, {
      method: 'PUT',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        'If-Match': current.headers.get('etag')!,
        Origin: TEST_ORIGIN,
      },
      body: JSON.stringify(change(current.body)),
    });
    await res.arrayBuffer();
    return res.status;
  }

  test('show a PUT at once, with a new ETag, and the same answer twice when nothing changed', async () => {
    const url = `${t.api}/services?organization_id=${orgId}`;
    const first = await getJson<Page>(url);
    const again = await getJson<Page>(url);
    assert.equal(again.headers.get('etag'), first.headers.get('etag'));
    assert.deepEqual(again.body, first.body);
    const id = String(first.body.contents[0]!.id);
    assert.equal(await put(id, (d) => ({ ...d, description: 'Changed just now' })), 200);
    const after = await getJson<Page>(url);
    assert.notEqual(after.headers.get('etag'), first.headers.get('etag'));
    assert.equal(after.body.contents.find((s) => s.id === id)?.description, 'Changed just now');
    const notModified = await fetch(url, { headers: { 'If-None-Match': first.headers.get('etag')! } });
    assert.equal(notModified.status, 200, 'the old ETag no longer matches');
    await notModified.arrayBuffer();
  });

  test('show a write made by another process on the same database (the command-line tool)', async () => {
    const url = `${t.api}/services?organization_id=${orgId}&per_page=100`;
    const before = await getJson<Page>(url);
    const id = String(before.body.contents[0]!.id);
    const itemBefore = await getJson(`${t.api}/services/${id}`);
    const other = openCatalogue(t.catalogue.db.name);
    let newEtag: string;
    try {
      const stored = other.services.get(id)!;
      const doc = {
        ...(JSON.parse(stored.doc) as Record<string, unknown>),
        name: 'Renamed elsewhere',
        last_modified: new Date().toISOString(),
      };
      newEtag = other.db
        .transaction(() =>
          other.services.write(doc as Parameters<typeof other.services.write>[0], {
            previous: stored,
            action: 'update',
          }),
        )
        .immediate().etag;
    } finally {
      other.close();
    }
    const after = await getJson<Page>(url);
    assert.equal(after.body.contents.find((s) => s.id === id)?.name, 'Renamed elsewhere');
    const itemAfter = await getJson(`${t.api}/services/${id}`);
    assert.equal(itemAfter.body.name, 'Renamed elsewhere');
    assert.equal(itemAfter.headers.get('etag'), newEtag);
    assert.notEqual(itemAfter.headers.get('etag'), itemBefore.headers.get('etag'));
    const search = await getJson<Page>(`${t.api}/services?search=${encodeURIComponent('renamed elsewhere')}`);
    assert.deepEqual(
      search.body.contents.map((s) => s.id),
      [id],
      'the full-text index follows the new name',
    );
  });

  test('taxonomy and postcode filters follow edits to attributes and locations, and survive edits to other fields', async () => {
    const termsUrl = (term: string) => `${t.api}/services?taxonomy_term_id=${term}&per_page=100`;
    const listed = await getJson<Page>(`${t.api}/services?organization_id=${orgId}&per_page=100`);
    let id = '';
    let term = '';
    for (const s of listed.body.contents) {
      const full = await getJson<{ attributes?: { taxonomy_term_id?: string }[]; service_at_locations?: unknown[] }>(
        `${t.api}/services/${String(s.id)}`,
      );
      const first = full.body.attributes?.find((a) => typeof a.taxonomy_term_id === 'string');
      if (first && (full.body.service_at_locations?.length ?? 0) > 0) {
        id = String(s.id);
        term = first.taxonomy_term_id!;
        break;
      }
    }
    assert.ok(id, 'a seeded service with a taxonomy term and a location');
    const ids = async () => (await getJson<Page>(termsUrl(term))).body.contents.map((s) => s.id);
    const locations = async () =>
      (
        await getJson<{ contents: { service?: { id?: string } }[] }>(
          `${t.api}/service_at_locations?per_page=100&organization_id=${orgId}`,
        )
      ).body.contents.filter((l) => l.service?.id === id).length;
    const locationsBefore = await locations();
    assert.ok(locationsBefore > 0);

    assert.equal(await put(id, (d) => ({ ...d, alert: 'Closed on bank holidays' })), 200);
    assert.ok((await ids()).includes(id), 'an edit to another field keeps the taxonomy link');
    assert.equal(await locations(), locationsBefore, 'and the locations');

    assert.equal(await put(id, (d) => ({ ...d, attributes: [], service_at_locations: [] })), 200);
    assert.ok(!(await ids()).includes(id), 'removing the attributes removes the link');
    assert.equal(await locations(), 0, 'removing the locations removes them');
  });
});

describe('ORUK_SYNCHRONOUS', () => {
  test('is NORMAL unless set, accepts FULL in any case, and refuses other values', () => {
    assert.equal(readConfig({}).synchronous, 'NORMAL');
    assert.equal(readConfig({ ORUK_SYNCHRONOUS: 'full' }).synchronous, 'FULL');
    assert.throws(() => readConfig({ ORUK_SYNCHRONOUS: 'OFF' }), /ORUK_SYNCHRONOUS must be one of NORMAL, FULL, EXTRA/);
  });

  test("sets SQLite's synchronous setting on the database", () => {
    const db = tempDb();
    try {
      for (const [mode, value] of [
        ['NORMAL', 1],
        ['FULL', 2],
      ] as const) {
        const c = openCatalogue(db.path, { synchronous: mode });
        assert.equal(c.db.pragma('synchronous', { simple: true }), value);
        c.close();
      }
    } finally {
      db.dispose();
    }
  });
});
