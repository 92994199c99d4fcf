// Rollup plugin: shrinks the static text of Lit's html`` and css`` templates in our own
// code before terser (which never touches template text). Written here rather than
// pulled in (minify-html-literals and friends bring a full HTML and CSS minifier and
// magic-string for a saving we get with three careful rules):
//   - html``: indentation after a line break is dropped. HTML collapses a run of white
//     space to one space anyway, and the line break itself stays, so text between
//     inline elements keeps its space. (No template in src/ holds <pre> or a textarea
//     with content; the test in test/node/packaging keeps it that way.)
//   - css``: comments go, indentation goes, and spaces around { } ; , > disappear.
//     Spaces around ":" stay ("a :hover" and "a:hover" differ), so do spaces inside
//     calc() and other values.
// Every line break stays where it was, so line numbers, and with them the source maps,
// are unchanged: only columns inside a template move.

const TAGS = new Set(['html', 'css', 'svg']);

/** html``/svg`` text: drop the indentation that follows each line break. */
export function minifyHtmlText(text) {
  return text.replace(/\n[ \t]+/g, '\n');
}

/** css`` text: comments, indentation and spaces around { } ; , > removed; line breaks kept. */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/[ \t]*([{};,>])[ \t]*/g, '$1');
}

function walk(node, visit) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((child) => walk(child, visit));
  if (typeof node.type === 'string') visit(node);
  for (const key of Object.keys(node)) if (key !== 'type') walk(node[key], visit);
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\b(html|css|svg)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name))
          return;
        const shrink = node.tag.name === 'css' ? minifyCssText : minifyHtmlText;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const small = shrink(raw);
          if (small !== raw) edits.push([quasi.start, quasi.end, small]);
        }
      });
      if (edits.length === 0) return null;
      let out = '';
      let at = 0;
      for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
        out += code.slice(at, start) + text;
        at = end;
      }
      out += code.slice(at);
      // Line breaks are kept, so the previous source map still holds line for line.
      return { code: out, map: null };
    },
  };
}
