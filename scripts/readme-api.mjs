// Generates the README's API reference from custom-elements.json (run `npm run docs`,
// which first runs the analyzer). The reference sits between the markers
//   <!-- api:start -->  and  <!-- api:end -->
// in README.md; everything else in the README is left alone.
//
//   node scripts/readme-api.mjs          rewrite the section
//   node scripts/readme-api.mjs --check  exit 1 when the README is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';

/** Elements in the order a reader meets them; internal ones last. */
const ORDER = ['oruk-service-list', 'oruk-service-editor', 'oruk-catalogue'];
/** Lit and custom-element lifecycle methods: part of every element, not of its API. */
const LIFECYCLE = new Set([
  'render',
  'connectedCallback',
  'disconnectedCallback',
  'firstUpdated',
  'updated',
  'willUpdate',
  'update',
  'shouldUpdate',
  'createRenderRoot',
  'attributeChangedCallback',
]);

const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${cell(text).replace(/`/g, "'")}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return [];
  // Leave out a column that is empty in every row (e.g. no defaults documented).
  const keep = headers.map((_, i) => i === 0 || rows.some((r) => r[i]));
  headers = headers.filter((_, i) => keep[i]);
  rows = rows.map((r) => r.filter((_, i) => keep[i]));
  return [
    `| ${headers.join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
}

const isPublic = (m) =>
  !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_') && !m.name.startsWith('#');

/** Collects members from the class and the classes it inherits from inside this package. */
function allMembers(decl, byName) {
  const members = [...(decl.members ?? [])];
  let parent = decl.superclass?.module ? byName.get(decl.superclass.name) : undefined;
  while (parent) {
    for (const m of parent.members ?? []) if (!members.some((x) => x.name === m.name)) members.push(m);
    parent = parent.superclass?.module ? byName.get(parent.superclass.name) : undefined;
  }
  return members;
}

export function renderApi(manifest) {
  const declarations = manifest.modules.flatMap((mod) =>
    (mod.declarations ?? []).map((d) => ({ ...d, module: mod.path })),
  );
  const byName = new Map(declarations.filter((d) => d.kind === 'class').map((d) => [d.name, d]));
  const elements = declarations
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => {
      const rank = (t) => (ORDER.includes(t) ? ORDER.indexOf(t) : ORDER.length);
      return rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName);
    });
  const out = ['Generated from `custom-elements.json` by `npm run docs`: do not edit by hand.', ''];
  const internal = elements.filter((el) => !ORDER.includes(el.tagName));
  for (const el of elements.filter((e) => ORDER.includes(e.tagName))) {
    out.push(`### \`<${el.tagName}>\``, '');
    if (el.summary) out.push(cell(el.summary), '');
    if (el.description && el.description !== el.summary) out.push(el.description.trim(), '');
    out.push(`Class \`${el.name}\` in \`${el.module}\`.`, '');
    const members = allMembers(el, byName).filter(isPublic);
    const attributes = el.attributes ?? [];
    const attributeFields = new Set(attributes.map((a) => a.fieldName).filter(Boolean));
    if (attributes.length > 0) {
      out.push('**Attributes**', '');
      out.push(
        ...table(
          ['Attribute', 'Property', 'Type', 'Default', 'Description'],
          attributes.map((a) => [
            code(a.name),
            code(a.fieldName),
            code(a.type?.text),
            code(a.default),
            cell(a.description),
          ]),
        ),
      );
    }
    const properties = members.filter((m) => m.kind === 'field' && !attributeFields.has(m.name));
    if (properties.length > 0) {
      out.push('**Properties** (JavaScript only, no attribute)', '');
      out.push(
        ...table(
          ['Property', 'Type', 'Default', 'Description'],
          properties.map((p) => [code(p.name), code(p.type?.text), code(p.default), cell(p.description)]),
        ),
      );
    }
    const methods = members.filter((m) => m.kind === 'method' && !LIFECYCLE.has(m.name));
    if (methods.length > 0) {
      out.push('**Methods**', '');
      out.push(
        ...table(
          ['Method', 'Description'],
          methods.map((m) => {
            const params = (m.parameters ?? [])
              .map((p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`)
              .join(', ');
            const returns = m.return?.type?.text ? `: ${m.return.type.text}` : '';
            return [code(`${m.name}(${params})${returns}`), cell(m.description)];
          }),
        ),
      );
    }
    const events = (el.events ?? []).filter((e) => e.name);
    if (events.length > 0) {
      out.push('**Events**', '');
      out.push(
        ...table(
          ['Event', 'Type', 'Description'],
          events.map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
        ),
      );
    }
    const slots = el.slots ?? [];
    if (slots.length > 0) {
      out.push('**Slots**', '');
      out.push(
        ...table(
          ['Slot', 'Description'],
          slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
        ),
      );
    }
    const parts = el.cssParts ?? [];
    if (parts.length > 0) {
      out.push('**CSS parts** (style with `::part(name)`)', '');
      out.push(
        ...table(
          ['Part', 'Description'],
          parts.map((p) => [code(p.name), cell(p.description)]),
        ),
      );
    }
    const cssProperties = el.cssProperties ?? [];
    if (cssProperties.length > 0) {
      out.push('**CSS custom properties**', '');
      out.push(
        ...table(
          ['Property', 'Default', 'Description'],
          cssProperties.map((p) => [code(p.name), code(p.default), cell(p.description)]),
        ),
      );
    }
  }
  if (internal.length > 0) {
    out.push(
      '### Internal elements',
      '',
      'The editor registers and uses these itself; you never need to place them.',
      '',
    );
    out.push(
      ...table(
        ['Element', 'Class', 'What it is'],
        internal.map((el) => [code(`<${el.tagName}>`), code(el.name), cell(el.summary ?? el.description)]),
      ),
    );
  }
  return out.join('\n').trimEnd() + '\n';
}

/** The README with its API section replaced. */
export function withApi(readme, api) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md needs the markers ${START} and ${END} around the API reference.`);
  }
  return `${readme.slice(0, start + START.length)}\n${api}${readme.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const next = withApi(readme, renderApi(manifest));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('The API reference in README.md is out of date: run npm run docs.');
      process.exit(1);
    }
    console.log('README.md API reference is up to date.');
  } else {
    writeFileSync(readmePath, next);
    console.log('Wrote the API reference into README.md.');
  }
}
