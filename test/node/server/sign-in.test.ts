/** POST /auth/token: scrypt passwords, hashed random tokens, expiry and the failed sign-in limit. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { getJson, startTestCatalogue, type TestCatalogue } from '../../support/node/test-catalogue.js';

let t: TestCatalogue;
before(async () => {
  t = await startTestCatalogue();
});
after(() => t.close());

const signIn = (email: string, password: string) =>
  fetch(`${t.api}/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

describe('sign-in', () => {
  test('the right email and password get a bearer token for the organisation', async () => {
    const a = t.accounts[0]!;
    const res = await signIn(a.email.toUpperCase(), a.password);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = (await res.json()) as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), ['access_token', 'expires_in', 'organization_id', 'token_type']);
    assert.equal(body.token_type, 'Bearer');
    assert.equal(body.expires_in, 3600);
    assert.equal(body.organization_id, a.organizationId);
    const token = body.access_token as string;
    assert.equal(Buffer.from(token, 'base64url').length, 32, '256 random bits');
  });

  test('tokens are stored only as SHA-256 hashes, and passwords only as scrypt hashes', async () => {
    const a = t.accounts[1]!;
    const token = ((await (await signIn(a.email, a.password)).json()) as { access_token: string }).access_token;
    const dump =
      JSON.stringify(t.catalogue.db.prepare('SELECT * FROM access_tokens').all()) +
      JSON.stringify(t.catalogue.db.prepare('SELECT * FROM editors').all());
    assert.ok(!dump.includes(token));
    assert.ok(dump.includes(createHash('sha256').update(token).digest('hex')));
    for (const acc of t.accounts) assert.ok(!dump.includes(acc.password));
    assert.match(t.catalogue.accounts.findEditor(a.email)!.passwordHash, /^scrypt\$16384\$8\$1\$/);
  });

  test('wrong credentials get 401 with the same words whether or not the email exists', async () => {
    const wrong = await signIn(t.accounts[0]!.email, 'not the password');
    const unknown = await signIn('nobody@example.org.uk', 'whatever');
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    const a = (await wrong.json()) as { detail: string };
    const b = (await unknown.json()) as { detail: string };
    assert.equal(a.detail, b.detail);
    assert.match(wrong.headers.get('content-type')!, /problem\+json/);
  });

  test('a request without email and password is a 400 that says what to send', async () => {
    const res = await fetch(`${t.api}/auth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"email": "a@b.c"}',
    });
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { detail: string }).detail, /email address and password/);
  });

  test('more than 5 failures for one email within 15 minutes get 429 with Retry-After, even with the right password', async () => {
    const a = t.accounts[2]!;
    for (let i = 0; i < 5; i++) assert.equal((await signIn(a.email, `guess ${i}`)).status, 401);
    const blocked = await signIn(a.email, a.password);
    assert.equal(blocked.status, 429);
    const retryAfter = Number(blocked.headers.get('retry-after'));
    assert.ok(retryAfter > 800 && retryAfter <= 900, `Retry-After ${retryAfter}`);
    assert.match(((await blocked.json()) as { detail: string }).detail, /too many attempts/);
    // Another email is not affected.
    assert.equal((await signIn(t.accounts[3]!.email, t.accounts[3]!.password)).status, 200);
    // When the window has passed, the editor can sign in again.
    t.catalogue.db.prepare('UPDATE sign_in_failures SET failed_at = failed_at - ?').run(16 * 60 * 1000);
    assert.equal((await signIn(a.email, a.password)).status, 200);
  });

  test('parallel guesses cannot slip past the limit', async () => {
    const a = t.accounts[1]!;
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(a.email, `parallel guess ${i}`)));
    const codes = results.map((r) => r.status);
    assert.equal(codes.filter((c) => c === 401).length, 5, codes.join(','));
    assert.equal(codes.filter((c) => c === 429).length, 7);
  });

  test('a success clears earlier failures', async () => {
    const a = t.accounts[0]!;
    for (let i = 0; i < 4; i++) await signIn(a.email, 'wrong');
    assert.equal((await signIn(a.email, a.password)).status, 200);
    for (let i = 0; i < 4; i++) assert.equal((await signIn(a.email, 'wrong')).status, 401);
    assert.equal((await getJson(`${t.api}/`)).status, 200);
  });
});
