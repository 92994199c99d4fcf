/**
 * `npm run bench`: measures speed, size and load against baselines measured in
 * the same run, prints one markdown table and writes it to bench/results.md with
 * the machine's description. See bench/README.md for what each figure means.
 *
 *   npm run bench                  everything, writes bench/results.md
 *   npm run bench -- --quick       fewer, shorter runs; prints only (a smoke test)
 *   npm run bench -- --only=list,editor   some measurements; prints only
 *   npm run bench -- --note="…"    adds a line to results.md's Machine section
 *
 * Measurements: checking, sizes, list, editor, lighthouse, catalogue.
 * Exits 1 when a measurement fails to run (bench/results.md is then left as it was).
 * Speed never fails the run: the figures are for reading, not for pass/fail.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { freemem, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { measureCatalogueLoad } from './catalogue-load.js';
import { measureChecking } from './checking.js';
import { fullRecords, largeRecord } from './data/oruk-records.js';
import { measureEditor } from './editor.js';
import { ensureBuilt } from './lib/build.js';
import { launchChromium } from './lib/browser.js';
import { BENCH_ORG, createServices, startBenchCatalogue, taxonomyTerms, type BenchCatalogue } from './lib/catalogue.js';
import { describeMachine } from './lib/machine.js';
import type { Row, Section } from './lib/row.js';
import { startStaticServer, type StaticServer } from './lib/static-server.js';
import { measureLighthouse } from './lighthouse.js';
import { measureList } from './list.js';
import { measureSizes } from './sizes.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const ALL = ['checking', 'sizes', 'list', 'editor', 'lighthouse', 'catalogue'] as const;
type Name = (typeof ALL)[number];

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const onlyArg = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const only = new Set<Name>(
  onlyArg ? (onlyArg.split(',').filter((n) => (ALL as readonly string[]).includes(n)) as Name[]) : ALL,
);
const full = !quick && !onlyArg;
// --note="…": a line for the Machine section of results.md (what else was using the machine).
const runNote = argv.find((a) => a.startsWith('--note='))?.slice('--note='.length);

const started = Date.now();
const startLoad = loadavg();
const startFree = freemem();
const log = (line: string) =>
  process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);

const P = quick
  ? {
      listRuns: 2,
      warm: 3,
      checkRuns: 3,
      editorLoads: 2,
      keyRuns: 1,
      keystrokes: 10,
      lighthouseRuns: 1,
      loadSeconds: 2,
      loadRuns: 1,
    }
  : {
      listRuns: 5,
      warm: 10,
      checkRuns: 7,
      editorLoads: 5,
      keyRuns: 3,
      keystrokes: 40,
      lighthouseRuns: 3,
      loadSeconds: 10,
      loadRuns: 3,
    };

const sections: { name: Name; section: Section }[] = [];
const failures: string[] = [];

async function step(name: Name, run: () => Promise<Section> | Section): Promise<void> {
  if (!only.has(name)) return;
  const t = Date.now();
  log(`${name}…`);
  try {
    sections.push({ name, section: await run() });
    log(`${name} done in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    failures.push(`${name}: ${message}`);
    log(`${name} FAILED: ${message}`);
  }
}

function table(rows: Row[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| Measure | Ours | Baseline | Ratio | How |',
    '|---|---:|---:|---:|---|',
    ...rows.map((r) => `| ${cell(r.what)} | ${cell(r.ours)} | ${cell(r.baseline)} | ${r.ratio} | ${cell(r.note)} |`),
  ].join('\n');
}

let staticServer: StaticServer | undefined;
let catalogue: BenchCatalogue | undefined;
let browser: Browser | undefined;
let chromium = { executablePath: '', version: '', args: [] as string[] };

try {
  await step('checking', () => measureChecking({ records: 1000, runs: P.checkRuns }, log));
  const needsBrowserOrServer = ['sizes', 'list', 'editor', 'lighthouse', 'catalogue'].some((n) => only.has(n as Name));
  if (needsBrowserOrServer) ensureBuilt(root, log);
  await step('sizes', () => measureSizes(root));

  if (['list', 'editor', 'lighthouse', 'catalogue'].some((n) => only.has(n as Name))) {
    staticServer = await startStaticServer(root);
    log('Starting the catalogue (temporary seeded database)…');
    catalogue = await startBenchCatalogue(root, [staticServer.origin]);
    const terms = await taxonomyTerms(catalogue.api);
    const benchRecords = fullRecords(20260402, 50, { organization: BENCH_ORG, terms });
    const benchServices = await createServices(catalogue.api, catalogue.benchToken, benchRecords);
    const large = largeRecord(20260403, { organization: { id: catalogue.demoOrganizationId, name: '' }, terms });
    await createServices(catalogue.api, catalogue.demoToken, [large]);
    log(
      `Catalogue at ${catalogue.api}: added ${benchServices.length} services for ${BENCH_ORG.name} and one with ` +
        '50 locations and 100 schedules.',
    );

    const launched = await launchChromium(root);
    browser = launched.browser;
    chromium = { executablePath: launched.executablePath, version: browser.version(), args: launched.args };
    const cat = catalogue;
    const origin = staticServer.origin;
    await step('list', () =>
      measureList(
        {
          browser: browser!,
          pageUrl: `${origin}/bench/pages/list.html`,
          api: cat.api,
          organizationId: BENCH_ORG.id,
          runs: P.listRuns,
          warmRepeats: P.warm,
          sizes: [50, 500, 5000],
        },
        log,
      ),
    );
    await step('editor', () =>
      measureEditor(
        {
          browser: browser!,
          pageUrl: `${origin}/bench/pages/editor.html`,
          api: cat.api,
          serviceId: String(large.id),
          token: cat.demoToken,
          loadRuns: P.editorLoads,
          keyRuns: P.keyRuns,
          keystrokes: P.keystrokes,
        },
        log,
      ),
    );
    await browser.close();
    browser = undefined;
    await step('lighthouse', () =>
      measureLighthouse(
        {
          url: `${cat.site}/`,
          chromePath: chromium.executablePath,
          flags: [...chromium.args, '--headless=new'],
          runs: P.lighthouseRuns,
        },
        log,
      ),
    );
    await step('catalogue', () =>
      measureCatalogueLoad(
        {
          root,
          site: cat.site,
          api: cat.api,
          token: cat.benchToken,
          origin,
          editable: benchServices.map((s, i) => ({ ...s, record: benchRecords[i]! })),
          connections: 50,
          seconds: P.loadSeconds,
          runs: P.loadRuns,
        },
        log,
      ),
    );
  }
} catch (error) {
  failures.push(`setup: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await browser?.close().catch(() => {});
  await catalogue?.stop().catch(() => {});
  await staticServer?.close().catch(() => {});
}

const order = (name: Name) => ALL.indexOf(name);
const ordered = [...sections].sort((a, b) => order(a.name) - order(b.name));
const rows = ordered.flatMap((s) => s.section.rows);
const notes = ordered.flatMap((s) => s.section.notes);
const shortfalls = rows.flatMap((r) => (r.shortfall ? [r.shortfall] : []));
const markdown = table(rows);
process.stdout.write(`${markdown}\n`);
const elapsed = (Date.now() - started) / 1000;
log(`Finished in ${Math.floor(elapsed / 60)} min ${Math.round(elapsed % 60)} s.`);

if (failures.length > 0) {
  log(`${failures.length} measurement(s) failed to run; bench/results.md was not written:\n${failures.join('\n')}`);
  process.exit(1);
}

if (full) {
  const analysis = readFileSync(join(root, 'bench', 'analysis.md'), 'utf8').trim();
  const results = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.ts) from one real run; the figures change from run to run.',
    'Every figure is a median of several runs; every ratio is ours ÷ a baseline measured in the same run,',
    'as a cost (time per operation, bytes): 1.00× is as fast as the baseline, 2.00× takes twice as long.',
    'What each measure does and what its baseline is: [bench/README.md](README.md).',
    '',
    '## Machine',
    '',
    ...describeMachine(chromium.executablePath || '/usr/bin/chromium', chromium.version, startLoad, startFree),
    `- The whole run took ${Math.floor(elapsed / 60)} min ${Math.round(elapsed % 60)} s.`,
    ...(runNote ? [`- ${runNote}`] : []),
    '',
    '## Results',
    '',
    markdown,
    '',
    '## Short of the goals in this run',
    '',
    'Every figure over one frame (16 ms), under a Lighthouse score of 100, or more than twice its baseline',
    '(for sizes: over the budget):',
    '',
    ...(shortfalls.length ? shortfalls.map((s) => `- ${s}`) : ['- None.']),
    ...(notes.length ? ['', ...notes.map((n) => `- ${n}`)] : []),
    '',
    analysis,
    '',
  ].join('\n');
  writeFileSync(join(root, 'bench', 'results.md'), results);
  log('Wrote bench/results.md');
}
