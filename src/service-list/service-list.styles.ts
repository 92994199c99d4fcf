/**
 * Styles of <oruk-service-list>. Defaults inherit the site's font and colour;
 * everything else is tunable with --oruk-* custom properties and ::part.
 * Sizes are em or px only (never rem), so `html { font-size: 62.5% }` on the
 * host site does not shrink the list. The detail view's and the data-problems
 * panel's own rules load with them (./detail.styles.ts).
 */
import { css } from 'lit';

export const serviceListStyles = css`
  :host {
    display: block;
    font-family: var(--oruk-font-family, inherit);
    font-size: var(--oruk-font-size, 1em);
    line-height: var(--oruk-line-height, 1.5);
    color: var(--oruk-color, inherit);
    --_gap: var(--oruk-spacing, 1em);
    --_radius: var(--oruk-radius, 6px);
    --_border: var(--oruk-border-color, color-mix(in srgb, currentColor 25%, transparent));
    --_surface: var(--oruk-surface, transparent);
    --_accent: var(--oruk-accent-color, #005ea5);
    --_link: var(--oruk-link-color, var(--oruk-accent-color, #005ea5));
    --_focus: var(--oruk-focus-color, #ffbf47);
    --_muted: var(--oruk-muted-color, color-mix(in srgb, currentColor 72%, transparent));
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_gap) * 0.75);
    margin-block-end: var(--_gap);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 14em;
  }
  label {
    font-weight: 600;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--oruk-input-background, Field);
    color: var(--oruk-input-color, FieldText);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4em 0.6em;
    min-height: 2.5em;
  }
  .button {
    font: inherit;
    font-weight: 600;
    min-height: 2.5em;
    min-width: 44px;
    padding: 0.4em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--oruk-button-background, var(--_accent));
    color: var(--oruk-button-color, #fff);
    cursor: pointer;
  }
  .summary {
    margin: 0 0 calc(var(--_gap) * 0.75);
    color: var(--_muted);
  }
  .services,
  .skeleton {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .services,
  .skeleton {
    display: grid;
    gap: var(--_gap);
  }
  .service,
  .skeleton-card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
  .service > :first-child,
  .skeleton-card > :first-child {
    margin-block-start: 0;
  }
  .service > :last-child,
  .skeleton-card > :last-child {
    margin-block-end: 0;
  }
  .title {
    margin: 0 0 0.35em;
    font-size: var(--oruk-title-size, 1.2em);
    line-height: 1.3;
  }
  .status {
    display: inline-block;
    margin: 0 0 0.5em;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    background: var(--oruk-status-background, #fff3cd);
    color: var(--oruk-status-color, #5c3c00);
    border: 1px solid currentColor;
  }
  .organization {
    color: var(--_muted);
    margin: 0 0 0.5em;
  }
  .description {
    margin: 0;
  }
  .back-row {
    margin: 0 0 0.75em;
  }
  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
    margin-block-start: var(--_gap);
  }
  .page-link {
    display: inline-block;
    padding: 0.5em 0.25em;
    min-height: 24px;
  }
  .loading {
    min-height: 1em;
  }
  .skeleton-card {
    min-height: var(--oruk-skeleton-card-height, 0);
  }
  .bone,
  .bone-text {
    border-radius: 4px;
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  .bone {
    display: block;
  }
  .bone-text {
    color: transparent;
    user-select: none;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  .bone-label {
    width: 40%;
    height: 1em;
    margin-block: 0.25em;
  }
  .bone-input,
  .bone-button {
    min-height: 2.5em;
    height: calc(2.3em + 4px);
  }
  .bone-button {
    width: 5.5em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .bone,
    .bone-text {
      animation: pulse 1.4s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  .error,
  .empty {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
  .error {
    border-color: var(--oruk-error-color, #d4351c);
  }
  .error > p:first-child,
  .empty > p:first-child {
    margin-block-start: 0;
  }
  .empty-title {
    font-weight: 600;
  }
  .fallback:empty {
    display: none;
  }
`;
