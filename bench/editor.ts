/**
 * 3. The editor, on a large service (50 locations, 100 schedules) stored in the
 * catalogue: the time to load and render it, and the latency from a keystroke to
 * the rendered state, at p50 and p95 (goal: under one frame, 16 ms, at p95).
 *
 * The editor checks a field when it loses focus, not on every keystroke (the
 * GOV.UK pattern), so two latencies are measured in the 40th location's postcode:
 * typing a character (the edit applied and rendered) and leaving the field with
 * Tab (the whole record checked, the field's error shown or cleared, rendered).
 * Baselines, in the same page, measured the same way: for loading, the same
 * markup and CSS put in place by hand after fetching the same record; for keys, a
 * bare <input> whose handlers copy the value and check a postcode with one regex.
 */
import type { Browser } from 'playwright-core';
import { call, openPage } from './lib/browser.js';
import type { Row, Section } from './lib/row.js';
import { median, ms, percentile, ratio } from './lib/stats.js';

export interface EditorOptions {
  browser: Browser;
  pageUrl: string;
  api: string;
  serviceId: string;
  token: string;
  loadRuns: number;
  keyRuns: number;
  keystrokes: number;
}

interface Loaded {
  ms: number;
  controls: number;
}

type Kind = 'ours' | 'baseline';
const FIELD = 'service_at_locations.39.location.addresses.0.postal_code';
const WARM_UP = 4;

function args(...values: unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

async function typing(options: EditorOptions, kind: Kind): Promise<{ key: number[]; leave: number[] }> {
  const bp = await openPage(options.browser, options.pageUrl);
  try {
    await call(bp.page, `window.bench.load(${args(options.api, options.serviceId, options.token)})`);
    await call(bp.page, 'window.bench.setUpKeys()');
    const key: number[] = [];
    const leave: number[] = [];
    const original = await call<string>(bp.page, `window.bench.focus(${args(kind, FIELD)})`);
    for (let i = 0; i < options.keystrokes + WARM_UP; i++) {
      const adding = i % 2 === 0;
      await bp.page.keyboard.press(adding ? 'x' : 'Backspace');
      const typed = await call<number>(bp.page, 'window.bench.take()');
      const afterKey = await call<{ value: string; error: string }>(
        bp.page,
        `window.bench.fieldState(${args(kind, FIELD)})`,
      );
      const expected = kind === 'ours' ? (adding ? `${original}x` : original) : adding ? 'x' : '';
      if (afterKey.value !== expected)
        throw new Error(`${kind}: the field holds "${afterKey.value}" after typing, expected "${expected}"`);
      await bp.page.keyboard.press('Tab');
      const left = await call<number>(bp.page, 'window.bench.take()');
      const afterLeave = await call<{ value: string; error: string }>(
        bp.page,
        `window.bench.fieldState(${args(kind, FIELD)})`,
      );
      if (kind === 'ours' && adding !== afterLeave.error.includes('postcode')) {
        throw new Error(
          `ours: after leaving the field with "${afterLeave.value}", the error shown is "${afterLeave.error}"`,
        );
      }
      if (i >= WARM_UP) {
        key.push(typed);
        leave.push(left);
      }
      await call(bp.page, `window.bench.focus(${args(kind, FIELD)})`);
    }
    return { key, leave };
  } finally {
    await bp.close();
  }
}

export async function measureEditor(options: EditorOptions, log: (line: string) => void): Promise<Section> {
  // The markup to hand-write comes from the editor as it renders this service.
  const setup = await openPage(options.browser, options.pageUrl);
  const first = await call<Loaded & { phase: string }>(
    setup.page,
    `window.bench.load(${args(options.api, options.serviceId, options.token)})`,
  );
  const captured = await call<Record<string, unknown>>(setup.page, 'window.bench.capture()');
  await setup.close();
  log(`  editor: ${first.controls} form controls for the large service`);

  const loads: Record<Kind, number[]> = { ours: [], baseline: [] };
  for (let run = 0; run < options.loadRuns; run++) {
    const bp = await openPage(options.browser, options.pageUrl);
    try {
      for (const kind of (run % 2 === 0 ? ['ours', 'baseline'] : ['baseline', 'ours']) as Kind[]) {
        const result =
          kind === 'ours'
            ? await call<Loaded>(bp.page, `window.bench.load(${args(options.api, options.serviceId, options.token)})`)
            : await call<Loaded>(
                bp.page,
                `window.bench.loadBaseline(${args(options.api, options.serviceId, captured)})`,
              );
        if (result.controls !== first.controls)
          throw new Error(`${kind}: ${result.controls} form controls, expected ${first.controls}`);
        loads[kind].push(result.ms);
        await call(bp.page, 'window.bench.clear()');
      }
    } finally {
      await bp.close();
    }
  }
  log(
    `  editor load: ours ${loads.ours.map((t) => t.toFixed(0)).join(', ')} ms; ` +
      `baseline ${loads.baseline.map((t) => t.toFixed(0)).join(', ')} ms`,
  );

  const keys: Record<Kind, { key: number[][]; leave: number[][] }> = {
    ours: { key: [], leave: [] },
    baseline: { key: [], leave: [] },
  };
  for (let run = 0; run < options.keyRuns; run++) {
    for (const kind of ['ours', 'baseline'] as Kind[]) {
      const result = await typing(options, kind);
      keys[kind].key.push(result.key);
      keys[kind].leave.push(result.leave);
    }
  }
  const at = (kind: Kind, which: 'key' | 'leave', p: number) =>
    median(keys[kind][which].map((run) => percentile(run, p)));
  for (const which of ['key', 'leave'] as const) {
    log(
      `  editor ${which}: ours p50 ${keys.ours[which].map((r) => percentile(r, 50).toFixed(1)).join(', ')}; ` +
        `p95 ${keys.ours[which].map((r) => percentile(r, 95).toFixed(1)).join(', ')} ms`,
    );
  }

  const loadOurs = median(loads.ours);
  const loadBase = median(loads.baseline);
  const loadRatio = loadOurs / loadBase;
  const rows: Row[] = [
    {
      area: 'Editor',
      what: 'Editor, large service (50 locations, 100 schedules): load and render',
      ours: ms(loadOurs),
      baseline: ms(loadBase),
      ratio: ratio(loadRatio),
      ratioValue: loadRatio,
      note:
        `median of ${options.loadRuns} fresh pages; ${first.controls} form controls; ` +
        `ours includes downloading the editor's code, GET / and the taxonomy terms`,
      ...(loadRatio > 2
        ? {
            shortfall:
              `Editor load and render: ${ratio(loadRatio)} the hand-written baseline (${ms(loadOurs)} against ` +
              `${ms(loadBase)})`,
          }
        : {}),
    },
  ];
  const n = options.keystrokes / 2;
  const labels = {
    key: `Editor, keystroke → edit rendered`,
    leave: `Editor, leaving the field (Tab) → record checked, error rendered`,
  };
  for (const which of ['key', 'leave'] as const) {
    for (const p of [50, 95]) {
      const ours = at('ours', which, p);
      const base = at('baseline', which, p);
      const r = ours / base;
      const misses = [
        ...(ours > 16 ? [`${ms(ours)}, over one frame (16 ms)`] : []),
        ...(r > 2 ? [`${ratio(r)} a bare input's ${ms(base)}`] : []),
      ];
      rows.push({
        area: 'Editor',
        what: `${labels[which]}, p${p}`,
        ours: ms(ours),
        baseline: ms(base),
        ratio: ratio(r),
        ratioValue: r,
        note:
          `goal < 16 ms at p95; median over ${options.keyRuns} pages of the p${p} of ${options.keystrokes} (${n} ` +
          `"x", ${n} Backspace) in the 40th location's postcode`,
        ...(misses.length ? { shortfall: `${labels[which]}, p${p}: ${misses.join('; ')}` } : {}),
      });
    }
  }
  return { rows, notes: [] };
}
