/**
 * Runs inside a page with a strict CSP and Trusted Types enforced (see
 * ../csp.test.ts) and reports to the parent what happened.
 */
import { define } from '../../../../src/service-list/service-list.js';
import type { OrukServiceList } from '../../../../src/service-list/service-list.component.js';
import { FULL, manyServices } from '../fixtures.js';

const violations: string[] = [];
const errors: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
window.addEventListener('error', (e) => errors.push(String(e.message)));

if (new URL(import.meta.url).searchParams.get('backend') === 'dompurify') {
  Object.defineProperty(Element.prototype, 'setHTML', { value: undefined, configurable: true, writable: true });
}

define();
const el = document.querySelector<OrukServiceList>('oruk-service-list')!;
el.services = [FULL, ...manyServices(3)];
el.selected = FULL.id;
await el.updateComplete;
await new Promise((r) => setTimeout(r, 300));
await el.updateComplete;

const root = el.shadowRoot!;
parent.postMessage(
  {
    trustedTypes: typeof (window as { trustedTypes?: unknown }).trustedTypes === 'object',
    title: root.querySelector('[part="detail-title"]')?.textContent ?? null,
    descriptionItems: Array.from(root.querySelectorAll('[part~="description"] li')).map((li) => li.textContent),
    jsonLd: Array.from(el.querySelectorAll('script[type="application/ld+json"]')).map(
      (s) => JSON.parse(s.textContent ?? 'null')?.['@graph']?.[0]?.name,
    ),
    styled: getComputedStyle(root.querySelector('[part="detail"]')!).borderTopStyle,
    violations,
    errors,
  },
  '*',
);
