/** `npm run catalogue -- <command>`: the everyday tasks, with clear messages. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { runCli } from '../../../server/cli/commands.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCatalogue } from '../../../server/store/catalogue.js';
import { verifyPassword } from '../../../server/domain/passwords.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;
let db: string;

/** Runs a command in-process (fast); one test below runs the real `npm run catalogue` entry point. */
async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli([...args, '--db', db], { out: (l) => (out += `${l}\n`), err: (l) => (err += `${l}\n`) });
  return { code, out, err };
}

function withCatalogue<T>(fn: (c: ReturnType<typeof openCatalogue>) => T): T {
  const c = openCatalogue(db);
  try {
    return fn(c);
  } finally {
    c.close();
  }
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'oruk-cli-'));
  db = join(dir, 'catalogue.db');
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('catalogue CLI', () => {
  test('npm run catalogue: help lists every command; an unknown command says so', () => {
    const npm = (args: string[]) =>
      spawnSync('npm', ['run', '--silent', 'catalogue', '--', ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ORUK_DB: db },
      });
    const help = npm(['help']);
    assert.equal(help.status, 0, help.stderr);
    for (const c of ['add-organization', 'add-editor', 'import', 'reset-demo'])
      assert.match(help.stdout, new RegExp(c));
    const bad = npm(['frobnicate']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /Unknown command "frobnicate"/);
  });

  test('reset-demo loads the demo data', async () => {
    const r = await cli('reset-demo');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /4 organisations, 44 services/);
    assert.equal(
      withCatalogue((c) => c.services.count()),
      44,
    );
  });

  let orgId = '';
  test('add-organization with its website origins', async () => {
    const r = await cli(
      'add-organization',
      '--name',
      'Riverside Foodbank',
      '--origin',
      'https://www.riverside.example.org.uk',
      '--origin',
      'https://riverside.example.org.uk/',
      '--description',
      'A food bank.',
    );
    assert.equal(r.code, 0, r.err);
    orgId = /id ([0-9a-f-]{36})/.exec(r.out)![1]!;
    assert.deepEqual(
      withCatalogue((c) => c.organizations.origins(orgId)),
      ['https://riverside.example.org.uk', 'https://www.riverside.example.org.uk'],
    );
    const bad = await cli('add-organization', '--name', 'X', '--origin', 'https://x.example.org.uk/some/page');
    assert.equal(bad.code, 1);
    assert.match(bad.err, /is not a website origin/);
    const missing = await cli('add-organization', '--origin', 'https://x.example.org.uk');
    assert.match(missing.err, /Missing --name/);
  });

  test('add-editor: generated password printed once and stored as scrypt; given password kept', async () => {
    const r = await cli('add-editor', '--organization', orgId, '--email', 'Sam@Riverside.example.org.uk');
    assert.equal(r.code, 0, r.err);
    const password = /Password[^:]*: (\S+)/.exec(r.out)![1]!;
    assert.ok(password.length >= 16);
    const editor = withCatalogue((c) => c.accounts.findEditor('sam@riverside.example.org.uk'))!;
    assert.equal(editor.organizationId, orgId);
    assert.ok(await verifyPassword(password, editor.passwordHash));
    assert.ok(!editor.passwordHash.includes(password));
    const dup = await cli('add-editor', '--organization', orgId, '--email', 'sam@riverside.example.org.uk');
    assert.match(dup.err, /already an editor/);
    const short = await cli(
      'add-editor',
      '--organization',
      orgId,
      '--email',
      'jo@riverside.example.org.uk',
      '--password',
      'short',
    );
    assert.match(short.err, /at least 12 characters/);
    const noOrg = await cli(
      'add-editor',
      '--organization',
      '00000000-0000-4000-8000-000000000000',
      '--email',
      'jo@x.example.org.uk',
    );
    assert.match(noOrg.err, /no organisation with id/);
  });

  test('import: a list of ORUK services, validated first, all in one transaction', async () => {
    const fixture = JSON.parse(
      readFileSync(join(root, 'test/fixtures/reference/oruk-3.0-spec-examples/service_full.json'), 'utf8'),
    ) as Record<string, unknown>;
    const second = {
      ...fixture,
      id: '7a0c1f52-3b9e-4d7a-8c21-5e6f7a8b9c0d',
      name: 'Second imported service',
      service_at_locations: [],
    };
    const file = join(dir, 'services.json');
    writeFileSync(file, JSON.stringify({ contents: [fixture, second] }));
    const before = withCatalogue((c) => c.services.count());
    const r = await cli('import', file);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Imported 2 services \(2 new, 0 replaced\) and 1 new organisations/);
    assert.equal(
      withCatalogue((c) => c.services.count()),
      before + 2,
    );

    const broken = { ...second, id: '8b1d2e63-4caf-4e8b-9d32-6f7a8b9c0d1e', status: 'open', email: 'nope' };
    writeFileSync(file, JSON.stringify([{ ...fixture, name: 'Renamed' }, broken]));
    const bad = await cli('import', file);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /Nothing was imported/);
    assert.match(bad.err, /service 2 .*status: Status must be one of/);
    assert.match(bad.err, /email: Enter an email address in the correct format/);
    assert.equal(
      withCatalogue((c) => c.services.count()),
      before + 2,
      'nothing from the bad file was saved',
    );
    assert.equal(
      withCatalogue((c) => JSON.parse(c.services.get(fixture.id as string)!.doc).name),
      fixture.name,
    );
    assert.match((await cli('import', join(dir, 'missing.json'))).err, /Cannot read/);
  });

  test('list-organizations shows ids, origins and editors', async () => {
    const r = await cli('list-organizations');
    assert.match(r.out, /Riverside Foodbank\n {2}id: [0-9a-f-]{36}\n {2}services: 0\n {2}origins: https:\/\/riverside/);
    assert.match(r.out, /editors: sam@riverside.example.org.uk/);
  });

  test('reset-demo empties everything first', async () => {
    await cli('reset-demo');
    assert.equal(
      withCatalogue((c) => c.services.count()),
      44,
    );
    assert.equal(
      withCatalogue((c) => c.accounts.findEditor('sam@riverside.example.org.uk')),
      undefined,
    );
  });
});
