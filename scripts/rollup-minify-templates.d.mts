// Types for scripts/rollup-minify-templates.mjs (plain JavaScript, used by the rollup config and a node test).
export function minifyHtmlText(text: string): string;
export function minifyCssText(text: string): string;
export function minifyTemplates(): {
  name: string;
  transform(code: string, id: string): { code: string; map: null } | null;
};
