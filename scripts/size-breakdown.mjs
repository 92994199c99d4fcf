// Where a staff page's bytes go: the files the "everything" budget counts (scripts/size-budget.mjs,
// STAFF_PAGE_LOADS), split into parts of the code. Builds in memory (writes nothing): each module
// of those files is minified on its own, each part's modules are joined and gzipped (level 9).
// The parts add up to a little more than the page (gzip works better over a whole file), so read
// them as shares, not sizes to the byte. A guide for deciding what to cut; CI does not run it.
//
//   npm run size:breakdown
import { rollup } from 'rollup';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import configs from '../rollup.config.mjs';
import { STAFF_PAGE_LOADS } from './size-budget.mjs';

/** First match wins: [module path pattern, part]. */
const PARTS = [
  [/node_modules\/(lit|lit-html|lit-element|@lit\/)/, 'Lit and @lit/context'],
  [/node_modules\/zod\//, 'zod/mini'],
  [/strings\/(en|sign-in|conflict)\.ts$|messages\/(en|labels)\.ts$|api\/error-messages\.ts$/, 'English words'],
  [/styles\.ts$/, 'styles'],
  [/^src\/model\/reader\//, 'lenient feed reader (v1 and v3)'],
  [/^src\/model\//, 'strict checks and messages'],
  [/^src\/service-editor\/form\//, 'editor form'],
  [/^src\/service-editor\/|^src\/api\/(write|token)/, 'editor: loading, saving, drafts, sign-in'],
  [/^src\/(service-list|shared|catalogue)\//, 'list and shared rendering'],
  [/^src\/api\//, 'read client'],
];

const cwd = process.cwd() + '/';
const config = configs.find((c) => Object.keys(c.input).includes('oruk-elements'));
// Minified per module below; the output plugins that write files are left out.
const plugins = config.plugins.filter((p) => !['terser', 'chunk-graph', 'prune-stale-chunks'].includes(p?.name));
const bundle = await rollup({ ...config, plugins, onwarn() {} });
const { output } = await bundle.generate({ ...config.output, sourcemap: false });
await bundle.close();

const chunks = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
const page = new Set();
const add = (file) => {
  if (page.has(file)) return;
  page.add(file);
  chunks.get(file).imports.forEach(add);
};
add('oruk-elements.js');
for (const chunk of chunks.values()) {
  if (Object.keys(chunk.modules).some((id) => STAFF_PAGE_LOADS.some((re) => re.test(id.replace(cwd, '')))))
    add(chunk.fileName);
}

const code = {};
for (const file of page) {
  for (const [id, module] of Object.entries(chunks.get(file).modules)) {
    if (!module.code) continue;
    const path = id.replace(cwd, '');
    const part = PARTS.find(([re]) => re.test(path))?.[1] ?? 'other';
    const { code: min } = await minify(module.code, { ecma: 2022, compress: { passes: 2 }, mangle: true });
    code[part] = (code[part] ?? '') + min + '\n';
  }
}
const rows = Object.entries(code)
  .map(([part, text]) => [part, gzipSync(text, { level: 9 }).length])
  .sort((a, b) => b[1] - a[1]);
const total = rows.reduce((n, [, g]) => n + g, 0);
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(`A staff page: ${[...page].join(', ')}\n`);
console.log('| Part | Gzip | Share |\n|---|---:|---:|');
for (const [part, gzip] of rows) console.log(`| ${part} | ${kb(gzip)} | ${Math.round((100 * gzip) / total)}% |`);
console.log(`| Sum of the parts | ${kb(total)} | |`);
