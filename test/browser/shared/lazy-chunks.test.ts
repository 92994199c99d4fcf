/**
 * DOMPurify is a chunk of its own, downloaded only by browsers without the
 * Sanitizer API. When that download fails, a description shows nothing (never
 * its raw markup) and the next render of it downloads DOMPurify again and
 * shows the cleaned text, as when a person goes back and opens the service
 * again. A page of its own, so DOMPurify has not been loaded before.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { html, render } from 'lit';
import { safeHtml } from '../../../src/shared/safe-html.js';
import { chunkFaults as faults, armFailure, countFor as count, failedDownloads } from '../chunk-faults.js';

const DESCRIPTION = '<p>Games and <strong>advice</strong></p><img src=x onerror="window.ranDescription = true">';

describe('safeHtml when DOMPurify cannot be downloaded', () => {
  afterEach(() => faults({ action: 'clear' }));

  it('shows nothing of the markup, then the cleaned description on the next render', async () => {
    const path = '/node_modules/dompurify/dist/purify.es.mjs';
    await armFailure(path);
    const first = document.createElement('div');
    document.body.append(first);
    render(html`<div class="description">${safeHtml(DESCRIPTION, 'dompurify')}</div>`, first);
    await failedDownloads(path);
    await new Promise((r) => setTimeout(r, 50));
    expect(first.textContent).to.equal('');
    expect(first.querySelector('img, p')).to.equal(null);

    // The service opened again: a fresh render of the same description.
    const again = document.createElement('div');
    document.body.append(again);
    render(html`<div class="description">${safeHtml(DESCRIPTION, 'dompurify')}</div>`, again);
    await waitUntil(
      () => again.querySelector('strong') !== null,
      'Timed out waiting for the description after a new render',
      { timeout: 5000 },
    );
    expect(again.textContent).to.equal('Games and advice');
    expect(again.querySelector('img')).to.equal(null);
    expect((window as { ranDescription?: boolean }).ranDescription).to.equal(undefined);
    expect((await count(path)).requests).to.equal(2);
    first.remove();
    again.remove();
  });
});
