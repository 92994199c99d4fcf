/**
 * Bundle entry dist/oruk-elements.js: every element in one
 * `<script type="module" src=".../oruk-elements.js">`. Loading it registers
 * `<oruk-catalogue>` and `<oruk-service-list>` at once, and `<oruk-service-editor>`
 * as soon as one appears in the page: the editor's code (its form, the strict
 * checks) is a separate file next to this one, downloaded only on pages that
 * use the editor. A tag that is already taken is left alone, so loading this
 * script twice, or beside another version, never throws.
 */
import { lazy } from './internal/lazy.js';
import { defineCatalogue, defineServiceList } from './list.js';

const EDITOR_TAG = 'oruk-service-editor';
/** The editor's chunk (a failed download is tried again by the next call). */
const editorChunk = lazy(() => import('./service-editor/service-editor.js'));

/**
 * Downloads the editor's code and registers `<oruk-service-editor>`. Called for you
 * when the editor appears in the document; call it yourself when you create the
 * editor inside another element's shadow root, where this script cannot see it.
 */
export function loadEditor(): Promise<void> {
  return editorChunk.load().then(({ define }) => define());
}

/**
 * Loads the editor for an element in the page. A failed download (the network dropped)
 * must not leave the editor blank for good: it is tried again as soon as the browser is
 * back online, or after 2, 4, 8 and 16 seconds, whichever comes first.
 */
function loadEditorNow(attempt = 0): void {
  loadEditor().catch((error: unknown) => {
    console.error('oruk-elements: the editor could not be loaded.', error);
    if (attempt >= 4) return;
    const again = (): void => {
      clearTimeout(timer);
      removeEventListener('online', again);
      loadEditorNow(attempt + 1);
    };
    const timer = setTimeout(again, 2000 * 2 ** attempt);
    addEventListener('online', again);
  });
}

function holdsEditor(node: Node): boolean {
  return node instanceof Element && (node.localName === EDITOR_TAG || node.querySelector(EDITOR_TAG) !== null);
}

function loadEditorWhenUsed(): void {
  if (customElements.get(EDITOR_TAG)) return;
  if (document.querySelector(EDITOR_TAG)) {
    loadEditorNow();
    return;
  }
  const observer = new MutationObserver((records) => {
    if (records.some((record) => Array.from(record.addedNodes).some(holdsEditor))) {
      observer.disconnect();
      loadEditorNow();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

defineCatalogue();
defineServiceList();
loadEditorWhenUsed();

export * from './list.js';
