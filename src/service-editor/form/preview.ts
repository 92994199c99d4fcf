/**
 * The preview: the record exactly as the public list shows it, by the list
 * element itself (`<oruk-service-list>` with the reader's view of the record).
 * There is no second renderer. It renders only while open, and the form feeds
 * it a debounced copy of the record so typing stays fast.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { readService } from '../../model/reader/index.js';
import type { ServiceView } from '../../model/view-model.js';
import type { EditorLang, EditorStrings } from '../strings/index.js';

let lastRecord: unknown;
let lastView: ServiceView | undefined;

/** The reader's view of a record (memoised on the record object). */
function viewOf(record: unknown): ServiceView | undefined {
  if (record !== lastRecord) {
    lastRecord = record;
    try {
      lastView = readService(record);
    } catch {
      lastView = undefined;
    }
  }
  return lastView;
}

export function renderPreview(o: {
  s: EditorStrings;
  lang: EditorLang;
  open: boolean;
  record: unknown;
  onToggle: (event: Event) => void;
}): TemplateResult {
  const view = o.open ? viewOf(o.record) : undefined;
  return html`<details class="preview" part="preview" ?open=${o.open} @toggle=${o.onToggle}>
    <summary>${o.s.preview}</summary>
    <div class="hint">${o.s.previewHint}</div>
    ${view
      ? html`<div class="preview__body">
          ${keyed(
            view,
            // A fresh list per view: the list's detail view keeps the service it first showed for a selected id.
            html`<oruk-service-list .services=${[view]} selected=${view.id} no-history lang=${o.lang}></oruk-service-list>`,
          )}
        </div>`
      : nothing}
  </details>`;
}
