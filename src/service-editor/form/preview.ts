/**
 * The preview: the record exactly as the public list shows it, by the list
 * element itself (`<oruk-service-list>` with the reader's view of the record).
 * There is no second renderer. It renders only while open, and the form feeds
 * it a debounced copy of the record so typing stays fast.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { readService } from '../../model/reader/read-service.js';
import type { ServiceView } from '../../model/view-model.js';
import type { EditorLang, EditorStrings } from '../strings/index.js';

let lastRecord: unknown;
let lastView: ServiceView | undefined;

export function renderPreview(s: EditorStrings, lang: EditorLang, open: boolean, record: unknown, onToggle: (event: Event) => void): TemplateResult {
  // The reader's view of the record, memoised on the record object.
  if (open && record !== lastRecord) {
    lastRecord = record;
    try {
      lastView = readService(record);
    } catch {
      lastView = undefined;
    }
  }
  const view = open ? lastView : undefined;
  // A fresh list per view (keyed): the list's detail view keeps the service it first showed for a selected id.
  return html`<details class="preview" part="preview" ?open=${open} @toggle=${onToggle}><summary>${s.preview}</summary><div class="hint">${s.previewHint}</div>${view
    ? html`<div class="preview__body">${keyed(view, html`<oruk-service-list .services=${[view]} selected=${view.id} no-history lang=${lang}></oruk-service-list>`)}</div>`
    : nothing}</details>`;
}
