/**
 * Hostile content: a feed whose every text field (service, organisation,
 * contacts, phones, locations, addresses, schedules, costs, languages,
 * areas, taxonomy terms, and the URL and email fields) holds one of the XSS
 * payloads of test/fixtures/xss/ (82 payloads and 15 hostile URLs: script
 * tags, event handlers, javascript:/data:/vbscript: URLs, SVG and MathML,
 * broken markup). The list renders every service as a card and as a detail
 * view, and a person tabs through it. Nothing executes: the global flag every
 * payload would set stays unset and no dialog opens. No dangerous link is
 * rendered: every href, src, action and formaction in the page and in every
 * shadow root resolves to http, https, mailto or tel, and no element has an
 * event-handler attribute.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startPageServer, waitForList, type PageServer } from './support/browser.js';
import { record } from './support/results.js';

const fixture = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'));
const PAYLOADS = (fixture('xss/payloads.json') as { category: string; html: string }[]).map((p) => p.html);
const URLS = fixture('xss/urls.json') as string[];
const TEMPLATE = fixture('reference/validator-mocks/V3.0-UK-Default/service_full.json') as Record<string, unknown>;
const URL_KEYS = /(^|_)(url|uri|website|logo|link|email)$/;

type Json = unknown;

/**
 * Every string in `value` replaced: ids kept (so links between records still work), URL and email fields get `url`, the
 * rest `text`.
 */
function poison(value: Json, text: string, url: string, key = ''): Json {
  if (Array.isArray(value)) return value.map((v) => poison(v, text, url, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, text, url, k)]));
  }
  if (typeof value !== 'string') return value;
  if (key === 'id' || key.endsWith('_id')) return value;
  return URL_KEYS.test(key) ? url : text;
}

/** The reference service with the HSDS extension fields we read added, so they are poisoned too. */
function fullTemplate(): Record<string, unknown> {
  const t = structuredClone(TEMPLATE) as Record<string, unknown> & {
    contacts?: Record<string, unknown>[];
    service_at_locations?: { location?: Record<string, unknown> }[];
    languages?: Record<string, unknown>[];
  };
  const phone = {
    id: 'c8b6d9a4-1d8e-4a35-9f0b-6f4d3c2b1a01',
    number: '01234 567890',
    description: 'Main line',
    extension: '12',
  };
  t.phones = [phone];
  for (const c of t.contacts ?? []) Object.assign(c, { email: 'contact@example.org', phones: [phone] });
  for (const s of t.service_at_locations ?? []) if (s.location) s.location.phones = [phone];
  for (const l of t.languages ?? []) Object.assign(l, { name: 'Welsh', code: 'cy', note: 'Some staff' });
  return t;
}

describe('hostile content in every text field of a feed', () => {
  let pages: PageServer;
  let browser: Browser;
  let feedUrl = '';
  const services: Record<string, unknown>[] = [];
  let textFields = 0;

  before(async () => {
    pages = await startPageServer();
    browser = await launchChromium();
    const template = fullTemplate();
    // Every payload, and every URL with more than one payload.
    const count = Math.max(PAYLOADS.length, URLS.length) + 18;
    for (let i = 0; i < count; i++) {
      const s = poison(template, PAYLOADS[i % PAYLOADS.length]!, URLS[i % URLS.length]!) as Record<string, unknown>;
      s.id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      // The reader reads names as text and leaves out a service whose name is empty once the markup is gone
      // (e.g. a name that is only <script>…</script>): a word before the payload keeps every service listed.
      s.name = `Service ${i} ${PAYLOADS[i % PAYLOADS.length]!}`;
      services.push(s);
    }
    const countStrings = (v: Json, key = ''): number =>
      Array.isArray(v)
        ? v.reduce((n: number, x) => n + countStrings(x, key), 0)
        : v && typeof v === 'object'
          ? Object.entries(v).reduce((n, [k, x]) => n + countStrings(x, k), 0)
          : typeof v === 'string' && key !== 'id' && !key.endsWith('_id')
            ? 1
            : 0;
    textFields = countStrings(services[0]);
    const details = fixture('reference/validator-mocks/V3.0-UK-Default/api_details.json');
    const terms = poison(
      fixture('reference/validator-mocks/V3.0-UK-Default/taxonomy_term_list.json'),
      PAYLOADS[3]!,
      URLS[0]!,
    ) as Record<string, unknown>;
    const routes: Record<string, unknown> = {
      '/': details,
      '/services': {
        total_items: services.length,
        total_pages: 1,
        page_number: 1,
        size: services.length,
        first_page: true,
        last_page: true,
        empty: false,
        contents: services,
      },
      '/taxonomy_terms': {
        ...terms,
        total_items: (terms.contents as unknown[]).length,
        total_pages: 1,
        page_number: 1,
      },
    };
    for (const s of services) routes[`/services/${String(s.id)}`] = s;
    feedUrl = pages.feed('hostile', routes);
  });
  after(async () => {
    await browser?.close();
    await pages?.close();
  });

  /** Everything that could run or lead somewhere, across the page and every shadow root. */
  function audit(page: Page) {
    return page.evaluate(() => {
      const SAFE = new Set(['http:', 'https:', 'mailto:', 'tel:']);
      const found = { elements: 0, links: 0, unsafe: [] as string[], handlers: [] as string[], tags: [] as string[] };
      const visit = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          found.elements++;
          const tag = el.localName;
          if (
            ['iframe', 'object', 'embed', 'frame', 'base', 'meta', 'foreignobject', 'math', 'embed'].includes(tag) &&
            root !== document
          )
            found.tags.push(tag);
          if (tag === 'script' && root !== document && (el as HTMLScriptElement).type !== 'application/ld+json')
            found.tags.push('script');
          for (const attr of el.getAttributeNames()) {
            if (attr.startsWith('on')) found.handlers.push(`${tag}[${attr}]`);
            if (
              ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster', 'background'].includes(
                attr,
              )
            ) {
              const value = el.getAttribute(attr) ?? '';
              if (attr === 'srcdoc') {
                found.unsafe.push(`${tag}[srcdoc]`);
                continue;
              }
              found.links++;
              let protocol: string;
              try {
                protocol = new URL(value, location.href).protocol;
              } catch {
                protocol = 'unparseable:';
              }
              if (!SAFE.has(protocol)) found.unsafe.push(`${tag}[${attr}=${value.slice(0, 60)}]`);
            }
          }
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      };
      visit(document);
      // JSON-LD the list writes stays data.
      for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
        try {
          JSON.parse(s.textContent ?? '');
        } catch {
          found.unsafe.push('JSON-LD that is not JSON');
        }
      }
      const w = window as unknown as { __xssHits: string[]; __xss: unknown; __xssOriginal: unknown };
      return { ...found, hits: w.__xssHits, flagIntact: w.__xss === w.__xssOriginal };
    });
  }

  it('the detectors work: markup inserted without sanitising is caught', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${pages.origin}/list.html?api=${encodeURIComponent(feedUrl)}`);
      await waitForList(page, ['cards']);
      await page.evaluate(() => {
        const host = document.createElement('div');
        document.body.append(host);
        host.attachShadow({ mode: 'open' }).innerHTML =
          '<a href="javascript:__xss(1)">x</a><img src="x" onerror="__xss(2)">';
      });
      await page.waitForTimeout(300);
      const a = await audit(page);
      assert.ok(a.hits.length > 0, 'the flag notices a payload that ran');
      assert.ok(
        a.unsafe.some((u) => u.includes('javascript:')),
        'a javascript: link is noticed',
      );
      assert.ok(a.handlers.includes('img[onerror]'), 'an event-handler attribute is noticed');
    } finally {
      await context.close();
    }
  });

  it(
    `renders ${PAYLOADS.length} payloads and ${URLS.length} hostile URLs in every text field; ` +
      'nothing runs, no dangerous link',
    { timeout: 300_000 },
    async () => {
      assert.ok(PAYLOADS.length >= 50, 'at least 50 payloads');
      const context = await browser.newContext();
      const page = await context.newPage();
      const dialogs: string[] = [];
      const pageErrors: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      page.on('pageerror', (e) => pageErrors.push(e.message));
      // Any navigation away (a meta refresh, a javascript: link followed) would show here.
      const navigations: string[] = [];
      page.on('framenavigated', (f) => {
        if (f === page.mainFrame()) navigations.push(f.url());
      });
      try {
        await page.goto(`${pages.origin}/list.html?api=${encodeURIComponent(feedUrl)}&per-page=100`);
        const view = await waitForList(page, ['cards', 'error', 'empty'], 30_000);
        assert.equal(view.state, 'cards', `the list showed ${view.state}: ${view.message}`);
        assert.equal(view.cards.length, services.length);
        // Payload text is shown as text.
        assert.ok(
          view.cards.some((c) => c.includes('__xss()')),
          'the payloads appear as plain text',
        );
        // A person tabs through the whole list (focus handlers would fire).
        for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
        await page.waitForTimeout(500);
        const listAudit = await audit(page);

        let detailLinks = 0;
        let detailElements = 0;
        const unsafe = new Set(listAudit.unsafe);
        const handlers = new Set(listAudit.handlers);
        const tags = new Set(listAudit.tags);
        for (const s of services) {
          const id = String(s.id);
          await page.evaluate((sid) => {
            (document.querySelector('oruk-service-list') as HTMLElement & { selected: string }).selected = sid;
          }, id);
          await page.waitForFunction(
            (sid) => {
              const root = document.querySelector('oruk-service-list')?.shadowRoot;
              return (
                root?.querySelector(`[part~="detail"][data-service-id="${sid}"]`) ||
                root?.querySelector('[part~="error"]')
              );
            },
            id,
            { timeout: 10_000, polling: 25 },
          );
          const a = await audit(page);
          detailLinks += a.links;
          detailElements += a.elements;
          a.unsafe.forEach((u) => unsafe.add(u));
          a.handlers.forEach((h) => handlers.add(h));
          a.tags.forEach((t) => tags.add(t));
          assert.equal(
            await page.locator('oruk-service-list [part~="error"]').count(),
            0,
            `service ${id} detail failed to show`,
          );
        }
        await page.waitForTimeout(1000); // any late onerror/onload would have fired by now
        const final = await audit(page);
        assert.deepEqual(final.hits, [], `payloads ran: ${final.hits.join(', ')}`);
        assert.ok(final.flagIntact, 'window.__xss was overwritten by a payload');
        assert.deepEqual(dialogs, [], 'a dialog opened');
        assert.deepEqual([...unsafe], [], 'dangerous links were rendered');
        assert.deepEqual([...handlers], [], 'event-handler attributes were rendered');
        assert.deepEqual([...tags], [], 'active elements were rendered');
        assert.deepEqual(
          navigations.filter((u) => !u.startsWith(`${pages.origin}/list.html`)),
          [],
          'the page navigated away',
        );
        assert.deepEqual(pageErrors, []);
        record({
          area: 'Hostile content',
          tried:
            `${PAYLOADS.length} XSS payloads (script tags, event handlers, javascript:/data:/vbscript: ` +
            `URLs, SVG/MathML, broken markup) and ${URLS.length} hostile URLs in all ${textFields} text fields of ` +
            `each of ${services.length} services (service, organisation, contacts, phones, locations, addresses, ` +
            `schedules, costs, languages, areas, terms), shown as cards and as ${services.length} detail views, ` +
            'tabbed through',
          cases: PAYLOADS.length + URLS.length,
          outcome:
            'Nothing executed (global __xss flag unset and intact, 0 dialogs, no navigation, no page errors); ' +
            `${listAudit.links + detailLinks} rendered href/src/action values checked in ` +
            `${listAudit.elements + detailElements} elements across the page and shadow roots: ` +
            'all http, https, mailto or tel; 0 event-handler attributes, 0 script/iframe/object/embed/meta ' +
            'elements',
        });
      } finally {
        await context.close();
      }
    },
  );
});
