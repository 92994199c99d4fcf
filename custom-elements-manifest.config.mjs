// @custom-elements-manifest/analyzer configuration: `npm run analyze` writes
// custom-elements.json, which documents every element's attributes, properties,
// events, slots, parts and CSS custom properties (from the classes and their JSDoc:
// @summary, @slot, @event, @csspart, @cssprop). The README's API reference is
// generated from it by scripts/readme-api.mjs.

// Our classes carry no side effects: each element's define() registers it under a
// tag given at run time, which the analyzer cannot see. These are the usual tags.
const TAGS = {
  OrukServiceList: 'oruk-service-list',
  OrukServiceEditor: 'oruk-service-editor',
  OrukServiceForm: 'oruk-service-form',
  OrukCatalogue: 'oruk-catalogue',
  OrukSignInForm: 'oruk-editor-sign-in',
  OrukConflictView: 'oruk-editor-conflict',
};

/** Names the tag of each element class that defines none itself (a JSDoc @tag wins). */
function defaultTagNames() {
  return {
    name: 'oruk-default-tag-names',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class' || decl.tagName || !TAGS[decl.name]) continue;
          decl.tagName = TAGS[decl.name];
          decl.customElement = true;
          mod.exports ??= [];
          mod.exports.push({
            kind: 'custom-element-definition',
            name: decl.tagName,
            declaration: { name: decl.name, module: mod.path },
          });
        }
      }
    },
  };
}

/** Lit's @state() fields are internal: mark them private so they stay out of the API. */
function stateIsPrivate() {
  return {
    name: 'oruk-state-is-private',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const decl = moduleDoc.declarations?.find((d) => d.name === node.name.text);
      if (!decl) return;
      for (const member of node.members) {
        const decorators = ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : [];
        const isState = decorators.some(
          (d) =>
            ts.isCallExpression(d.expression) &&
            ts.isIdentifier(d.expression.expression) &&
            d.expression.expression.text === 'state',
        );
        if (!isState || !member.name) continue;
        const doc = decl.members?.find((m) => m.name === member.name.getText());
        if (doc) doc.privacy = 'private';
      }
    },
  };
}

/**
 * `new CustomEvent(type, …)` with a variable: the analyzer takes the variable's name
 * ("type") for an event name. Such events are dropped unless JSDoc documents them; the
 * real names are documented with @event on the class.
 */
function noEventsNamedAfterVariables() {
  const variables = new Map();
  return {
    name: 'oruk-no-events-named-after-variables',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isNewExpression(node) || node.expression.getText() !== 'CustomEvent') return;
      const [first] = node.arguments ?? [];
      if (!first || !ts.isIdentifier(first)) return;
      if (!variables.has(moduleDoc.path)) variables.set(moduleDoc.path, new Set());
      variables.get(moduleDoc.path).add(first.text);
    },
    moduleLinkPhase({ moduleDoc }) {
      const names = variables.get(moduleDoc.path);
      if (!names) return;
      for (const decl of moduleDoc.declarations ?? []) {
        if (decl.events) decl.events = decl.events.filter((e) => e.description || !names.has(e.name));
      }
    },
  };
}

export default {
  // The element classes and the package entries: helper modules would only add noise.
  globs: ['src/**/*.component.ts', 'src/index.ts', 'src/list.ts', 'src/editor.ts', 'src/define.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [stateIsPrivate(), noEventsNamedAfterVariables(), defaultTagNames()],
};
