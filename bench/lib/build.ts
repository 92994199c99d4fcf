/**
 * The bundles the benchmarks measure are the built ones in dist/. When they are
 * missing or older than src/, they are built first with rollup (the browser
 * bundles only: type declarations and the manifest are not needed here).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ENTRIES = ['oruk-list.js', 'oruk-elements.js'];

function newest(dir: string): number {
  let time = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const s = statSync(path);
    time = Math.max(time, s.isDirectory() ? newest(path) : s.mtimeMs);
  }
  return time;
}

export function needsBuild(root: string): boolean {
  const dist = join(root, 'dist');
  if (!ENTRIES.every((e) => existsSync(join(dist, e)))) return true;
  const built = Math.min(...ENTRIES.map((e) => statSync(join(dist, e)).mtimeMs));
  return built < newest(join(root, 'src'));
}

export function ensureBuilt(root: string, log: (line: string) => void): void {
  if (!needsBuild(root)) {
    log('dist/ is up to date with src/.');
    return;
  }
  log('Building the bundles (rollup -c)…');
  const rollup = join(root, 'node_modules', 'rollup', 'dist', 'bin', 'rollup');
  const result = spawnSync(process.execPath, [rollup, '-c', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The build failed (rollup -c): the benchmarks need dist/.');
}
