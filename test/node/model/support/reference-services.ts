/**
 * Every service in the reference examples (test/fixtures/reference/): the spec's full examples and the validator mocks'
 * lists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function referenceServices(): { file: string; record: unknown }[] {
  const root = fileURLToPath(new URL('../../../fixtures/reference/', import.meta.url));
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  const services: { file: string; record: unknown }[] = [];
  for (const file of walk(root)) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (name === 'service_full.json') services.push({ file, record: JSON.parse(readFileSync(file, 'utf8')) });
    if (name === 'service_list.json') {
      const list = JSON.parse(readFileSync(file, 'utf8')) as { contents: unknown[] };
      list.contents.forEach((record, i) => services.push({ file: `${file} contents.${i}`, record }));
    }
  }
  return services;
}
