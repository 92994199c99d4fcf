/**
 * `safeHtml(untrusted)`: a Lit directive that renders untrusted description
 * HTML through the sanitizer (./sanitize.ts) as DOM nodes. Use it for every
 * feed field that may hold HTML; plain text fields go in ordinary text
 * bindings. Renders nothing until DOMPurify has loaded in browsers without
 * the Sanitizer API (the text appears a moment later; if it cannot be
 * downloaded, nothing, until a later render tries again).
 */
import { noChange, nothing } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { sanitizeHtml, sanitizeHtmlSync, type SanitizerBackend } from './sanitize.js';

class SafeHtmlDirective extends AsyncDirective {
  #html: string | undefined;
  #backend: SanitizerBackend | undefined;

  render(html: string | undefined, backend?: SanitizerBackend): unknown {
    if (html === this.#html && backend === this.#backend) return noChange;
    this.#html = html;
    this.#backend = backend;
    if (!html) return nothing;
    const now = sanitizeHtmlSync(html, backend);
    if (now) return now;
    sanitizeHtml(html, backend).then(
      (fragment) => {
        if (this.#html === html && this.isConnected) this.setValue(fragment);
      },
      // DOMPurify could not be downloaded: nothing is shown (never the raw markup), and the
      // next render of this text tries again (reopening the service renders it afresh).
      () => {
        if (this.#html === html) this.#html = undefined;
      },
    );
    return nothing;
  }
}

export const safeHtml = directive(SafeHtmlDirective);
