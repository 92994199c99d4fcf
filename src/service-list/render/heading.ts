/**
 * A real heading element (h1 to h6) at a level the integrator chooses. A tag
 * name cannot be a template binding, so there is one small template per level,
 * picked from a fixed table, never from input.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface HeadingOptions {
  part: string;
  id?: string;
  focusable?: boolean;
  className?: string;
}

type Attrs = [part: string, className: string, id: string | undefined, tabindex: string | undefined];

const LEVELS: ReadonlyArray<(a: Attrs, content: unknown) => TemplateResult> = [
  ([p, c, i, t], content) => html`<h1 part=${p} class=${c} id=${ifDefined(i)} tabindex=${ifDefined(t)}>${content}</h1>`,
  ([p, c, i, t], content) => html`<h2 part=${p} class=${c} id=${ifDefined(i)} tabindex=${ifDefined(t)}>${content}</h2>`,
  ([p, c, i, t], content) => html`<h3 part=${p} class=${c} id=${ifDefined(i)} tabindex=${ifDefined(t)}>${content}</h3>`,
  ([p, c, i, t], content) => html`<h4 part=${p} class=${c} id=${ifDefined(i)} tabindex=${ifDefined(t)}>${content}</h4>`,
  ([p, c, i, t], content) => html`<h5 part=${p} class=${c} id=${ifDefined(i)} tabindex=${ifDefined(t)}>${content}</h5>`,
  ([p, c, i, t], content) => html`<h6 part=${p} class=${c} id=${ifDefined(i)} tabindex=${ifDefined(t)}>${content}</h6>`,
];

export function clampLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.trunc(level))) : 2;
}

export function heading(level: number, content: unknown, opts: HeadingOptions): TemplateResult {
  const attrs: Attrs = [opts.part, opts.className ?? opts.part, opts.id, opts.focusable ? '-1' : undefined];
  return LEVELS[clampLevel(level) - 1]!(attrs, content);
}
