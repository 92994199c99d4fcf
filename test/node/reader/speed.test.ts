// Reading a big page must be quick: the list page reads whole feeds in the browser.
// Measured and logged (no timed assertion: shared CI machines vary too much).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readServicePage } from '../../../src/model/reader/index.js';

function example(name: string): Record<string, unknown> {
  const url = new URL(`../../fixtures/reference/oruk-3.0-spec-examples/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

function pageOf(service: Record<string, unknown>, count: number): unknown {
  const contents = Array.from({ length: count }, (_, i) => ({
    ...structuredClone(service),
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `Service ${i}`,
    description: `<p>Service number ${i} helps <b>people</b> &amp; families.</p>`,
  }));
  return { total_items: count, total_pages: 1, page_number: 1, size: count, contents };
}

/** Median wall-clock and CPU milliseconds (CPU time is steadier on a busy shared machine). */
function median(read: () => void, runs = 5): { wall: number; cpu: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    read();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const mid = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { wall: mid(walls), cpu: mid(cpus) };
}

describe('speed', () => {
  for (const [label, file] of [
    ['list-shaped', 'service_list.json'],
    ['full', 'service_full.json'],
  ] as const) {
    it(`reads a 5,000-service page of ${label} records`, () => {
      const source = example(file);
      const service = (Array.isArray(source['contents']) ? source['contents'][0] : source) as Record<string, unknown>;
      const json = pageOf(service, 5000);
      readServicePage(pageOf(service, 300)); // warm up the JIT
      let items = 0;
      const { wall, cpu } = median(() => {
        items = readServicePage(json).items.length;
      });
      console.log(
        `reader speed: 5,000 ${label} services in ${wall.toFixed(1)} ms wall, ${cpu.toFixed(1)} ms CPU (median of 5)`,
      );
      assert.equal(items, 5000);
    });
  }
});
