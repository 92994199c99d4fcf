// In-page side of the editor benchmark (bench/editor.ts drives it).
//
// load(): time from creating <oruk-service-editor> (its code not yet downloaded) to
//   the form for the large service in the DOM with style and layout computed.
// loadBaseline(): the same markup, hand-written: fetch the service, parse it, put the
//   editor's and the form's markup (captured from a previous page) into shadow roots
//   with the same CSS, fill in the controls' values, and lay it out.
// Keystrokes: the driver types with the DevTools protocol; latency is from the
//   keydown event's timestamp to the edited (or checked) state rendered, with style
//   and layout computed.
import { loadEditor } from '/dist/oruk-elements.js';

const stage = document.getElementById('stage');
const bare = document.getElementById('bare');
const MARKERS = ['[data-path="schedules.99.description"]', '[data-path="service_at_locations.49.location.name"]'];

let editor;
let pending = null;
const latencies = [];

function formOf(el) {
  return el?.shadowRoot?.querySelector('oruk-service-form') ?? null;
}

function formReady(el) {
  const root = formOf(el)?.shadowRoot;
  return Boolean(root && MARKERS.every((m) => root.querySelector(m)));
}

function nextTask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

async function settled() {
  await editor?.updateComplete;
  await formOf(editor)?.updateComplete;
}

window.bench = {
  async load(api, serviceId, token) {
    stage.replaceChildren();
    const t0 = performance.now();
    editor = document.createElement('oruk-service-editor');
    editor.setAttribute('api', api);
    editor.setAttribute('service-id', serviceId);
    editor.tokenProvider = async () => token;
    stage.append(editor);
    const deadline = t0 + 30000;
    while (!formReady(editor)) {
      if (performance.now() > deadline)
        throw new Error(`The editor did not show the form within 30 s (phase: ${editor.phase})`);
      await nextTask();
    }
    formOf(editor).shadowRoot.querySelector(MARKERS[0]).getBoundingClientRect();
    const ms = performance.now() - t0;
    const controls = formOf(editor).shadowRoot.querySelectorAll('input, textarea, select').length;
    return { ms, controls, phase: editor.phase };
  },

  /** The markup, CSS and control values of the editor as loaded, for the baseline. */
  capture() {
    const form = formOf(editor);
    const css = (ctor) =>
      ctor.elementStyles.map((s) =>
        [...(s instanceof CSSStyleSheet ? s : s.styleSheet).cssRules].map((r) => r.cssText).join('\n'),
      );
    const controls = [...form.shadowRoot.querySelectorAll('input, textarea, select')].map((c) =>
      c.type === 'checkbox' || c.type === 'radio' ? c.checked : c.value,
    );
    const strip = (html) => html.replace(/<!--[^]*?-->/g, '').replace(/<(\/?)oruk-[a-z-]+/g, '<$1div');
    return {
      editorCss: css(customElements.get('oruk-service-editor')),
      formCss: css(customElements.get('oruk-service-form')),
      editorHtml: strip(editor.shadowRoot.innerHTML),
      formHtml: strip(form.shadowRoot.innerHTML),
      controls,
    };
  },

  async loadBaseline(api, serviceId, captured) {
    bare.replaceChildren();
    const t0 = performance.now();
    const res = await fetch(`${api}/services/${encodeURIComponent(serviceId)}`);
    const record = await res.json();
    if (record.id !== serviceId) throw new Error('The baseline fetched another service');
    const sheets = (list) =>
      list.map((text) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        return sheet;
      });
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets(captured.editorCss);
    root.innerHTML = captured.editorHtml;
    // The shell's markup holds the form's host (a custom element in ours; a div here) first.
    const formHost = root.querySelector('div:not([class]):empty') ?? root.appendChild(document.createElement('div'));
    const formRoot = formHost.attachShadow({ mode: 'open' });
    formRoot.adoptedStyleSheets = sheets(captured.formCss);
    formRoot.innerHTML = captured.formHtml;
    const controls = formRoot.querySelectorAll('input, textarea, select');
    controls.forEach((c, i) => {
      const v = captured.controls[i];
      if (typeof v === 'boolean') c.checked = v;
      else c.value = v;
    });
    formRoot.addEventListener('input', () => {});
    bare.append(host);
    formRoot.querySelector(MARKERS[0]).getBoundingClientRect();
    return { ms: performance.now() - t0, controls: controls.length };
  },

  clear() {
    stage.replaceChildren();
    bare.replaceChildren();
    editor = undefined;
    return true;
  },

  // ---- keystrokes ----------------------------------------------------------

  /** Sets up the bare baseline fields and the latency listeners. */
  setUpKeys() {
    bare.innerHTML =
      '<label for="bare-text">Postcode</label><input id="bare-text" autocomplete="off"><p id="bare-echo"></p>' +
      '<label for="bare-next">Next</label><input id="bare-next">';
    const text = bare.querySelector('#bare-text');
    const echo = bare.querySelector('#bare-echo');
    let record = { postal_code: '' };
    text.addEventListener('input', () => {
      record = { ...record, postal_code: text.value };
      echo.textContent = record.postal_code;
    });
    text.addEventListener('focusout', () => {
      const ok = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i.test(text.value.trim());
      text.setAttribute('aria-invalid', String(!ok));
      echo.textContent = ok ? '' : 'Enter a real UK postcode, like SW1A 1AA';
    });
    window.addEventListener(
      'keydown',
      (e) => {
        pending = { start: e.timeStamp, key: e.key };
      },
      true,
    );
    const finish = (kind) => {
      const started = pending;
      pending = null;
      if (!started) return;
      const done = (async () => {
        if (kind === 'ours') await settled();
        document.body.getBoundingClientRect();
        (kind === 'ours'
          ? (formOf(editor).shadowRoot.activeElement ?? document.activeElement)
          : document.activeElement
        )?.getBoundingClientRect();
        return performance.now() - started.start;
      })();
      latencies.push(done);
    };
    // Bubbling listeners on window run after the element's own handlers.
    window.addEventListener('input', (e) => finish(e.composedPath()[0]?.id?.startsWith('bare-') ? 'baseline' : 'ours'));
    // Focus moving inside one shadow root never reaches window: listen at the form's root.
    window.addEventListener('focusout', (e) => {
      if (e.composedPath()[0]?.id?.startsWith('bare-')) finish('baseline');
    });
    formOf(editor).shadowRoot.addEventListener('focusout', () => finish('ours'));
    return true;
  },

  /** Focuses the field to type in (not timed) and waits until the page is idle. */
  async focus(kind, path) {
    const target =
      kind === 'ours'
        ? formOf(editor).shadowRoot.querySelector(`[data-path="${path}"]`)
        : bare.querySelector('#bare-text');
    if (!target) throw new Error(`No field ${path}`);
    target.focus();
    await settled();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    pending = null;
    latencies.length = 0;
    return target.value;
  },

  /** The latency of the last keystroke, once its work is done. */
  async take() {
    const all = await Promise.all(latencies.splice(0));
    if (all.length !== 1) throw new Error(`Expected one timed event, got ${all.length}`);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return all[0];
  },

  /** The field's value and the error shown at it now. */
  fieldState(kind, path) {
    if (kind !== 'ours')
      return { value: bare.querySelector('#bare-text').value, error: bare.querySelector('#bare-echo').textContent };
    const root = formOf(editor).shadowRoot;
    const input = root.querySelector(`[data-path="${path}"]`);
    const error = root.getElementById(`${input.id}-error`);
    return { value: input.value, error: error ? error.textContent.replace(/\s+/g, ' ').trim() : '' };
  },

  loadEditorCode: () => loadEditor().then(() => true),
};
