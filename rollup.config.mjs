// Builds the two browser bundles (the npm package's unbundled ESM is built by tsc:
// see the "build" script). Each bundle is built on its own, so each entry file holds
// Lit and everything it needs up front; code a page rarely needs (the editor, Welsh
// strings, the DOMPurify fallback) goes into chunks under dist/chunks/, loaded by
// relative URL only when needed. docs/size.md lists the sizes of each entry.
//
// Every build also writes dist/meta/<entry>.json: each output chunk with its static
// imports, dynamic imports and the source modules it holds. The size script and the
// packaging tests read it to prove, for example, that the list entry never loads
// editor code or zod.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/rollup-minify-templates.mjs';

const root = process.cwd();

/** Writes dist/meta/<name>.json describing the chunk graph of one build. */
function chunkGraph(name) {
  return {
    name: 'chunk-graph',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle)
        .filter((item) => item.type === 'chunk')
        .map((chunk) => ({
          fileName: chunk.fileName,
          isEntry: chunk.isEntry,
          isDynamicEntry: chunk.isDynamicEntry,
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          modules: Object.keys(chunk.modules)
            .filter((id) => !id.startsWith('\0'))
            .map((id) => relative(root, id).split('\\').join('/')),
          // Bytes each module adds to the chunk before minifying (after tree-shaking).
          renderedLength: Object.fromEntries(
            Object.entries(chunk.modules)
              .filter(([id]) => !id.startsWith('\0'))
              .map(([id, info]) => [relative(root, id).split('\\').join('/'), info.renderedLength]),
          ),
        }));
      this.emitFile({
        type: 'asset',
        fileName: `meta/${name}.json`,
        source: JSON.stringify({ entry: `${name}.js`, chunks }, null, 2) + '\n',
      });
    },
  };
}

const BUNDLES = ['oruk-elements', 'oruk-list'];

/**
 * After the last build, deletes files in dist/chunks/ that no build references any
 * more (chunk names carry a content hash, so old ones would pile up). dist/ itself is
 * never emptied first: a page or test using it while a build runs keeps working.
 */
function pruneStaleChunks() {
  return {
    name: 'prune-stale-chunks',
    writeBundle() {
      const dir = join(root, 'dist', 'chunks');
      if (!existsSync(dir)) return;
      const used = new Set();
      for (const name of BUNDLES) {
        const metaFile = join(root, 'dist', 'meta', `${name}.json`);
        if (!existsSync(metaFile)) return; // a build is missing: keep everything
        for (const chunk of JSON.parse(readFileSync(metaFile, 'utf8')).chunks)
          used.add(chunk.fileName.replace(/^chunks\//, ''));
      }
      for (const file of readdirSync(dir)) {
        if (!used.has(file.replace(/\.map$/, ''))) rmSync(join(dir, file), { force: true });
      }
    },
  };
}

/** One self-contained ES module bundle per entry: no bare imports, chunks by relative URL. */
function bundle(name) {
  return {
    input: { [name]: `src/${name}.ts` },
    // Let chunks import shared code (Lit, the list) from the entry file itself, so a
    // page loads one file at once instead of the entry plus a shared chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    // Lit's dev build logs warnings and is larger: the "production" condition picks the
    // minified production build of lit and @lit/reactive-element.
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'import', 'default'] }),
      typescript({
        tsconfig: './tsconfig.json',
        declaration: false,
        declarationMap: false,
        outDir: 'dist',
        rootDir: 'src',
        // Types are checked once, by tsc in the build script and `npm run typecheck`:
        // transpiling only keeps each bundle build fast.
        noCheck: true,
      }),
      // Template text (html``, css``) loses its indentation; terser leaves it alone.
      minifyTemplates(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
      chunkGraph(name),
    ],
    onwarn(warning, warn) {
      // A circular import inside a dependency is theirs to fix, not a build failure.
      // Misplaced /* @__PURE__ */ comments inside a dependency only cost tree-shaking there.
      const inDependency = /node_modules/.test([warning.id, ...(warning.ids ?? [])].join(' '));
      if (inDependency && (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'INVALID_ANNOTATION')) return;
      warn(warning);
    },
  };
}

const configs = BUNDLES.map(bundle);
configs.at(-1).plugins.push(pruneStaleChunks());
export default configs;
