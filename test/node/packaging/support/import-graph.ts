/**
 * The import graph of built ES modules, read from the files themselves (parsed with
 * Rollup's parser), independent of the build's own metadata.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseAst } from 'rollup/parseAst';

export interface Imports {
  /** dist-relative paths of static imports and re-exports. */
  statics: string[];
  /** dist-relative paths of dynamic import() calls with a string literal. */
  dynamics: string[];
  /** Specifiers that are not relative URLs, e.g. "lit". */
  bare: string[];
}

type Node = { type?: string; source?: { value?: unknown } | null; [key: string]: unknown };

export function importsOf(dist: string, file: string): Imports {
  const code = readFileSync(join(dist, file), 'utf8');
  const found: Imports = { statics: [], dynamics: [], bare: [] };
  const add = (list: string[], specifier: unknown) => {
    if (typeof specifier !== 'string') return;
    if (/^\.\.?\//.test(specifier)) list.push(posix.normalize(posix.join(posix.dirname(file), specifier)));
    else found.bare.push(specifier);
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'ImportExpression') add(found.dynamics, n.source?.value);
    if (
      (n.type === 'ImportDeclaration' || n.type === 'ExportNamedDeclaration' || n.type === 'ExportAllDeclaration') &&
      n.source
    ) {
      add(found.statics, n.source.value);
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'type') walk(value);
  };
  walk(parseAst(code));
  return found;
}

/** Every file loaded at once with `entry` (static imports, transitively). */
export function staticClosure(dist: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    importsOf(dist, file).statics.forEach(visit);
  };
  visit(entry);
  return [...seen];
}

/** Every file `entry` can ever load (static and dynamic imports, transitively). */
export function fullClosure(dist: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { statics, dynamics } = importsOf(dist, file);
    [...statics, ...dynamics].forEach(visit);
  };
  visit(entry);
  return [...seen];
}

interface Meta {
  chunks: { fileName: string; modules: string[] }[];
}

/** The source modules bundled into the given built files, from dist/meta/<build>.json. */
export function modulesIn(dist: string, build: string, files: string[]): string[] {
  const meta = JSON.parse(readFileSync(join(dist, 'meta', `${build}.json`), 'utf8')) as Meta;
  return meta.chunks.filter((c) => files.includes(c.fileName)).flatMap((c) => c.modules);
}
