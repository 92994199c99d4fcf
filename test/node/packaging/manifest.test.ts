/**
 * custom-elements.json documents every attribute, property, event, slot, part and CSS
 * custom property of every element, each with a description; the source is scanned
 * for the parts, custom properties and events it really uses, so none can be missed.
 * The README's API reference must be the one generated from it.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ROOT, ensureBuilt } from './support/build.js';

interface Named {
  name: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
}
interface Element {
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

/**
 * The public elements and the source folders that render into their shadow roots (a
 * folder's parts belong to its element). The editor's internal elements (its form,
 * sign-in and conflict view) have shadow roots of their own and are left out here.
 */
const FOLDERS: Record<string, { tag: string; dirs: string[]; skip?: RegExp }> = {
  list: { tag: 'oruk-service-list', dirs: ['src/service-list'] },
  editor: { tag: 'oruk-service-editor', dirs: ['src/service-editor'], skip: /\/(form|session|conflict)\// },
  catalogue: { tag: 'oruk-catalogue', dirs: ['src/catalogue'] },
};

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function scan(re: RegExp, group: { dirs: string[]; skip?: RegExp }): Set<string> {
  const found = new Set<string>();
  for (const file of group.dirs.flatMap(sources)) {
    if (group.skip?.test(file)) continue;
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const match of text.matchAll(re)) {
      // part="page-link ${part}": the static names are checked; a name computed in ${…} cannot be.
      const statics = match[1]!.replace(/\S*\$\{[^}]*\}\S*/g, ' ');
      for (const name of statics.trim().split(/\s+/)) if (name) found.add(name);
    }
  }
  return found;
}

let elements: Element[] = [];
const element = (tag: string) => {
  const found = elements.find((e) => e.tagName === tag);
  assert.ok(found, `custom-elements.json has <${tag}>`);
  return found;
};
const names = (list: Named[] | undefined) => new Set((list ?? []).map((n) => n.name));
const undocumented = (list: Named[] | undefined) =>
  (list ?? []).filter((n) => !n.description?.trim()).map((n) => n.name);

describe('custom-elements.json', () => {
  before(() => {
    ensureBuilt();
    const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')) as {
      modules: { declarations?: Element[] }[];
    };
    elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  });

  for (const [key, group] of Object.entries(FOLDERS)) {
    describe(`<${group.tag}>`, () => {
      it('has a summary and describes every attribute, public property, event, slot, part and custom property', () => {
        const el = element(group.tag);
        assert.ok(el.summary?.trim(), 'a @summary');
        const publicMembers = (el.members ?? []).filter(
          (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'),
        );
        assert.deepEqual(undocumented(el.attributes), [], 'attributes without a description');
        assert.deepEqual(undocumented(publicMembers), [], 'public properties without a description');
        assert.deepEqual(undocumented(el.events), [], 'events without a description');
        assert.deepEqual(undocumented(el.slots), [], 'slots without a description');
        assert.deepEqual(undocumented(el.cssParts), [], 'parts without a description');
        assert.deepEqual(undocumented(el.cssProperties), [], 'CSS custom properties without a description');
      });

      it('documents every part its templates use', () => {
        const used = scan(/\bpart="([^"]*)"/g, group);
        const documented = names(element(group.tag).cssParts);
        assert.deepEqual([...used].filter((p) => !documented.has(p)).sort(), [], `undocumented parts of ${key}`);
      });

      it('documents every --oruk-* custom property its styles read', () => {
        const used = scan(/var\(\s*(--oruk-[\w-]+)/g, group);
        const documented = names(element(group.tag).cssProperties);
        assert.deepEqual(
          [...used].filter((p) => !documented.has(p)).sort(),
          [],
          `undocumented custom properties of ${key}`,
        );
      });

      it('documents every event it dispatches', () => {
        // Events go out through OrukElement's emit('name', …) (or a CustomEvent made by hand).
        const used = scan(/(?:new CustomEvent(?:<[^>]*>)?|\bemit)\(\s*['"]([\w-]+)['"]/g, group);
        const documented = names(element(group.tag).events);
        assert.deepEqual([...used].filter((e) => !documented.has(e)).sort(), [], `undocumented events of ${key}`);
      });
    });
  }

  it('is the source of the README API reference (npm run docs)', () => {
    const result = spawnSync(process.execPath, ['scripts/readme-api.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
});
