/**
 * 1. Rendering the list: <oruk-service-list> (the built dist/oruk-list.js) against a
 * minimal hand-written DOM renderer of the same markup, in the same page, at 50,
 * 500 and 5,000 services given through the `services` property, and through the
 * real catalogue (an organisation with 50 services, first page of 10).
 *
 * Each run is a fresh browser context and page. First render ("cold"): each
 * renderer once, taking turns going first, with the JS heap after garbage
 * collection before and after. Then "warm": more renders in the same page, taking
 * turns, once both renderers' code has run.
 */
import type { Browser } from 'playwright-core';
import { call, heapAfterGc, openPage, type BenchPage } from './lib/browser.js';
import type { Row, Section } from './lib/row.js';
import { mb, median, ms, ratio } from './lib/stats.js';

interface RenderResult {
  ms: number;
  cards: number;
  first: string;
}

type Kind = 'ours' | 'baseline';

interface RunResult {
  cold: Record<Kind, { ms: number; heapAfter: number; heapAdded: number }>;
  warm: Record<Kind, number[]>;
}

export interface ListOptions {
  browser: Browser;
  pageUrl: string;
  api: string;
  organizationId: string;
  runs: number;
  warmRepeats: number;
  sizes: number[];
}

interface Scenario {
  label: string;
  prepare: string;
  render: (kind: Kind) => string;
  repeat: (times: number) => string;
  expectCards: number;
}

async function coldPair(bp: BenchPage, scenario: Scenario, order: Kind[]): Promise<RunResult['cold']> {
  const out = {} as RunResult['cold'];
  const firsts: string[] = [];
  for (const kind of order) {
    const before = await heapAfterGc(bp.cdp);
    const result = await call<RenderResult>(bp.page, scenario.render(kind));
    const after = await heapAfterGc(bp.cdp);
    if (result.cards !== scenario.expectCards)
      throw new Error(
        `${scenario.label}, ${kind}: ${result.cards} services on screen, expected ${scenario.expectCards}`,
      );
    firsts.push(result.first);
    out[kind] = { ms: result.ms, heapAfter: after, heapAdded: after - before };
    await call(bp.page, 'window.bench.clear()');
  }
  if (firsts[0] !== firsts[1])
    throw new Error(
      `${scenario.label}: the two renderers showed different first services: "${firsts[0]}" and "${firsts[1]}"`,
    );
  return out;
}

async function oneRun(options: ListOptions, scenario: Scenario, order: Kind[]): Promise<RunResult> {
  const bp = await openPage(options.browser, options.pageUrl);
  try {
    await call(bp.page, 'window.bench.ready()');
    await call(bp.page, scenario.prepare);
    await call(bp.page, 'window.bench.warmUp()');
    const cold = await coldPair(bp, scenario, order);
    const warm = await call<RunResult['warm']>(bp.page, scenario.repeat(options.warmRepeats));
    return { cold, warm };
  } finally {
    await bp.close();
  }
}

function timeRow(label: string, ours: number, baseline: number, note: string): Row {
  const r = ours / baseline;
  return {
    area: 'List',
    what: label,
    ours: ms(ours),
    baseline: ms(baseline),
    ratio: ratio(r),
    ratioValue: r,
    note,
    ...(r > 2
      ? { shortfall: `${label}: ${ratio(r)} the hand-written renderer's time (${ms(ours)} against ${ms(baseline)})` }
      : {}),
  };
}

function rowsFor(scenario: Scenario, runs: RunResult[], remote: boolean): Row[] {
  const cold = (kind: Kind, key: 'ms' | 'heapAfter' | 'heapAdded') => median(runs.map((r) => r.cold[kind][key]));
  const warm = (kind: Kind) => median(runs.flatMap((r) => r.warm[kind]));
  const warmCount = runs.reduce((n, r) => n + r.warm.ours.length, 0);
  const heapRatio = cold('ours', 'heapAfter') / cold('baseline', 'heapAfter');
  const what = remote
    ? 'fetch, read and render over loopback; baseline: fetch, JSON.parse and the same DOM'
    : '10 per page';
  return [
    timeRow(
      `List, ${scenario.label}: first page on screen, first render in a fresh page`,
      cold('ours', 'ms'),
      cold('baseline', 'ms'),
      `median of ${runs.length} fresh pages; ${what}`,
    ),
    timeRow(
      `List, ${scenario.label}: first page on screen, warm`,
      warm('ours'),
      warm('baseline'),
      `median of ${warmCount} renders each, taking turns`,
    ),
    {
      area: 'List',
      what: `List, ${scenario.label}: JS heap after the first render (added by it)`,
      ours: `${mb(cold('ours', 'heapAfter'))} (+${mb(cold('ours', 'heapAdded'))})`,
      baseline: `${mb(cold('baseline', 'heapAfter'))} (+${mb(cold('baseline', 'heapAdded'))})`,
      ratio: ratio(heapRatio),
      ratioValue: heapRatio,
      note: 'after garbage collection; the page and the services data are in both',
      ...(heapRatio > 2 ? { shortfall: `List, ${scenario.label}: JS heap ${ratio(heapRatio)} the baseline's` } : {}),
    },
  ];
}

export async function measureList(options: ListOptions, log: (line: string) => void): Promise<Section> {
  const scenarios: { scenario: Scenario; remote: boolean }[] = options.sizes.map((size) => ({
    remote: false,
    scenario: {
      label: `${size.toLocaleString('en-GB')} services (property)`,
      prepare: `window.bench.prepare(${size})`,
      render: (kind) => `window.bench.render(${JSON.stringify(kind)})`,
      repeat: (times) => `window.bench.repeat(${times}, 'local')`,
      expectCards: Math.min(10, size),
    },
  }));
  const remoteArgs = `${JSON.stringify(options.api)}, ${JSON.stringify(options.organizationId)}`;
  scenarios.push({
    remote: true,
    scenario: {
      label: '50 services from the catalogue',
      prepare: 'true',
      render: (kind) => `window.bench.renderRemote(${JSON.stringify(kind)}, ${remoteArgs})`,
      repeat: (times) => `window.bench.repeat(${times}, 'remote', ${remoteArgs})`,
      expectCards: 10,
    },
  });
  const rows: Row[] = [];
  for (const { scenario, remote } of scenarios) {
    const runs: RunResult[] = [];
    for (let run = 0; run < options.runs; run++) {
      runs.push(await oneRun(options, scenario, run % 2 === 0 ? ['ours', 'baseline'] : ['baseline', 'ours']));
    }
    const fmt = (kind: Kind) => runs.map((r) => r.cold[kind].ms.toFixed(1)).join(', ');
    log(`  ${scenario.label}: first render ours ${fmt('ours')} ms; baseline ${fmt('baseline')} ms`);
    rows.push(...rowsFor(scenario, runs, remote));
  }
  return { rows, notes: [] };
}
