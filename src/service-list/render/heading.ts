/**
 * A real heading element (h1 to h6) at a level the integrator chooses.
 * The tag comes from a fixed table, never from input.
 */
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, literal, type StaticValue } from 'lit/static-html.js';

const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

export function clampLevel(level: number): number {
  return Number.isFinite(level) ? Math.min(6, Math.max(1, Math.trunc(level))) : 2;
}

export function heading(
  level: number,
  content: unknown,
  opts: { part: string; id?: string; focusable?: boolean; className?: string },
): TemplateResult {
  const tag = TAGS[clampLevel(level) - 1]!;
  return html`<${tag}
    part=${opts.part}
    class=${opts.className ?? opts.part}
    id=${ifDefined(opts.id)}
    tabindex=${ifDefined(opts.focusable ? '-1' : undefined)}
  >${content}</${tag}>`;
}
