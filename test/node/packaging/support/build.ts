/**
 * Makes sure dist/ holds a build of the current sources: runs `npm run build` when an
 * output is missing or older than any source file or build config. `npm test` builds
 * first, so this only rebuilds when a single test file is run on its own after edits.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../../../../', import.meta.url).pathname;
export const DIST = join(ROOT, 'dist');

const OUTPUTS = ['dist/oruk-elements.js', 'dist/oruk-list.js', 'dist/npm/define.js', 'custom-elements.json'];
const INPUTS = ['src', 'rollup.config.mjs', 'custom-elements-manifest.config.mjs', 'tsconfig.json', 'package.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

let built = false;

export function ensureBuilt(): void {
  if (built) return;
  const outputs = OUTPUTS.map((p) => join(ROOT, p));
  const stale =
    outputs.some((p) => !existsSync(p)) ||
    Math.min(...outputs.map((p) => statSync(p).mtimeMs)) < Math.max(...INPUTS.map((p) => newestMtime(join(ROOT, p))));
  if (stale) {
    const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
  }
  built = true;
}
