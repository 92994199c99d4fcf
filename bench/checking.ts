/**
 * 2. Checking records: the strict zod model against Ajv compiled from the official
 * ORUK 3.0 service schema (spec/oruk-3.0/service.json, compiled as the catalogue
 * compiles it: draft 2020-12, formats, allErrors), on the same 1,000 full records.
 *
 * Two zod figures: `checkService` (what the editor runs: the schema plus the editor's
 * UK rules, every problem in document order) and `serviceSchema.safeParse` (the
 * schema alone, like for like with Ajv). Each run checks all 1,000 records with
 * each checker, taking turns going first; the figure is the median of the runs.
 */
import { performance } from 'node:perf_hooks';
import { checkService, serviceSchema } from '../src/model/strict.js';
import { orukValidator } from '../server/validation/oruk-schemas.js';
import { fullRecords } from './data/oruk-records.js';
import type { Row, Section } from './lib/row.js';
import { count, median, ms, ratio } from './lib/stats.js';

type Checker = { name: string; check: (record: unknown) => boolean };

export interface CheckingOptions {
  records: number;
  runs: number;
}

export function measureChecking(options: CheckingOptions, log: (line: string) => void): Section {
  const records = fullRecords(20260401, options.records, {
    organization: { id: 'e3bc9d23-9474-496b-a46e-fec8404e2bda', name: 'Calder Valley Food Bank' },
    terms: [
      { id: '3f7b145d-84af-42d7-8fae-eaca714b02b2', name: 'Food banks', description: 'Emergency food parcels' },
      { id: '5b4e3c2d-1a0f-4e9d-8c7b-6a5f4e3d2c1b', name: 'Debt advice', description: 'Help with money and debt' },
    ],
  });
  const ajv = orukValidator('service');
  const checkers: Checker[] = [
    { name: 'zod checkService', check: (r) => checkService(r).ok },
    { name: 'zod serviceSchema', check: (r) => serviceSchema.safeParse(r).success },
    { name: 'Ajv', check: (r) => ajv(r) === true },
  ];
  // Every record is valid for every checker: otherwise they would not be doing the same work.
  for (const c of checkers) {
    const invalid = records.findIndex((r) => !c.check(r));
    if (invalid >= 0)
      throw new Error(`${c.name} rejects generated record ${invalid}: the records must be valid for every checker`);
  }
  // Warm up the JIT for each checker, then measure.
  for (const c of checkers) for (const r of records) c.check(r);
  const times = new Map<string, number[]>(checkers.map((c) => [c.name, []]));
  for (let run = 0; run < options.runs; run++) {
    const order = checkers.map((_, i) => checkers[(i + run) % checkers.length]!);
    for (const c of order) {
      const start = performance.now();
      let ok = 0;
      for (const r of records) if (c.check(r)) ok++;
      times.get(c.name)!.push(performance.now() - start);
      if (ok !== records.length) throw new Error(`${c.name} changed its verdict between runs`);
    }
  }
  const med = (name: string) => median(times.get(name)!);
  const perSecond = (name: string) => (records.length / med(name)) * 1000;
  const size = Math.round(records.reduce((n, r) => n + JSON.stringify(r).length, 0) / records.length);
  for (const c of checkers)
    log(
      `  ${c.name}: ${times
        .get(c.name)!
        .map((t) => t.toFixed(1))
        .join(', ')} ms per ${records.length}`,
    );
  const row = (name: string, what: string, note: string): Row => {
    const r = med(name) / med('Ajv');
    return {
      area: 'Checking',
      what,
      ours: `${count(perSecond(name))} records/s`,
      baseline: `${count(perSecond('Ajv'))} records/s`,
      ratio: ratio(r),
      ratioValue: r,
      note,
      ...(r > 2
        ? {
            shortfall:
              `${what}: ${ratio(r)} Ajv's time per record (${count(perSecond(name))} against ` +
              `${count(perSecond('Ajv'))} records a second)`,
          }
        : {}),
    };
  };
  return {
    rows: [
      row(
        'zod checkService',
        `Checking ${records.length.toLocaleString('en-GB')} full services: checkService (schema + editor rules)`,
        `median of ${options.runs} runs, ${ms(med('zod checkService'))} per 1,000; ` +
          `records average ${(size / 1000).toFixed(1)} kB of JSON`,
      ),
      row(
        'zod serviceSchema',
        `Checking ${records.length.toLocaleString('en-GB')} full services: serviceSchema.safeParse (schema only)`,
        `median of ${options.runs} runs, ${ms(med('zod serviceSchema'))} per 1,000; Ajv ${ms(med('Ajv'))}`,
      ),
    ],
    notes: [],
  };
}
