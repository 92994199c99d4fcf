import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { hasSanitizerApi, sanitizeHtml, type SanitizerBackend } from '../../../src/shared/sanitize.js';
import { safeHtml } from '../../../src/shared/safe-html.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const ALLOWED = new Set(['P', 'BR', 'UL', 'OL', 'LI', 'EM', 'STRONG', 'B', 'I', 'A']);
const SAFE_HREF = /^(https?:\/\/[^/]|mailto:|tel:)/i;

function assertSafe(root: ParentNode, label: string): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    expect(ALLOWED.has(el.tagName), `${label}: <${el.tagName}> kept`).to.equal(true);
    for (const attr of Array.from(el.attributes)) {
      expect(['href', 'rel'], `${label}: attribute ${attr.name} kept`).to.include(attr.name);
    }
    const href = el.getAttribute('href');
    if (href !== null) expect(href, `${label}: href`).to.match(SAFE_HREF);
  }
}

const settle = () => new Promise((r) => setTimeout(r, 50));

const backends: SanitizerBackend[] = ['dompurify', 'sanitizer-api'];

const payloads: { category: string; html: string }[] = await (
  await fetch(new URL('../../fixtures/xss/payloads.json', import.meta.url))
).json();

describe('sanitizer', () => {
  beforeEach(() => {
    delete window.__xss;
    (window as unknown as { __xss: () => void }).__xss = undefined as never;
    delete window.__xss;
  });

  it('this Chromium has the Sanitizer API, so both backends are really tested', () => {
    expect(hasSanitizerApi()).to.equal(true);
  });

  it(`has a corpus of at least 50 payloads`, () => {
    expect(payloads.length).to.be.at.least(50);
  });

  for (const backend of backends) {
    describe(backend, () => {
      it('keeps paragraphs, line breaks, lists, emphasis and safe links', async () => {
        const fragment = await sanitizeHtml(
          '<p>Hello <strong>there</strong><br>line</p>' +
            '<ul><li><em>one</em></li></ul><ol><li><b>two</b> <i>x</i></li></ol>' +
            '<p><a href="https://example.org/a">web</a> <a href="mailto:a@example.org">mail</a> ' +
            '<a href="tel:+441234567890">call</a></p>',
          backend,
        );
        const div = document.createElement('div');
        div.append(fragment);
        expect(div.querySelectorAll('p')).to.have.length(2);
        expect(div.querySelector('strong')!.textContent).to.equal('there');
        expect(div.querySelector('br')).to.exist;
        expect(div.querySelector('ul li em')!.textContent).to.equal('one');
        expect(div.querySelector('ol li b')!.textContent).to.equal('two');
        const links = Array.from(div.querySelectorAll('a'));
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
          'https://example.org/a',
          'mailto:a@example.org',
          'tel:+441234567890',
        ]);
        for (const a of links) expect(a.rel).to.equal('noopener noreferrer nofollow ugc');
      });

      it('unwraps other elements but keeps their words, and drops scripts and styles with their content', async () => {
        const fragment = await sanitizeHtml(
          '<div><h1>Title</h1><span class="x" style="color:red">kept text</span><custom-el>custom</custom-el></div>' +
            '<script>bad()</script><style>p{}</style>',
          backend,
        );
        const div = document.createElement('div');
        div.append(fragment);
        expect(div.textContent).to.contain('Title');
        expect(div.textContent).to.contain('kept text');
        // The Sanitizer API's default drops unknown elements with their content; DOMPurify keeps the words.
        if (backend === 'dompurify') expect(div.textContent).to.contain('custom');
        expect(div.textContent).not.to.contain('bad()');
        expect(div.textContent).not.to.contain('p{}');
        assertSafe(div, 'unwrap');
      });

      it('removes the href of links with other schemes, keeping the link text', async () => {
        const fragment = await sanitizeHtml(
          '<a href="javascript:alert(1)">a</a><a href="/relative">b</a><a href="ftp://x.org">c</a>',
          backend,
        );
        const div = document.createElement('div');
        div.append(fragment);
        expect(div.textContent).to.equal('abc');
        expect(div.querySelectorAll('[href]')).to.have.length(0);
      });

      it('neutralises every payload in the XSS corpus', async () => {
        const host = document.createElement('div');
        document.body.append(host);
        try {
          for (const { html: payload, category } of payloads) {
            const fragment = await sanitizeHtml(payload, backend);
            host.replaceChildren(fragment);
            assertSafe(host, `${category}: ${payload}`);
          }
          await settle();
          expect(window.__xss, 'a payload ran').to.equal(undefined);
        } finally {
          host.remove();
        }
      });
    });
  }

  it('the safeHtml directive renders sanitized nodes and re-renders on change', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(html`<div>${safeHtml('<p>One <img src=x onerror="__xss()"></p>')}</div>`, host);
    expect(host.querySelector('p')!.textContent).to.equal('One ');
    expect(host.querySelector('img')).to.equal(null);
    render(html`<div>${safeHtml('<ul><li>Two</li></ul>')}</div>`, host);
    expect(host.querySelector('p')).to.equal(null);
    expect(host.querySelector('li')!.textContent).to.equal('Two');
    render(html`<div>${safeHtml('<p>Three</p>', 'dompurify')}</div>`, host);
    await settle();
    expect(host.querySelector('p')!.textContent).to.equal('Three');
    await settle();
    expect(window.__xss).to.equal(undefined);
    host.remove();
  });
});
