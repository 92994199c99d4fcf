/**
 * The preview: the record exactly as the public list shows it, by the list
 * element itself (`<oruk-service-list>` with the reader's view of the record).
 * There is no second renderer. It renders only while open, and the form feeds
 * it a debounced copy of the record so typing stays fast.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { readService } from '../../model/reader/read-service.js';
import type { ServiceView } from '../../model/view-model.js';
import type { EditorLang, EditorStrings } from '../strings/index.js';

/** Per form (its toggle handler is its own): the record last previewed and the list element showing it. */
const shown = new WeakMap<object, [record: unknown, list: (HTMLElement & { services?: ServiceView[] }) | undefined]>();

export function renderPreview(
  s: EditorStrings,
  lang: EditorLang,
  open: boolean,
  record: unknown,
  onToggle: (event: Event) => void,
): TemplateResult {
  const [last, cached] = shown.get(onToggle) ?? [];
  let list = cached;
  // The reader's view of the record, in a new list element per record (its detail
  // view keeps the service it first showed for a selected id), made only while open.
  if (open && record !== last) {
    list = undefined;
    try {
      const view = readService(record);
      list = document.createElement('oruk-service-list');
      list.services = [view];
      list.setAttribute('selected', view.id);
      list.setAttribute('no-history', '');
    } catch {
      // Nothing to show for a record the reader cannot read.
    }
    shown.set(onToggle, [record, list]);
  }
  list?.setAttribute('lang', lang);
  return html`<details class="preview" part="preview" ?open=${open} @toggle=${onToggle}><summary>${
    s.preview
  }</summary><div class="hint">${s.previewHint}</div>${
    open && list ? html`<div class="preview__body">${list}</div>` : nothing
  }</details>`;
}
