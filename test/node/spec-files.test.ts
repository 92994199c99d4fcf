import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

// The copied official schemas must be complete: every $ref points at a file we ship.
test('every $ref in spec/oruk-3.0 resolves to a shipped schema file', () => {
  const dir = new URL('../../spec/oruk-3.0/', import.meta.url);
  const files = new Set(readdirSync(dir));
  for (const name of files) {
    const text = readFileSync(new URL(name, dir), 'utf8');
    if (name === 'open_api.json') continue; // an OpenAPI document: its refs are internal or to the validator's copies
    for (const [, ref] of text.matchAll(/"\$ref":\s*"(https:[^"#]+)/g)) {
      const file = ref.split('#')[0].split('/').pop()!;
      assert.ok(files.has(file), `${name} refers to ${ref}, which is not in spec/oruk-3.0`);
    }
  }
});
