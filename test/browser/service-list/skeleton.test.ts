// The loading skeleton reserves about the height the real list will take, so the
// page does not jump when the services arrive (layout shift).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { feed, freshKey } from '../api/fault-server.js';
import { q, qa, resetUrl, type List } from './helpers.js';

const height = (el: Element | null) => Math.round(el?.getBoundingClientRect().height ?? 0);

async function measure(
  width: number,
): Promise<{ skeletonCard: number; card: number; skeletonSummary: number; summary: number }> {
  const api = await feed('slow-1500', freshKey('skeleton'));
  const el = await fixture<List>(
    html`<div style="width: ${width}px; font: 17px/1.6 Georgia, serif">
      <oruk-service-list no-history api=${api} per-page="1"></oruk-service-list>
    </div>`,
  ).then((wrap) => wrap.querySelector<List>('oruk-service-list')!);
  await waitUntil(() => q(el, '.skeleton-card') !== null, 'the skeleton', { timeout: 5000 });
  const skeletonCard = height(q(el, '.skeleton-card'));
  const skeletonSummary = height(q(el, '[part~="loading"] .summary'));
  await waitUntil(() => qa(el, '[part~="service"]').length > 0, 'the services', { timeout: 8000 });
  return {
    skeletonCard,
    card: height(q(el, '[part~="service"]')),
    skeletonSummary,
    summary: height(q(el, '[part="summary"]')),
  };
}

describe('<oruk-service-list> loading skeleton', () => {
  beforeEach(resetUrl);

  for (const width of [340, 760]) {
    it(`is within 15% of a real card's height, and keeps the summary's line (${width}px wide)`, async () => {
      // The fixture's service: a one-line name, "Run by …" and a 227-character description.
      const m = await measure(width);
      expect(m.card).to.be.greaterThan(0);
      expect(Math.abs(m.skeletonCard - m.card) / m.card, JSON.stringify(m)).to.be.lessThan(0.15);
      expect(m.skeletonSummary, JSON.stringify(m)).to.equal(m.summary);
    });
  }
});
