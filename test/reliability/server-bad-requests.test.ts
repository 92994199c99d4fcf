/**
 * Bad requests: the catalogue stays up and answers 4xx with
 * application/problem+json to oversized bodies, deep nesting, huge arrays,
 * invalid UTF-8, wrong types, unknown fields, path traversal in ids and
 * odd search text.
 *
 * The rule for `search`: search text is data, never syntax. Any text a
 * person can type (quotes, SQL and FTS5 operators, brackets, `*`, `^`,
 * column filters, emoji) gets 200 with an ordinary page of results that
 * match its words (often none); it never gets a 5xx, never matches more
 * than a plain search for the same words, and never changes anything.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import {
  call,
  catalogue,
  DEMO_ACCOUNTS,
  getService,
  isProblem,
  serviceIds,
  signIn,
  type Answer,
  type CatalogueProcess,
} from './support/catalogue.js';
import { record } from './support/results.js';

/** Sends raw bytes (fetch cannot send invalid UTF-8 as a string body). */
function rawRequest(url: string, method: string, headers: Record<string, string>, body: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // Host and path by hand: the URL parser would resolve `..` before sending.
    const m = /^http:\/\/([^/:]+):(\d+)(\/.*)$/.exec(url);
    if (!m) throw new Error(`Not a loopback URL: ${url}`);
    const options = {
      host: m[1],
      port: Number(m[2]),
      path: m[3],
      method,
      headers: { ...headers, 'Content-Length': String(body.length) },
    };
    const req = request(options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h.set(k, v);
        resolve({ status: res.statusCode ?? 0, headers: h, text, json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

describe('bad requests', () => {
  let cat: CatalogueProcess;
  let token = '';
  let id = '';
  const account = DEMO_ACCOUNTS[0]!;
  const rows: { what: string; status: number }[] = [];

  before(async () => {
    cat = await catalogue();
    token = await signIn(cat.api, account);
    id = (await serviceIds(cat.api, account.organizationId))[0]!;
  });
  after(async () => {
    await cat?.dispose();
  });

  async function stillUp(): Promise<void> {
    const a = await call(`${cat.api}/services?per_page=1`);
    assert.equal(a.status, 200, 'the catalogue still answers');
  }

  async function put(body: string | Buffer, extra: Record<string, string> = {}): Promise<Answer> {
    const { etag } = await getService(cat.api, id);
    return rawRequest(
      `${cat.api}/services/${id}`,
      'PUT',
      { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'If-Match': etag, ...extra },
      typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
    );
  }

  async function expectProblem(what: string, a: Answer, statuses: number[]): Promise<void> {
    assert.ok(
      statuses.includes(a.status),
      `${what}: answered ${a.status}, expected ${statuses.join(' or ')}: ${a.text.slice(0, 300)}`,
    );
    assert.ok(
      isProblem(a),
      `${what}: not application/problem+json (${a.headers.get('content-type')}): ${a.text.slice(0, 200)}`,
    );
    rows.push({ what, status: a.status });
    await stillUp();
  }

  it('refuses bodies over 1 MiB with 413', async () => {
    const { doc } = await getService(cat.api, id);
    const big = JSON.stringify({ ...doc, description: 'x'.repeat(1024 * 1024 + 10) });
    await expectProblem('body over 1 MiB (PUT)', await put(big), [413]);
    const post = await rawRequest(
      `${cat.api}/services`,
      'POST',
      { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      Buffer.from(big),
    );
    await expectProblem('body over 1 MiB (POST)', post, [413]);
    const signInBig = await rawRequest(
      `${cat.api}/auth/token`,
      'POST',
      { 'Content-Type': 'application/json' },
      Buffer.from(JSON.stringify({ email: 'a@b.c', password: 'p'.repeat(2 * 1024 * 1024) })),
    );
    await expectProblem('body over 1 MiB (sign-in)', signInBig, [413]);
  });

  it('refuses deeply nested JSON (10,000 levels) with 400', async () => {
    const head = `{"id":"${id}","name":"Deep","status":"active"`;
    const deepArray = `${head},"contacts":${'['.repeat(10000)}${']'.repeat(10000)}}`;
    await expectProblem('JSON nested 10,000 levels (arrays)', await put(deepArray), [400, 422]);
    const deepObject = `${head},"extra":${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}}`;
    await expectProblem('JSON nested 10,000 levels (objects)', await put(deepObject), [400, 422]);
    const post = await rawRequest(
      `${cat.api}/services`,
      'POST',
      { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      Buffer.from(deepObject.replace(id, '')),
    );
    await expectProblem('JSON nested 10,000 levels (POST)', post, [400, 422]);
    const signInDeep = await rawRequest(
      `${cat.api}/auth/token`,
      'POST',
      { 'Content-Type': 'application/json' },
      Buffer.from(`{"email":${'['.repeat(10000)}${']'.repeat(10000)},"password":"x"}`),
    );
    await expectProblem('JSON nested 10,000 levels (sign-in)', signInDeep, [400]);
  });

  it('refuses arrays of 10,000 items with 4xx', async () => {
    const { doc } = await getService(cat.api, id);
    const phones = Array.from({ length: 10000 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      number: '01234 567890',
    }));
    const start = Date.now();
    const a = await put(JSON.stringify({ ...doc, phones }));
    await expectProblem('array of 10,000 phones', a, [400, 413, 422]);
    const contacts = await put(JSON.stringify({ ...doc, languages: Array.from({ length: 10000 }, () => 'x') }));
    await expectProblem('array of 10,000 strings', contacts, [400, 413, 422]);
    assert.ok(Date.now() - start < 10000, 'answered in reasonable time');
  });

  it('refuses invalid UTF-8 with 400', async () => {
    const { doc } = await getService(cat.api, id);
    const [head, tail] = JSON.stringify({ ...doc, name: 'BROKEN' }).split('BROKEN') as [string, string];
    for (const [label, bytes] of [
      ['lone continuation byte', [0x80]],
      ['truncated 2-byte sequence', [0xc3]],
      ['overlong encoding of "/"', [0xc0, 0xaf]],
      ['UTF-16 surrogate encoded as UTF-8', [0xed, 0xa0, 0x80]],
      ['bytes 0xFE 0xFF', [0xfe, 0xff]],
    ] as const) {
      const body = Buffer.concat([Buffer.from(`${head}Food bank `), Buffer.from(bytes), Buffer.from(tail)]);
      await expectProblem(`invalid UTF-8: ${label}`, await put(body), [400]);
    }
    // The service is unchanged.
    assert.equal((await getService(cat.api, id)).doc.name, doc.name);
  });

  it('refuses wrong types and unknown fields with 4xx', async () => {
    const { doc } = await getService(cat.api, id);
    const cases: [string, unknown][] = [
      ['name as a number', { ...doc, name: 42 }],
      ['status as an array', { ...doc, status: ['active'] }],
      ['phones as a string', { ...doc, phones: '01234 567890' }],
      ['contacts as an object', { ...doc, contacts: { name: 'x' } }],
      ['body as an array', [doc]],
      ['body as a string', 'service'],
      ['body as null', null],
      ['unknown top-level field', { ...doc, favourite_colour: 'blue' }],
      [
        'unknown nested field',
        { ...doc, phones: [{ id: '00000000-0000-4000-8000-000000000001', number: '01234 567890', secret: true }] },
      ],
      ['__proto__ field', JSON.parse(`{"id":"${id}","name":"P","status":"active","__proto__":{"admin":true}}`)],
    ];
    for (const [label, value] of cases) {
      await expectProblem(label, await put(JSON.stringify(value)), [400, 422]);
    }
    const signIn = await rawRequest(
      `${cat.api}/auth/token`,
      'POST',
      { 'Content-Type': 'application/json' },
      Buffer.from('{"email":["a"],"password":{"$ne":null}}'),
    );
    await expectProblem('sign-in with wrong types', signIn, [400]);
    const formPost = await rawRequest(
      `${cat.api}/services`,
      'POST',
      { 'Content-Type': 'text/plain', Authorization: `Bearer ${token}` },
      Buffer.from('name=x'),
    );
    await expectProblem('body as text/plain', formPost, [415]);
    assert.deepEqual((await getService(cat.api, id)).doc, doc);
  });

  it('still accepts what the editor writes: the HSDS extension fields and x_ vendor fields', async () => {
    const { doc } = await getService(cat.api, id);
    const phone = (extra: Record<string, string>) => ({
      id: randomUUID(),
      number: '01234 567890',
      description: 'Main line',
      extension: '12',
      ...extra,
    });
    const contacts = [{ id: randomUUID(), service_id: id, name: 'Sam', email: 'sam@example.org', phones: [phone({})] }];
    const sals = (doc.service_at_locations as { location?: Record<string, unknown> }[] | undefined) ?? [];
    const withExtensions = {
      ...doc,
      phones: [phone({ service_id: id })],
      contacts,
      languages: [{ id: randomUUID(), service_id: id, name: 'Welsh', code: 'cy', note: 'Some staff' }],
      cost_options: [{ id: randomUUID(), service_id: id, option: 'Per session', amount: 2, currency: 'GBP' }],
      service_at_locations: sals.map((s) =>
        s.location ? { ...s, location: { ...s.location, phones: [phone({ location_id: String(s.location.id) })] } } : s,
      ),
      x_vendor_note: { kept: true },
    };
    const a = await put(JSON.stringify(withExtensions));
    assert.equal(a.status, 200, a.text.slice(0, 400));
    const stored = (await getService(cat.api, id)).doc as { x_vendor_note?: unknown; phones?: unknown[] };
    assert.deepEqual(stored.x_vendor_note, { kept: true });
    assert.equal(stored.phones?.length, 1);
  });

  it('refuses path traversal in ids with 4xx and serves nothing outside the API', async () => {
    const { doc, etag } = await getService(cat.api, id);
    const ids = [
      '../',
      '..%2F',
      '%2e%2e%2f',
      '%2e%2e%2F%2e%2e%2Fetc%2Fpasswd',
      '..%5C..%5Cwindows',
      '%252e%252e%252f',
      '....//',
      '%00',
      `${id}%00`,
      `${id}/..`,
    ];
    for (const bad of ids) {
      // Raw HTTP: fetch would tidy `..` away before sending.
      const get = await rawRequest(`${cat.api}/services/${bad}`, 'GET', {}, Buffer.alloc(0));
      assert.ok(get.status >= 400 && get.status < 500, `GET /services/${bad}: ${get.status}`);
      assert.ok(isProblem(get), `GET /services/${bad}: not problem+json`);
      assert.ok(!/root:|\[extensions\]/.test(get.text));
      rows.push({ what: `GET traversal ${bad}`, status: get.status });
      const putA = await rawRequest(
        `${cat.api}/services/${bad}`,
        'PUT',
        { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'If-Match': etag },
        Buffer.from(JSON.stringify({ ...doc, id: safeDecode(bad) })),
      );
      assert.ok(putA.status >= 400 && putA.status < 500, `PUT /services/${bad}: ${putA.status}`);
      assert.ok(isProblem(putA), `PUT /services/${bad}: not problem+json`);
      rows.push({ what: `PUT traversal ${bad}`, status: putA.status });
      const hist = await rawRequest(
        `${cat.api}/services/${bad}/history`,
        'GET',
        { Authorization: `Bearer ${token}` },
        Buffer.alloc(0),
      );
      assert.ok(hist.status >= 400 && hist.status < 500, `history ${bad}: ${hist.status}`);
      assert.ok(isProblem(hist), `history ${bad}: not problem+json`);
      rows.push({ what: `history traversal ${bad}`, status: hist.status });
    }
    for (const path of [
      '/api/../package.json',
      '/api/%2e%2e/package.json',
      '/api/services/..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/etc/passwd',
    ]) {
      const a = await rawRequest(`http://127.0.0.1:${cat.port}${path}`, 'GET', {}, Buffer.alloc(0));
      assert.ok(a.status >= 400 && a.status < 500, `${path}: ${a.status}`);
      assert.ok(!a.text.includes('"devDependencies"') && !a.text.includes('root:'), `${path} leaked a file`);
      rows.push({ what: `traversal ${path}`, status: a.status });
    }
    assert.equal((await getService(cat.api, id)).etag, etag);
    await stillUp();
  });

  it('treats SQL and FTS5 metacharacters in search as words: 200, never more than the plain words match', async () => {
    const total = ((await call(`${cat.api}/services?per_page=1`)).json as { total_items: number }).total_items;
    const before = (await getService(cat.api, id)).etag;
    const searches = [
      "' OR '1'='1",
      "' OR 1=1 --",
      '"; DROP TABLE services; --',
      "food' UNION SELECT password_hash FROM editors --",
      'food" OR "1"="1',
      'food*',
      '*',
      '^food',
      'NEAR(food bank, 2)',
      'name:food',
      'services_fts:food',
      'food AND NOT bank',
      'food OR',
      '(((((',
      '"',
      "'",
      '\\',
      '%',
      '_',
      '%25%27',
      'food; SELECT 1',
      '-- ',
      '/* */',
      '\u0000',
      'food\u0000bank',
      '🍞 food',
      'ｆｏｏｄ',
      'x'.repeat(5000),
      Array.from({ length: 300 }, (_, i) => `w${i}`).join(' '),
    ];
    let zero = 0;
    for (const q of searches) {
      const a = await call(`${cat.api}/services?search=${encodeURIComponent(q)}`);
      assert.equal(a.status, 200, `search ${JSON.stringify(q.slice(0, 40))}: ${a.status} ${a.text.slice(0, 200)}`);
      const page = a.json as { total_items: number; contents: unknown[] };
      assert.ok(Array.isArray(page.contents), 'an ordinary page');
      const words = q
        .normalize('NFKC')
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w !== '');
      if (words.length > 0) {
        const plain = (
          (await call(`${cat.api}/services?search=${encodeURIComponent(words.join(' '))}`)).json as {
            total_items: number;
          }
        ).total_items;
        assert.equal(
          page.total_items,
          plain,
          `search ${JSON.stringify(q.slice(0, 40))} matched ${page.total_items}, the plain words ${plain}`,
        );
      } else {
        assert.equal(page.total_items, 0, `search ${JSON.stringify(q)} without words matches nothing`);
      }
      assert.ok(
        page.total_items < total || total === 0,
        `search ${JSON.stringify(q.slice(0, 40))} matched the whole catalogue`,
      );
      if (page.total_items === 0) zero++;
    }
    // Broken percent-encoding in the query string itself is a 400, not a crash.
    const broken = await call(`${cat.api}/services?search=%E0%A4%A`);
    assert.ok(
      broken.status === 200 || (broken.status === 400 && isProblem(broken)),
      `broken percent-encoding: ${broken.status}`,
    );
    assert.equal((await getService(cat.api, id)).etag, before);
    await stillUp();
    record({
      area: 'Bad requests',
      tried:
        'SQL and FTS5 metacharacters in search (quotes, UNION, DROP, NEAR, column filters, *, ^, NUL, 5,000 ' +
        'characters, 300 words)',
      cases: searches.length + 1,
      outcome:
        'All answered 200 with an ordinary page (rule: search text is words, never syntax); ' +
        `each matched exactly what its plain words match (${zero} matched nothing), none matched the whole ` +
        'catalogue; nothing changed',
    });
  });

  after(() => {
    const GROUPS: [string, RegExp, string][] = [
      ['Bodies over 1 MiB', /over 1 MiB/, 'PUT, POST and sign-in bodies of 1 MiB + 10 bytes and 2 MiB'],
      ['JSON nested 10,000 levels', /nested 10,000/, 'arrays and objects nested 10,000 deep, in PUT, POST and sign-in'],
      ['Arrays of 10,000 items', /array of 10,000/, '10,000 phones, 10,000 languages'],
      [
        'Invalid UTF-8',
        /UTF-8/,
        'lone continuation byte, truncated sequence, overlong "/", encoded surrogate, 0xFE 0xFF',
      ],
      [
        'Unknown fields',
        /unknown|__proto__/,
        'an invented top-level field, an invented field inside a phone, __proto__',
      ],
      [
        'Wrong types',
        /^body as | as (a|an) |wrong types|text\/plain/,
        'name as a number, status as an array, phones as a string, contacts as an object, the body as an array, ' +
          'a string or null, sign-in fields as array/object, a text/plain body',
      ],
      [
        'Path traversal in ids',
        /traversal/,
        '../, ..%2F, %2e%2e%2f, double-encoded, ..\\, NUL, trailing /.. in GET, PUT and history, and ../ in paths',
      ],
    ];
    const groupOf = (what: string) => GROUPS.findIndex(([, pattern]) => pattern.test(what));
    const ungrouped = rows.filter((r) => groupOf(r.what) === -1).map((r) => r.what);
    if (ungrouped.length > 0) throw new Error(`Cases without a group in the results table: ${ungrouped.join(', ')}`);
    for (const [g, [name, , variants]] of GROUPS.entries()) {
      const mine = rows.filter((r) => groupOf(r.what) === g);
      if (mine.length === 0) continue;
      const byStatus = new Map<number, number>();
      for (const r of mine) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
      const counts = [...byStatus.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([st, n]) => `${n} × ${st}`)
        .join(', ');
      record({
        area: 'Bad requests',
        tried: `${name}: ${variants}`,
        cases: mine.length,
        outcome:
          `All answered 4xx application/problem+json (${counts}); the catalogue answered the next read; ` +
          'no service changed',
      });
    }
  });
});
