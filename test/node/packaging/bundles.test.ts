/**
 * The built bundles: what a page downloads at once, what only when needed, and that a
 * browser can load them from any static server (no bare imports, every chunk present).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { DIST, ROOT, ensureBuilt } from './support/build.js';
import { fullClosure, importsOf, modulesIn, staticClosure } from './support/import-graph.js';

const EDITOR = /^src\/service-editor\//;
const ZOD = /node_modules\/zod\//;
const STRICT_MODEL = /^src\/model\/(schema\/|strict)/;
const DOMPURIFY = /node_modules\/dompurify\//;
const WELSH = /(^|[/-])cy\.ts$/;
const LIT = /node_modules\/lit-html\//;
const LIST = /^src\/service-list\//;

const matching = (modules: string[], re: RegExp) => modules.filter((m) => re.test(m));

describe('bundles', () => {
  before(() => ensureBuilt());

  it('the list entry loads no editor code, no zod, no Welsh strings and no DOMPurify at once', () => {
    const files = staticClosure(DIST, 'oruk-list.js');
    const modules = modulesIn(DIST, 'oruk-list', files);
    assert.ok(matching(modules, LIT).length > 0, 'Lit is bundled into the list entry');
    assert.ok(matching(modules, LIST).length > 0, 'the list element is bundled into the list entry');
    for (const re of [EDITOR, ZOD, STRICT_MODEL, DOMPURIFY, WELSH]) {
      assert.deepEqual(matching(modules, re), [], `${re} must not load with dist/oruk-list.js`);
    }
  });

  it('the list entry can never load the editor or zod, but can load Welsh strings and DOMPurify when needed', () => {
    const files = fullClosure(DIST, 'oruk-list.js');
    const modules = modulesIn(DIST, 'oruk-list', files);
    assert.deepEqual(matching(modules, EDITOR), []);
    assert.deepEqual(matching(modules, ZOD), []);
    assert.ok(matching(modules, WELSH).length > 0, 'Welsh strings are in a chunk of their own');
    assert.ok(matching(modules, DOMPURIFY).length > 0, 'DOMPurify is in a chunk of its own');
  });

  it('the full bundle loads the list at once and the editor, zod and Welsh only when needed', () => {
    const atOnce = modulesIn(DIST, 'oruk-elements', staticClosure(DIST, 'oruk-elements.js'));
    const everything = modulesIn(DIST, 'oruk-elements', fullClosure(DIST, 'oruk-elements.js'));
    assert.ok(matching(atOnce, LIST).length > 0);
    for (const re of [EDITOR, ZOD, DOMPURIFY, WELSH]) assert.deepEqual(matching(atOnce, re), [], `${re} loads at once`);
    for (const re of [EDITOR, ZOD, WELSH]) assert.ok(matching(everything, re).length > 0, `${re} is reachable`);
  });

  it('is one file at once per entry, with no bare imports and every chunk by relative URL', () => {
    for (const entry of ['oruk-list.js', 'oruk-elements.js']) {
      assert.deepEqual(staticClosure(DIST, entry), [entry], `${entry} loads no other file at once`);
      for (const file of fullClosure(DIST, entry)) {
        assert.ok(existsSync(join(DIST, file)), `${file} exists`);
        assert.deepEqual(importsOf(DIST, file).bare, [], `${file} imports packages by name`);
      }
    }
  });

  it('stays within the size budgets (scripts/size-budget.mjs --check)', () => {
    const result = spawnSync(process.execPath, ['scripts/size-budget.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /ok +List entry/);
    assert.match(result.stdout, /ok +Everything/);
  });
});
