/**
 * dist/oruk-elements.js downloads the editor's code only when an
 * <oruk-service-editor> appears (src/oruk-elements.ts). When that download
 * fails, the element stays undefined and `loadEditor()` rejects; a later call
 * downloads it again and the editor already in the page comes to life. A page
 * of its own, so the editor's code has not been loaded before.
 */
import { expect } from '@open-wc/testing';
import { loadEditor } from '../../../src/oruk-elements.js';
import { chunkFaults as faults, armFailure, countFor as count, failedDownloads } from '../chunk-faults.js';

describe('oruk-elements when the editor cannot be downloaded', () => {
  afterEach(() => faults({ action: 'clear' }));

  it('leaves the editor undefined, and loadEditor() then downloads it again and upgrades the editor in the page', async () => {
    const path = '/src/service-editor/service-editor.ts';
    await armFailure(path);
    const editor = document.createElement('oruk-service-editor');
    document.body.append(editor);
    // The element's arrival starts the download, which fails.
    await failedDownloads(path);
    let failure: unknown;
    await loadEditor().catch((error: unknown) => (failure = error));
    // Either this call shared the failed download or, if that had already settled, made a new one.
    if (failure === undefined) expect((await count(path)).requests).to.equal(2);
    else {
      expect(failure).to.be.instanceOf(TypeError);
      expect(customElements.get('oruk-service-editor')).to.equal(undefined);
      expect(editor.shadowRoot).to.equal(null);
      await loadEditor();
    }
    expect(customElements.get('oruk-service-editor')).to.not.equal(undefined);
    expect(editor.shadowRoot, 'the editor in the page, upgraded').to.not.equal(null);
    expect((await count(path)).requests).to.equal(2);
    editor.remove();
  });
});
