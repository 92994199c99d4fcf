/**
 * Styles of the list's detail view and data-problems panel: they load with
 * them (./detail-chunk.ts) and are added to the element's shadow root beside
 * ./service-list.styles.ts, whose custom properties (--_gap, --_border…) they use.
 */
import { adoptStyles, css } from 'lit';

export const detailStyles = css`
  .detail,
  .issues {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
  .detail {
    background: var(--_surface);
  }
  .detail > :first-child,
  .issues > p:first-child,
  .rich :first-child {
    margin-block-start: 0;
  }
  .detail-title {
    margin: 0 0 0.35em;
    font-size: var(--oruk-detail-title-size, 1.5em);
    line-height: 1.3;
  }
  .section-title {
    margin: 1.2em 0 0.4em;
    font-size: 1.05em;
  }
  .checked {
    color: var(--_muted);
    margin: 1em 0 0.5em;
  }
  .alert {
    border-inline-start: 4px solid var(--oruk-alert-color, #d4351c);
    padding: 0.4em 0.8em;
    margin: 0.5em 0 1em;
  }
  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .plain > li + li {
    margin-block-start: 0.35em;
  }
  .location,
  .contact {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
  }
  .location-name,
  .contact-name {
    font-weight: 600;
  }
  .issues {
    border-width: 2px;
    margin-block-start: var(--_gap);
    font-size: 0.9em;
  }
`;

/** Adds these styles to a list's shadow root, once. */
export function adoptDetailStyles(root: ShadowRoot): void {
  const sheet = detailStyles.styleSheet;
  const adopted = root.adoptedStyleSheets;
  if (sheet && adopted?.length) {
    if (!adopted.includes(sheet)) root.adoptedStyleSheets = [...adopted, sheet];
  } else if (!root.querySelector('style[data-oruk-detail]')) {
    // Where Lit wrote <style> elements instead (no adoptable style sheets), one more of them.
    adoptStyles(root, [detailStyles]);
    root.lastElementChild?.setAttribute('data-oruk-detail', '');
  }
}
