// In-page side of the list benchmark. The Node driver (bench/list.ts) calls
// window.bench.*; every call renders into a fresh element and returns the time
// from "start" to "the first page of services is in the DOM with its style and
// layout computed" (a forced layout of the last card).
import { fromFeed, renderBaseline } from './list-baseline.js';
import { serviceViews } from './service-views.js';

const stage = document.getElementById('stage');
let data = [];

function styles() {
  const ctor = customElements.get('oruk-service-list');
  if (!ctor) throw new Error('<oruk-service-list> is not defined: did dist/oruk-list.js load?');
  return ctor.elementStyles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet));
}

function cardsIn(host) {
  return host.shadowRoot ? host.shadowRoot.querySelectorAll('[part~="service"]') : [];
}

function settle(host, t0) {
  const cards = cardsIn(host);
  if (cards.length === 0) throw new Error('No services on screen');
  cards[cards.length - 1].getBoundingClientRect();
  const ms = performance.now() - t0;
  return { ms, cards: cards.length, first: cards[0].querySelector('[part~="title-link"]')?.textContent?.trim() ?? '' };
}

/** Resolves once `host`'s shadow root holds at least one service card. */
function whenCards(host) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('No services on screen after 20 s')), 20000);
    const check = () => {
      if (cardsIn(host).length > 0) {
        clearTimeout(timer);
        observer.disconnect();
        resolve();
        return true;
      }
      return false;
    };
    const observer = new MutationObserver(check);
    if (!check()) observer.observe(host.shadowRoot, { childList: true, subtree: true });
  });
}

window.bench = {
  ready: () => customElements.whenDefined('oruk-service-list').then(() => true),

  /** Generates the services (not timed). */
  prepare(count) {
    data = serviceViews(count);
    return { count: data.length, first: data[0]?.name };
  },

  /** Renders the first page of the prepared services; kind is "ours" or "baseline". */
  async render(kind) {
    stage.replaceChildren();
    const t0 = performance.now();
    if (kind === 'ours') {
      const el = document.createElement('oruk-service-list');
      el.noHistory = true;
      el.services = data;
      stage.append(el);
      await el.updateComplete;
      return settle(el, t0);
    }
    const host = document.createElement('div');
    stage.append(host);
    renderBaseline(host, data, styles());
    return settle(host, t0);
  },

  /** Renders the first page of an organisation's services from the catalogue at `api`. */
  async renderRemote(kind, api, organization) {
    stage.replaceChildren();
    const t0 = performance.now();
    if (kind === 'ours') {
      const el = document.createElement('oruk-service-list');
      el.noHistory = true;
      el.setAttribute('api', api);
      el.setAttribute('organization', organization);
      stage.append(el);
      await whenCards(el);
      return settle(el, t0);
    }
    const host = document.createElement('div');
    stage.append(host);
    const res = await fetch(`${api}/services?organization_id=${encodeURIComponent(organization)}&page=1&per_page=10`);
    if (!res.ok) throw new Error(`The catalogue answered ${res.status}`);
    const page = await res.json();
    renderBaseline(host, page.contents.map(fromFeed), styles(), page.total_items, []);
    return settle(host, t0);
  },

  /**
   * Warms up the page, not the code under test: fonts, form controls and a
   * first layout, so that neither renderer pays for them by going first.
   */
  async warmUp() {
    const warm = document.createElement('div');
    warm.innerHTML =
      '<form><label>Search <input type="search"></label>' +
      '<select><option>All types</option></select><button>Search</button></form>' +
      '<h2><a href="#">Warm-up</a></h2><p>Run by warm-up. Text – “quotes” … 1,234</p>' +
      '<nav><span>Page 1 of 2</span></nav>';
    // The element's constructed style sheet is made once per page, by whichever renderer
    // asks first: make it here, and apply it once, so both find it ready.
    const styled = document.createElement('div');
    styled.attachShadow({ mode: 'open' }).adoptedStyleSheets = styles();
    styled.shadowRoot.innerHTML =
      '<ul class="services"><li class="service">' +
      '<h2 class="title"><a class="title-link" href="#">Warm-up</a></h2><p class="description">Text</p>' +
      '</li></ul>';
    stage.append(warm, styled);
    warm.getBoundingClientRect();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    stage.replaceChildren();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return true;
  },

  /**
   * Renders `times` more times with each renderer, taking turns (a fresh element
   * each time, a frame between renders): the warm figures, once the code has run.
   * `render` is "local" (the prepared services) or "remote" (with api and organization).
   */
  async repeat(times, render, api, organization) {
    const out = { ours: [], baseline: [] };
    for (let i = 0; i < times; i++) {
      for (const kind of i % 2 ? ['baseline', 'ours'] : ['ours', 'baseline']) {
        const result = render === 'remote' ? await this.renderRemote(kind, api, organization) : await this.render(kind);
        out[kind].push(result.ms);
        stage.replaceChildren();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      }
    }
    return out;
  },

  clear() {
    stage.replaceChildren();
    return true;
  },
};
