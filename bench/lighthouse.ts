/**
 * 6. The page as a visitor sees it: Lighthouse 12 (programmatic API) on the demo
 * charity page served by the catalogue, in Debian's Chromium started by
 * chrome-launcher with the tests' flags. Lighthouse's default settings: a
 * mid-range phone on a slow 4G connection, simulated. The figures are the
 * medians of several runs; the reference is a score of 100.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Row, Section } from './lib/row.js';
import { median, ms } from './lib/stats.js';

export interface LighthouseOptions {
  url: string;
  chromePath: string;
  flags: string[];
  runs: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

interface Run {
  scores: Record<Category, number>;
  cls: number;
  tbt: number;
  lcp: number;
  failing: string[];
}

async function once(options: LighthouseOptions): Promise<Run> {
  const chrome = await chromeLauncher.launch({
    chromePath: options.chromePath,
    chromeFlags: options.flags,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(options.url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${options.url}: ${lhr.runtimeError.message}`);
    const scores = {} as Record<Category, number>;
    for (const c of CATEGORIES) {
      const score = lhr.categories[c]?.score;
      if (typeof score !== 'number') throw new Error(`Lighthouse gave no ${c} score`);
      scores[c] = Math.round(score * 100);
    }
    const failing: string[] = [];
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && typeof audit.score === 'number' && audit.score < 0.9) {
          failing.push(`${c}: ${audit.title} (${audit.displayValue ?? `score ${Math.round(audit.score * 100)}`})`);
        }
      }
    }
    const num = (id: string) => Number(lhr.audits[id]?.numericValue ?? Number.NaN);
    return {
      scores,
      cls: num('cumulative-layout-shift'),
      tbt: num('total-blocking-time'),
      lcp: num('largest-contentful-paint'),
      failing,
    };
  } finally {
    chrome.kill();
  }
}

export async function measureLighthouse(options: LighthouseOptions, log: (line: string) => void): Promise<Section> {
  const runs: Run[] = [];
  for (let i = 0; i < options.runs; i++) {
    const run = await once(options);
    log(
      `  Lighthouse run ${i + 1}: ${CATEGORIES.map((c) => `${c} ${run.scores[c]}`).join(', ')}, CLS ` +
        `${run.cls.toFixed(3)}, TBT ${Math.round(run.tbt)} ms`,
    );
    runs.push(run);
  }
  const rows: Row[] = [];
  const names: Record<Category, string> = {
    performance: 'Performance',
    accessibility: 'Accessibility',
    'best-practices': 'Best practices',
    seo: 'SEO',
  };
  for (const c of CATEGORIES) {
    const score = median(runs.map((r) => r.scores[c]));
    rows.push({
      area: 'Lighthouse',
      what: `Lighthouse, demo charity page: ${names[c]} score`,
      ours: String(score),
      baseline: '100',
      ratio: '—',
      note: `median of ${runs.length} runs; mobile, simulated slow 4G`,
      ...(score < 100 ? { shortfall: `Lighthouse ${names[c]}: ${score} of 100` } : {}),
    });
  }
  const cls = median(runs.map((r) => r.cls));
  const tbt = median(runs.map((r) => r.tbt));
  const lcp = median(runs.map((r) => r.lcp));
  rows.push({
    area: 'Lighthouse',
    what: 'Lighthouse, demo charity page: Cumulative Layout Shift',
    ours: cls.toFixed(3),
    baseline: '0 (good: ≤ 0.1)',
    ratio: '—',
    note: `median of ${runs.length} runs`,
    ...(cls > 0.1 ? { shortfall: `Lighthouse CLS ${cls.toFixed(3)}, above 0.1` } : {}),
  });
  rows.push({
    area: 'Lighthouse',
    what: 'Lighthouse, demo charity page: Total Blocking Time',
    ours: ms(tbt),
    baseline: '0 ms (good: ≤ 200 ms)',
    ratio: '—',
    note: `median of ${runs.length} runs; Largest Contentful Paint ${ms(lcp)}`,
    ...(tbt > 200 ? { shortfall: `Lighthouse Total Blocking Time ${ms(tbt)}, above 200 ms` } : {}),
  });
  const failing = [...new Set(runs.flatMap((r) => r.failing))];
  return {
    rows,
    notes: failing.length ? [`Lighthouse audits below 90 in at least one run: ${failing.join('; ')}.`] : [],
  };
}
