/**
 * Authorisation: every write endpoint tried with no token, a malformed token,
 * an expired token, another organisation's token, a disallowed Origin and
 * the right token. Only the right token succeeds. Tokens and passwords never
 * appear in the catalogue's logs or in any answer. More than 5 failed
 * sign-ins for one email get 429.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  call,
  catalogue,
  DEMO_ACCOUNTS,
  expireToken,
  getService,
  isProblem,
  serviceIds,
  signIn,
  type Answer,
  type CatalogueProcess,
} from './support/catalogue.js';
import { record } from './support/results.js';

const ALLOWED = 'https://www.caldervalleyfoodbank.example.org.uk';
const OTHER_ORG_SITE = 'https://www.northgateyouth.example.org.uk';
const NOT_REGISTERED = 'https://evil.example.com';

type Credential = 'none' | 'malformed' | 'expired' | 'other-organisation' | 'disallowed-origin' | 'right';
const CASES: Credential[] = ['none', 'malformed', 'expired', 'other-organisation', 'disallowed-origin', 'right'];

describe('authorisation of every write endpoint', () => {
  let cat: CatalogueProcess;
  const [mine, theirs, third] = DEMO_ACCOUNTS as [
    (typeof DEMO_ACCOUNTS)[number],
    (typeof DEMO_ACCOUNTS)[number],
    (typeof DEMO_ACCOUNTS)[number],
  ];
  let token = '';
  let expired = '';
  let otherToken = '';
  let ids: string[] = [];
  const answers: { label: string; a: Answer; secretsAllowed: boolean }[] = [];
  const secrets = new Set<string>();

  before(async () => {
    // Request logging on, so the test sees everything the catalogue would log in production.
    cat = await catalogue({
      env: { ORUK_LOG_REQUESTS: '1' },
    });
    // The food bank's site is registered for the food bank, the youth project's for the youth project.
    const { execFileSync } = await import('node:child_process');
    const cli = (args: string[]) =>
      execFileSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args, '--db', cat.dbPath], {
        stdio: 'pipe',
      });
    cli(['add-origin', '--organization', mine.organizationId, '--origin', ALLOWED]);
    cli(['add-origin', '--organization', theirs.organizationId, '--origin', OTHER_ORG_SITE]);
    token = await signIn(cat.api, mine);
    expired = await signIn(cat.api, mine);
    expireToken(cat.dbPath, expired);
    otherToken = await signIn(cat.api, theirs);
    ids = await serviceIds(cat.api, mine.organizationId);
    for (const a of DEMO_ACCOUNTS) secrets.add(a.password);
    for (const t of [token, expired, otherToken]) secrets.add(t);
  });
  after(async () => {
    await cat?.dispose();
  });

  function authHeaders(c: Credential): Record<string, string> {
    switch (c) {
      case 'none':
        return { Origin: ALLOWED };
      case 'malformed':
        return { Origin: ALLOWED, Authorization: 'Bearer not a token; DROP TABLE access_tokens' };
      case 'expired':
        return { Origin: ALLOWED, Authorization: `Bearer ${expired}` };
      case 'other-organisation':
        return { Origin: OTHER_ORG_SITE, Authorization: `Bearer ${otherToken}` };
      case 'disallowed-origin':
        return { Origin: NOT_REGISTERED, Authorization: `Bearer ${token}` };
      case 'right':
        return { Origin: ALLOWED, Authorization: `Bearer ${token}` };
    }
  }

  async function tryPut(c: Credential, id: string): Promise<Answer> {
    const { doc, etag } = await getService(cat.api, id);
    return call(`${cat.api}/services/${id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'If-Match': etag, ...authHeaders(c) },
      body: JSON.stringify({ ...doc, name: `Changed with ${c}` }),
    });
  }

  async function tryPost(c: Credential): Promise<Answer> {
    return call(`${cat.api}/services`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...authHeaders(c) },
      body: JSON.stringify({ name: `Created with ${c}`, status: 'active', organization_id: mine.organizationId }),
    });
  }

  async function tryHistory(c: Credential, id: string): Promise<Answer> {
    return call(`${cat.api}/services/${id}/history`, { headers: authHeaders(c) });
  }

  /** POST /auth/token: the "token" here is what the person sends to sign in. */
  async function trySignIn(c: Credential): Promise<Answer> {
    const body: Record<string, string> = { email: third.email, password: third.password };
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Origin: 'https://www.tamarcarers.example.org.uk',
    };
    switch (c) {
      case 'none':
        return call(`${cat.api}/auth/token`, { method: 'POST', headers, body: '{}' });
      case 'malformed':
        return call(`${cat.api}/auth/token`, {
          method: 'POST',
          headers,
          body: `{"email": ${JSON.stringify(third.email)}, "password": `,
        });
      case 'expired':
        // A password that no longer works (the editor's old one): refused like any wrong password.
        return call(`${cat.api}/auth/token`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ ...body, password: 'tamar-carers-demo-2024' }),
        });
      case 'other-organisation':
        // Another organisation's editor's password with this email.
        return call(`${cat.api}/auth/token`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ ...body, password: theirs.password }),
        });
      case 'disallowed-origin':
        return call(`${cat.api}/auth/token`, {
          method: 'POST',
          headers: { ...headers, Origin: NOT_REGISTERED },
          body: JSON.stringify(body),
        });
      case 'right':
        return call(`${cat.api}/auth/token`, { method: 'POST', headers, body: JSON.stringify(body) });
    }
  }

  const endpoints: { name: string; run: (c: Credential, i: number) => Promise<Answer> }[] = [
    { name: 'PUT /services/{id}', run: (c, i) => tryPut(c, ids[i]!) },
    { name: 'POST /services', run: (c) => tryPost(c) },
    { name: 'GET /services/{id}/history', run: (c, i) => tryHistory(c, ids[i]!) },
    { name: 'POST /auth/token', run: (c) => trySignIn(c) },
  ];

  it('lets only the right token (or, to sign in, the right password from a registered site) through', async () => {
    const { execFileSync } = await import('node:child_process');
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/cli.ts',
        'add-origin',
        '--organization',
        third.organizationId,
        '--origin',
        'https://www.tamarcarers.example.org.uk',
        '--db',
        cat.dbPath,
      ],
      { stdio: 'pipe' },
    );
    let refused = 0;
    const statuses: string[] = [];
    const byCase = new Map<Credential, number[]>();
    for (const endpoint of endpoints) {
      for (const [i, c] of CASES.entries()) {
        const before = endpoint.name.startsWith('PUT') ? await getService(cat.api, ids[i]!) : undefined;
        const a = await endpoint.run(c, i);
        answers.push({
          label: `${endpoint.name} ${c}`,
          a,
          secretsAllowed: endpoint.name === 'POST /auth/token' && c === 'right',
        });
        statuses.push(`${endpoint.name} ${c}: ${a.status}`);
        byCase.set(c, [...(byCase.get(c) ?? []), a.status]);
        if (c === 'right') {
          assert.ok(
            a.status >= 200 && a.status < 300,
            `${endpoint.name} with the right token answered ${a.status}: ${a.text}`,
          );
          if (endpoint.name === 'POST /auth/token') secrets.add((a.json as { access_token: string }).access_token);
        } else {
          assert.ok(
            [400, 401, 403].includes(a.status),
            `${endpoint.name} with ${c} answered ${a.status}, not 400/401/403: ${a.text}`,
          );
          assert.ok(isProblem(a), `${endpoint.name} with ${c}: not problem+json`);
          refused++;
          if (before) {
            // Nothing changed.
            const after = await getService(cat.api, ids[i]!);
            assert.equal(after.etag, before.etag, `${endpoint.name} with ${c} changed the service`);
          }
        }
        if (c === 'none' || c === 'malformed' || c === 'expired') {
          if (endpoint.name !== 'POST /auth/token') assert.equal(a.status, 401, `${endpoint.name} ${c}`);
        }
        if (c === 'other-organisation' || c === 'disallowed-origin') {
          if (endpoint.name !== 'POST /auth/token') assert.equal(a.status, 403, `${endpoint.name} ${c}`);
        }
      }
    }
    // No service was created by a refused POST.
    const names = (
      (await call(`${cat.api}/services?per_page=100&search=Created`)).json as { contents: { name: string }[] }
    ).contents.map((s) => s.name);
    assert.deepEqual(
      names.filter((n) => n.startsWith('Created with')),
      ['Created with right'],
    );
    record({
      area: 'Authorisation',
      tried:
        'Every write endpoint (PUT /services/{id}, POST /services, GET /services/{id}/history, POST ' +
        "/auth/token) with no token, a malformed token, an expired token, another organisation's token, a " +
        'disallowed Origin, the right token',
      cases: endpoints.length * CASES.length,
      outcome:
        `${refused} of ${refused} wrong cases refused with problem+json and nothing changed; ` +
        'only the right token succeeded. Statuses (PUT, POST, history, sign-in): ' +
        `${CASES.map((c) => `${c} ${byCase.get(c)!.join('/')}`).join('; ')}`,
    });
  });

  it('answers 429 after 5 failed sign-ins for one email, even to the right password', async () => {
    const target = DEMO_ACCOUNTS[3]!;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const a = await call(`${cat.api}/auth/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: target.email, password: `wrong-guess-${i}` }),
      });
      secrets.add(`wrong-guess-${i}`);
      statuses.push(a.status);
      assert.equal(a.status, 401);
      assert.ok(isProblem(a));
    }
    secrets.add('wrong-guess-6');
    for (const password of ['wrong-guess-6', target.password]) {
      const a = await call(`${cat.api}/auth/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: target.email, password }),
      });
      statuses.push(a.status);
      assert.equal(a.status, 429, `attempt ${statuses.length} answered ${a.status}`);
      assert.ok(isProblem(a));
      assert.ok(Number(a.headers.get('retry-after')) > 0, 'a Retry-After header');
      assert.ok(!a.text.includes(target.password));
    }
    // Parallel guesses cannot slip past the limit either.
    const other = DEMO_ACCOUNTS[2]!;
    const parallel = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(`${cat.api}/auth/token`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: other.email, password: `parallel-guess-${i}` }),
        }),
      ),
    );
    const counted = parallel.map((a) => a.status);
    assert.equal(counted.filter((s) => s === 401).length, 5, `parallel guesses: ${counted.join(',')}`);
    assert.equal(counted.filter((s) => s === 429).length, 15);
    record({
      area: 'Authorisation',
      tried:
        'Failed sign-ins for one email: 7 in a row (the 7th with the right password), then 20 wrong guesses at ' +
        'once for another',
      cases: 27,
      outcome:
        `In a row: ${statuses.join(', ')}. At once: ` +
        `${counted.filter((s) => s === 401).length} × 401 then ${counted.filter((s) => s === 429).length} × 429`,
    });
  });
  it('never lets a token or a password into the logs or an answer', async () => {
    let checked = 0;
    for (const { label, a, secretsAllowed } of answers) {
      if (secretsAllowed) continue;
      const headers = [...a.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\n');
      for (const s of secrets) {
        assert.ok(!a.text.includes(s), `${label}: the answer contains a secret`);
        assert.ok(!headers.includes(s), `${label}: a header contains a secret`);
      }
      checked++;
    }
    const log = cat.output();
    const lines = log.split('\n').filter((l) => l.trim() !== '').length;
    assert.ok(
      lines >= answers.length,
      `request logging was on, so the log should have a line per request (it has ${lines})`,
    );
    for (const s of secrets) assert.ok(!log.includes(s), 'the catalogue log contains a token or password');
    record({
      area: 'Authorisation',
      tried:
        "Search every answer (body and headers) and the catalogue's whole log (request logging on) for the " +
        'tokens and passwords used',
      cases: secrets.size,
      outcome: `0 of ${secrets.size} secrets found in ${checked} answers or ${lines} log lines`,
    });
  });
});
