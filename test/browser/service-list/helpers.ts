/** Shared helpers for the list's browser tests. */
import { define } from '../../../src/service-list/service-list.js';
import type { OrukServiceList } from '../../../src/service-list/service-list.component.js';

define();

export type List = OrukServiceList;

export function q<E extends Element = HTMLElement>(el: Element, selector: string): E | null {
  return el.shadowRoot!.querySelector<E>(selector);
}

export function qa<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return Array.from(el.shadowRoot!.querySelectorAll<E>(selector));
}

export function text(el: Element, selector: string): string {
  return (q(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Clears this list's state from the URL between tests. */
export function resetUrl(): void {
  const url = new URL(location.href);
  for (const key of [...url.searchParams.keys()]) if (/-(q|term|page|service)$/.test(key)) url.searchParams.delete(key);
  history.replaceState(null, '', url.href);
}

export function click(el: HTMLElement): void {
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0 }));
}
