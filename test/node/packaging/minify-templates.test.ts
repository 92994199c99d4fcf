/**
 * The build's template minifier (scripts/rollup-minify-templates.mjs) drops indentation
 * from html`` and css`` text. These tests pin what it may and may not change, and that
 * no template in src/ depends on white space it would remove.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { minifyCssText, minifyHtmlText } from '../../../scripts/rollup-minify-templates.mjs';
import { ROOT } from './support/build.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('template minifier', () => {
  it('keeps line breaks (so source maps hold) and the space between inline elements', () => {
    const text = '<p>\n      <strong>Open</strong>\n      <span>today</span>\n    </p>';
    const small = minifyHtmlText(text);
    assert.equal(small, '<p>\n<strong>Open</strong>\n<span>today</span>\n</p>');
    assert.equal(small.split('\n').length, text.split('\n').length);
  });

  it('shrinks CSS without joining a descendant selector to a pseudo-class', () => {
    const text = '\n  /* the card */\n  .card :hover ,\n  .card > a {\n    margin: calc(1em + 2px) 0;\n  }\n';
    const small = minifyCssText(text);
    assert.equal(small, '\n\n.card :hover,\n.card>a{\nmargin: calc(1em + 2px) 0;\n}\n');
    assert.equal(small.split('\n').length, text.split('\n').length);
  });

  it('finds no <pre>, pre-formatted white space or textarea with content in any template', () => {
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const code = readFileSync(file, 'utf8');
      assert.doesNotMatch(code, /<pre[\s>]|white-space:\s*pre/, `${file} relies on white space the build removes`);
      assert.doesNotMatch(
        code,
        /<textarea[^>]*>[^<]/,
        `${file} has a textarea with content, whose white space the build would change`,
      );
    }
  });
});
