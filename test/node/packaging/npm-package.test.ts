/**
 * The npm package: the exports map points at built files that exist, the package holds
 * them (npm pack), and the list entry's unbundled graph never reaches the editor.
 * (That importing an entry registers nothing is tested in the browser:
 * test/browser/packaging/no-side-effects.test.ts.)
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ROOT, ensureBuilt } from './support/build.js';
import { importsOf, staticClosure } from './support/import-graph.js';

type Target = string | { types: string; default: string };
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, Target>;
  files: string[];
  customElements: string;
  types: string;
};

function packedFiles(): string[] {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const [info] = JSON.parse(result.stdout) as [{ files: { path: string }[] }];
  return info.files.map((f) => f.path);
}

describe('npm package', () => {
  before(() => ensureBuilt());

  it('exports ., ./list, ./editor and ./define with types, and every target is in the package', () => {
    for (const key of ['.', './list', './editor', './define']) {
      const target = pkg.exports[key];
      assert.ok(target && typeof target === 'object', `exports["${key}"] has types and default`);
    }
    const files = new Set(packedFiles());
    const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : [t.types, t.default]));
    for (const target of [...targets, pkg.types, pkg.customElements]) {
      assert.ok(files.has(target.replace(/^\.\//, '')), `${target} is in the packed package`);
    }
    assert.ok(
      ![...files].some((f) => f.startsWith('test/') || f.startsWith('server/')),
      'no tests or server code in the package',
    );
  });

  it('has typed define functions for each element and for all of them', () => {
    const dts = readFileSync(join(ROOT, 'dist/npm/define.d.ts'), 'utf8');
    for (const name of ['defineAll', 'defineServiceList', 'defineServiceEditor', 'defineCatalogue']) {
      assert.match(dts, new RegExp(`\\b${name}\\b`), `${name} is declared`);
    }
    assert.match(dts, /defineAll\(registry\?: CustomElementRegistry\): void/);
  });

  it('./list never reaches the editor or zod through its imports', () => {
    const npm = join(ROOT, 'dist/npm');
    const files = staticClosure(npm, 'list.js');
    assert.ok(
      files.some((f) => f.startsWith('service-list/')),
      'the list is reached',
    );
    assert.deepEqual(
      files.filter((f) => f.startsWith('service-editor/')),
      [],
    );
    const bare = new Set(files.flatMap((f) => importsOf(npm, f).bare));
    assert.ok(bare.has('lit'), 'lit stays a dependency, not bundled');
    assert.ok(![...bare].some((b) => b.startsWith('zod')), `zod is imported by ${[...bare].join(', ')}`);
  });
});
