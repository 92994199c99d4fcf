/**
 * A chunk whose own download works but one of the modules it imports fails
 * (as when a shared chunk of the build drops): Chromium must not remember the
 * failed module, or "Try again" would fail for ever. A page of its own, so the
 * detail view's modules are not loaded before the test.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FULL, makeService } from './fixtures.js';
import { click, q, resetUrl, text, type List } from './helpers.js';
import { chunkFaults as faults, armFailure, countFor } from '../chunk-faults.js';

describe('<oruk-service-list> when a module the detail view imports cannot be downloaded', () => {
  beforeEach(resetUrl);
  afterEach(() => faults({ action: 'clear' }));

  it('shows the error with Try again, and Try again shows the service', async () => {
    // Imported by ./detail-chunk.ts only.
    const path = '/src/service-list/render/detail.ts';
    await armFailure(path);
    const el = await fixture<List>(
      html`<oruk-service-list no-history .services=${[makeService(), FULL]}></oruk-service-list>`,
    );
    await waitUntil(() => q(el, '[data-open-service="svc-full"]') !== null, 'the service cards', { timeout: 5000 });
    click(q(el, '[data-open-service="svc-full"]')!);
    await waitUntil(() => q(el, '[part="error"]') !== null, 'the error', { timeout: 5000 });
    expect(await countFor(path)).to.include({ failed: 1 });
    expect(text(el, '[part="error"] .error-title')).to.equal('We could not load this service');

    q<HTMLButtonElement>(el, '[part="error"] [part~="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, '[part="detail-title"]') !== null, 'the service after Try again', { timeout: 5000 });
    expect(text(el, '[part="detail-title"]')).to.equal('Youth drop-in');
    expect(await countFor(path)).to.include({ failed: 1, requests: 2 });
  });
});
