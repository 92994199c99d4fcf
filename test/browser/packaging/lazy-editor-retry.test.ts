/**
 * When the editor's code fails to download (src/oruk-elements.ts), the editor in the
 * page is not left blank for good: the script tries again by itself a little later.
 * A page of its own, so the editor's code has not been loaded before.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/oruk-elements.js';
import { chunkFaults as faults, armFailure, countFor as count, failedDownloads } from '../chunk-faults.js';

describe('oruk-elements when the editor cannot be downloaded at first', () => {
  afterEach(() => faults({ action: 'clear' }));

  it('downloads the editor again by itself and upgrades the editor in the page', async () => {
    const path = '/src/service-editor/service-editor.ts';
    await armFailure(path);
    const editor = document.createElement('oruk-service-editor');
    document.body.append(editor);
    await failedDownloads(path);
    expect(customElements.get('oruk-service-editor'), 'not defined after the failure').to.equal(undefined);
    await waitUntil(() => editor.shadowRoot !== null, 'the editor never came to life', { timeout: 8000 });
    expect((await count(path)).requests).to.equal(2);
    editor.remove();
  });
});
