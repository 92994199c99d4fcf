/**
 * 5. Sizes: each size budget of scripts/size-budget.mjs (the list entry at once, a list
 * page as used, a staff page with both elements as used, every file), minified, gzip
 * (level 9) and brotli (quality 11), measured by that script's own functions, so the
 * bench and CI count the same files. The baseline is the target where there is
 * one: the ratio is the gzip size ÷ the target.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Row, Section } from './lib/row.js';
import { kb, ratio } from './lib/stats.js';

interface Measured {
  file: string;
  min: number;
  gzip: number;
  brotli: number;
}

interface Budget {
  name: string;
  entry: string;
  loads: RegExp[] | 'all';
  maxGzip: number;
  target?: number;
}

interface SizeBudget {
  BUDGETS: Budget[];
  budgetFiles(budget: Budget): string[];
  measure(file: string): Measured;
}

export async function measureSizes(root: string): Promise<Section> {
  const sizes = (await import(pathToFileURL(join(root, 'scripts', 'size-budget.mjs')).href)) as SizeBudget;
  const rows: Row[] = [];
  for (const budget of sizes.BUDGETS) {
    const measured = sizes.budgetFiles(budget).map((f) => sizes.measure(f));
    const total = (key: 'min' | 'gzip' | 'brotli') => measured.reduce((n, m) => n + m[key], 0);
    const target = budget.target;
    const r = target === undefined ? undefined : total('gzip') / target;
    rows.push({
      area: 'Size',
      what: `Size, ${budget.name} (dist/${budget.entry}, ${measured.length} file${measured.length === 1 ? '' : 's'})`,
      ours: `${kb(total('min'))} min, ${kb(total('gzip'))} gzip, ${kb(total('brotli'))} brotli`,
      baseline: target === undefined ? `no target (CI ratchet ${kb(budget.maxGzip)})` : `target ${kb(target)} gzip`,
      ratio: r === undefined ? '—' : ratio(r),
      ...(r === undefined ? {} : { ratioValue: r }),
      note: 'gzip 9, brotli 11; 1 kB = 1000 bytes; which files each budget counts: docs/size.md',
      ...(r !== undefined && r > 1
        ? { shortfall: `${budget.name}: ${kb(total('gzip'))} gzip, over its ${kb(target!)} target` }
        : {}),
    });
  }
  return { rows, notes: [] };
}
