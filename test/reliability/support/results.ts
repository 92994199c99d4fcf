/**
 * The suite's results table. Each test, once its assertions have passed,
 * records one row: what was tried, how many cases, what happened (from the
 * measured run, never a fixed text). run.mjs collects the rows into
 * docs/reliability.md.
 */
import { appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ResultRow {
  /** The heading: "Network faults", "Crashes", ... */
  area: string;
  /** What was tried, in a few words. */
  tried: string;
  /** How many cases (requests, payloads, runs). */
  cases: number;
  /** What happened, with the figures measured. */
  outcome: string;
}

export function resultsFile(): string {
  return process.env.RELIABILITY_RESULTS ?? join(tmpdir(), 'oruk-reliability-results.jsonl');
}

export function record(row: ResultRow): void {
  appendFileSync(resultsFile(), `${JSON.stringify({ ...row, at: new Date().toISOString() })}\n`);
}
