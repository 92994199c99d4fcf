// Size budgets for the browser bundles: measures what pages download from dist/ (run after `npm run build`;
// CI runs it) and exits 1 when a budget's checked limit is exceeded.
//
// For each bundle entry it follows the real import graph of the built files (parsed, not guessed): the files
// a page downloads at once (the entry and its static imports) and those it downloads only when needed (dynamic
// imports). Each file is measured minified, gzip (level 9) and brotli (quality 11); sizes are added up per
// file, as each file is its own HTTP response. 1 kB = 1000 bytes. What each budget counts, and why, is
// explained in docs/size.md; this script writes the tables between its size:start and size:end markers.
//
//   node scripts/size-budget.mjs            check and write docs/size.md's tables
//   node scripts/size-budget.mjs --check    check only
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/**
 * Modules whose chunks every list page fetches at start: the feed reader (what the read client imports)
 * and the JSON-LD.
 */
const LIST_PAGE_LOADS = [/^src\/model\/reader\/feed\.ts$/, /^src\/service-list\/json-ld-chunk\.ts$/];
/** ... and a staff page: the editor and the sign-in form (the first time someone signs in). */
export const STAFF_PAGE_LOADS = [
  ...LIST_PAGE_LOADS,
  /^src\/service-editor\/service-editor\.ts$/,
  /^src\/service-editor\/session\/sign-in-form\.component\.ts$/,
];

/**
 * Each budget: an entry, and which of its lazily loaded chunks count (`loads`: chunks holding one of these
 * modules, with their static imports; `all`: every file the entry can ever load). `maxGzip` is the limit CI
 * checks; `target`, where there is one, is the size the project aims for (docs/size.md).
 */
export const BUDGETS = [
  { name: 'List entry, loaded at once', entry: 'oruk-list.js', loads: [], maxGzip: 18_000, target: 18_000 },
  {
    name: 'A list page as used: entry, feed reader, JSON-LD',
    entry: 'oruk-list.js',
    loads: LIST_PAGE_LOADS,
    maxGzip: 28_300,
    target: 26_000,
  },
  {
    name: 'Everything: a staff page with both elements, as used',
    entry: 'oruk-elements.js',
    loads: STAFF_PAGE_LOADS,
    maxGzip: 57_900,
    target: 48_000,
  },
  { name: 'Every file the full bundle can load', entry: 'oruk-elements.js', loads: 'all', maxGzip: 90_000 },
];

/** The files one budget counts: the entry, its static imports, and the lazily loaded chunks it names. */
export function budgetFiles(budget) {
  if (budget.loads === 'all') return reachable(budget.entry, 'all').files;
  const build = budget.entry.replace(/\.js$/, '');
  const meta = JSON.parse(readFileSync(join(dist, 'meta', `${build}.json`), 'utf8'));
  const files = new Set();
  const addWithStatics = (file) => {
    if (files.has(file)) return;
    files.add(file);
    importsOf(file).static.forEach(addWithStatics);
  };
  addWithStatics(budget.entry);
  for (const re of budget.loads) {
    // A renamed module must not drop its chunk from the count unnoticed.
    const holders = meta.chunks.filter((chunk) => chunk.modules.some((m) => re.test(m)));
    if (holders.length === 0)
      throw new Error(
        `${budget.name}: no chunk of dist/${budget.entry} holds a module matching ${re} (renamed?): ` +
          'update scripts/size-budget.mjs.',
      );
    holders.forEach((chunk) => addWithStatics(chunk.fileName));
  }
  return [...files];
}

export function importsOf(file) {
  const code = readFileSync(join(dist, file), 'utf8');
  const found = { static: [], dynamic: [], bare: [] };
  const add = (kind, specifier) => {
    if (typeof specifier !== 'string') return;
    if (!specifier.startsWith('./') && !specifier.startsWith('../')) found.bare.push(specifier);
    else found[kind].push(posix.normalize(posix.join(posix.dirname(file), specifier)));
  };
  const walk = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'ImportExpression') add('dynamic', node.source?.value);
    if (/^(ImportDeclaration|ExportNamedDeclaration|ExportAllDeclaration)$/.test(node.type) && node.source) {
      add('static', node.source.value);
    }
    for (const key of Object.keys(node)) if (key !== 'type') walk(node[key]);
  };
  walk(parseAst(code));
  return found;
}

/** Files reached from `entry`: `static` = what loads at once; `all` = also every dynamic import. */
export function reachable(entry, include) {
  const seen = new Set();
  const lazy = new Set();
  const visit = (file, isLazy) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (isLazy) lazy.add(file);
    const { static: statics, dynamic } = importsOf(file);
    statics.forEach((f) => visit(f, isLazy));
    if (include === 'all') dynamic.forEach((f) => visit(f, true));
  };
  visit(entry, false);
  return { files: [...seen], lazy };
}

export function measure(file) {
  const bytes = readFileSync(join(dist, file));
  return {
    file,
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

const KINDS = [
  [/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//, 'Lit'],
  [/node_modules\/@lit\/context\//, 'Lit context'],
  [/node_modules\/zod\/|^src\/model\/(schema|strict)/, 'strict checks (zod)'],
  [/node_modules\/dompurify\//, 'DOMPurify (sanitizer fallback)'],
  [/(^|[/-])cy\.ts$/, 'Welsh strings'],
  [/^src\/service-editor\/form\//, 'the editor form'],
  [/^src\/service-editor\//, 'the editor'],
  [/^src\/api\/(write-client|write-refusal|token)/, 'catalogue writing'],
  [/^src\/service-list\//, 'the list'],
  [/^src\/shared\//, 'shared rendering'],
  [/^src\/model\/reader/, 'feed reader'],
  [/^src\/(api|catalogue)\//, 'catalogue reading'],
  [/node_modules\/tslib\//, ''],
];

/** What a chunk holds, in words, from the build's chunk graph (dist/meta/*.json). */
function describe(file) {
  const modules = new Set();
  for (const name of ['oruk-elements', 'oruk-list']) {
    const metaFile = join(dist, 'meta', `${name}.json`);
    if (!existsSync(metaFile)) continue;
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    const chunk = meta.chunks.find((c) => c.fileName === file);
    if (chunk) chunk.modules.forEach((m) => modules.add(m));
  }
  const kinds = [];
  for (const module of modules) {
    const kind = KINDS.find(([re]) => re.test(module))?.[1] ?? 'other code';
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds.join(', ');
}

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const tableRow = (cells) => `| ${cells.join(' | ')} |`;

/**
 * The modules that weigh most in one built file, by their size in the build before
 * minifying (after tree-shaking): a guide to where the bytes come from, not a
 * measurement of the minified file (Lit arrives minified; our own code does not).
 */
function heaviest(file, count = 15) {
  const lengths = {};
  for (const name of ['oruk-elements', 'oruk-list']) {
    const metaFile = join(dist, 'meta', `${name}.json`);
    if (!existsSync(metaFile)) continue;
    const chunk = JSON.parse(readFileSync(metaFile, 'utf8')).chunks.find((c) => c.fileName === file);
    if (chunk?.renderedLength) Object.assign(lengths, chunk.renderedLength);
  }
  const total = Object.values(lengths).reduce((n, v) => n + v, 0);
  if (total === 0) return [];
  const group = (m) => {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(m);
    if (pkg) return pkg[1];
    const folder = /^(src\/(?:model\/)?[^/]+)\//.exec(m);
    return folder ? `${folder[1]}/` : m;
  };
  const grouped = {};
  for (const [module, length] of Object.entries(lengths))
    grouped[group(module)] = (grouped[group(module)] ?? 0) + length;
  return Object.entries(grouped)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([module, length]) => `| \`${module}\` | ${kb(length)} | ${((100 * length) / total).toFixed(0)}% |`);
}

export function report() {
  const sections = [];
  const results = [];
  for (const entry of ['oruk-list.js', 'oruk-elements.js']) {
    if (!existsSync(join(dist, entry))) throw new Error(`dist/${entry} is missing: run npm run build first.`);
    const { files, lazy } = reachable(entry, 'all');
    const bare = files.flatMap((f) => importsOf(f).bare.map((b) => `dist/${f} imports "${b}"`));
    if (bare.length > 0)
      throw new Error(`A bundle must not import packages by name (a browser cannot load them):\n${bare.join('\n')}`);
    const rows = files.map((f) => ({ ...measure(f), lazy: lazy.has(f), holds: describe(f) }));
    const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
    const atOnce = rows.filter((r) => !r.lazy);
    const lines = [
      `### ${entry}`,
      '',
      '| File | Holds | Loaded | Min | Gzip | Brotli |',
      '|---|---|---|---:|---:|---:|',
      ...rows.map((r) =>
        tableRow([
          `\`dist/${r.file}\``,
          r.holds,
          r.lazy ? 'when needed' : 'at once',
          kb(r.min),
          kb(r.gzip),
          kb(r.brotli),
        ]),
      ),
      tableRow(['**At once**', '', '', ...['min', 'gzip', 'brotli'].map((k) => `**${kb(sum(atOnce, k))}**`)]),
      tableRow(['**Everything**', '', '', ...['min', 'gzip', 'brotli'].map((k) => `**${kb(sum(rows, k))}**`)]),
      '',
    ];
    for (const row of rows.filter((r) => r.file === entry || /service-editor/.test(r.file))) {
      const top = heaviest(row.file);
      if (top.length === 0) continue;
      lines.push(
        `Where the code in \`dist/${row.file}\` comes from (size in the build before minifying):`,
        '',
        '| Folder or package | Before minifying | Share |',
        '|---|---:|---:|',
        ...top,
        '',
      );
    }
    sections.push(lines.join('\n'));
  }
  for (const budget of BUDGETS) {
    const files = budgetFiles(budget);
    const gzip = files.reduce((n, f) => n + measure(f).gzip, 0);
    const met = budget.target === undefined ? undefined : gzip <= budget.target;
    results.push({ ...budget, files, gzip, ok: gzip <= budget.maxGzip, met });
  }
  const budgetTable = [
    '| Budget | Target (gzip) | Checked limit (gzip) | Now (gzip) | Target met | Check |',
    '|---|---:|---:|---:|---|---|',
    ...results.map((r) =>
      tableRow([
        `${r.name} (\`dist/${r.entry}\`)`,
        r.target === undefined ? '–' : kb(r.target),
        kb(r.maxGzip),
        kb(r.gzip),
        r.met === undefined ? '–' : r.met ? 'met' : '**not met**',
        r.ok ? 'passes' : '**fails**',
      ]),
    ),
  ];
  const pageTable = [
    '| Budget | Files counted |',
    '|---|---|',
    ...results
      .filter((r) => r.loads !== 'all')
      .map((r) => tableRow([r.name, r.files.map((f) => `\`${f}\``).join(', ')])),
  ];
  const markdown = [
    'Written by `npm run size` from the files in `dist/` after `npm run build`: do not edit by hand.',
    '',
    '## Budgets',
    '',
    ...budgetTable,
    '',
    '## Files each budget counts',
    '',
    ...pageTable,
    '',
    '## Files',
    '',
    ...sections,
  ].join('\n');
  return { markdown, results };
}

const DOC = join(root, 'docs', 'size.md');
const START = '<!-- size:start -->';
const END = '<!-- size:end -->';

/** Replaces what lies between docs/size.md's markers; the text around them is written by hand. */
function writeDoc(tables) {
  const doc = readFileSync(DOC, 'utf8');
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from === -1 || to < from) throw new Error(`${DOC} has no ${START} ... ${END} markers for the tables.`);
  writeFileSync(DOC, `${doc.slice(0, from + START.length)}\n${tables}\n${doc.slice(to)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { markdown, results } = report();
    if (!process.argv.includes('--check')) {
      writeDoc(markdown);
      console.log(`Wrote the tables in ${relative(process.cwd(), DOC)}`);
    }
    for (const r of results) {
      const target = r.target === undefined ? '' : `; target ${kb(r.target)}: ${r.met ? 'met' : 'NOT MET'}`;
      console.log(`${r.ok ? 'ok  ' : 'OVER'} ${r.name}: ${kb(r.gzip)} gzip (checked limit ${kb(r.maxGzip)}${target})`);
    }
    if (results.some((r) => !r.ok)) process.exit(1);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
