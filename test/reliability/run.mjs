// Runs the reliability and security suite (npm run test:reliability; .ci/run runs it after npm test):
// every test/reliability/*.test.ts with Node's test runner, one file at a time, then writes the
// results table each test recorded to docs/reliability.md (only when every test passed, so the
// document always shows a whole, real run). `--no-doc` only prints the table.
// A file filter may be given: `npm run test:reliability -- crash` (the document is then not written).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = join(ROOT, 'test/reliability');
const args = process.argv.slice(2);
const filters = args.filter((a) => !a.startsWith('-'));
const writeDoc = !args.includes('--no-doc') && filters.length === 0;

// Server tests first (quick), then the browser ones, the soak last.
const ORDER = [
  'server-auth',
  'server-bad-requests',
  'server-concurrency',
  'server-crash',
  'browser-list-faults',
  'browser-editor-faults',
  'browser-editor-recovery',
  'browser-xss',
  'soak',
];
const rank = (f) => {
  const i = ORDER.findIndex((o) => f.startsWith(o));
  return i === -1 ? ORDER.length : i;
};
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.test.ts'))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
if (files.length === 0) {
  console.error(`No reliability tests match ${filters.join(' ')}`);
  process.exit(1);
}

const results = join(tmpdir(), `oruk-reliability-${process.pid}.jsonl`);
rmSync(results, { force: true });
const started = Date.now();
const run = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-concurrency=1',
    ...files.map((f) => join('test/reliability', f)),
  ],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, RELIABILITY_RESULTS: results } },
);
const seconds = Math.round((Date.now() - started) / 1000);

let rows;
try {
  rows = readFileSync(results, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
} catch {
  rows = [];
}
rmSync(results, { force: true });

const AREAS = [
  'Network faults (list)',
  'Network faults (editor)',
  'Crashes',
  'Hostile content',
  'Authorisation',
  'Bad requests',
  'Concurrency',
  'Soak',
];
rows.sort((a, b) => AREAS.indexOf(a.area) - AREAS.indexOf(b.area));
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = [
  '| Area | What was tried | Cases | What happened |',
  '|---|---|---:|---|',
  ...rows.map(
    (r) => `| ${cell(r.area)} | ${cell(r.tried)} | ${r.cases.toLocaleString('en-GB')} | ${cell(r.outcome)} |`,
  ),
].join('\n');

console.log(`\nReliability suite: ${run.status === 0 ? 'all passed' : 'FAILED'} in ${seconds} s\n\n${table}\n`);

if (run.status === 0 && writeDoc) {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const doc = `# Reliability and security

What the automated suite in \`test/reliability/\` proves, from its last full run. Run it with
\`npm run test:reliability\` (\`bash .ci/run\` runs it after \`npm test\`). It rewrites this file
after a run in which every test passed.

Everything is real: the catalogue runs as a child process on a loopback port with a temporary
database; the browser is headless Chromium driven by playwright-core, loading the elements
bundled from \`src/\`; network faults come from a fault-injecting proxy
(\`test/support/fault-proxy.mjs\`) between Chromium and the catalogue. No fetch is mocked.

Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${seconds} s, Node ${process.version},
${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB memory.

${table}

## Rules the suite holds the product to

- **Network faults.** The list's read deadline is 10 s (retries included), so a 10 s delay is a
  timeout; the editor's write deadline is 15 s, so a 10 s delay is a slow save that succeeds
  ("Saving…" meanwhile) and an answer that never comes is "not saved". A JSON answer with a
  wrong but harmless label (\`text/plain\`) is read (lenient reading); an HTML page where JSON
  should be is an error.
- **Search.** Search text is words, never syntax: any text gets 200 and an ordinary page that
  matches exactly what its letters and digits match as plain words (often nothing).
- **Bad bodies.** Over 1 MiB: 413. Nested deeper than 32 levels: 400. A list over 1,000 items:
  400. Not UTF-8: 400. Wrong types, and fields that neither ORUK 3.0 nor HSDS 3.0 defines: 422
  with one problem per field (HSDS 3.0 fields, the extension fields in \`docs/data-model.md\` and
  vendor fields named \`x_…\` are accepted). Every error is \`application/problem+json\`.
- **Sign-in.** A browser page may sign in and write only from a website origin registered for
  the editor's organisation. After 5 failed sign-ins for an email in 15 minutes, every attempt
  (even with the right password) gets 429 with \`Retry-After\`.
- **Soak.** Zero 5xx and zero failed requests; memory is flat when the catalogue's RSS at the
  end is within 10% (plus 5 MiB) of its RSS halfway through the run.

## Failures the suite found, fixed in the product

- \`POST /auth/token\` issued a token to a page whose \`Origin\` was not registered (every other
  write endpoint refused it): now 403.
- A JSON body with invalid UTF-8 was stored with U+FFFD replacement characters: now 400.
- A service with 10,000 phones (under 1 MiB) was stored: lists over 1,000 items are now 400.
- Unknown fields (at any level) were stored and served to every reader: now 422.
`;
  writeFileSync(join(ROOT, 'docs/reliability.md'), doc);
  console.log('Wrote docs/reliability.md');
}
process.exit(run.status ?? 1);
