/**
 * Real sites' CSS must not break the elements: `html { font-size: 62.5% }` (the
 * "1rem = 10px" trick) and aggressive resets that unset every element in the page,
 * including our hosts. Sizes are measured in the rendered shadow DOM: text must follow
 * the site's body text (16px here), never shrink to 10px, and controls keep their
 * padding and a comfortable target size.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { defineAll } from '../../../src/define.js';
import { services } from './fixtures.js';

interface ListLike extends HTMLElement {
  services: unknown[];
  updateComplete: Promise<boolean>;
}

const SITE_CSS = {
  '62.5% root font size': `
    html { font-size: 62.5%; }
    body { font-size: 1.6rem; }
  `,
  'an aggressive reset of every element': `
    html { font-size: 62.5%; }
    body { font-size: 1.6rem; line-height: 1; margin: 0; width: 800px; }
    body * { all: unset; }
    button, input, select, a { font-size: 1rem; padding: 0; border: 0; min-height: 0; }
    h1, h2, h3, h4, p, li { font-size: 1rem; margin: 0; padding: 0; }
    ul, ol { list-style: none; }
  `,
};

const px = (el: Element, prop: string) => parseFloat(getComputedStyle(el).getPropertyValue(prop));

function part(root: ShadowRoot, name: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part "${name}" rendered`);
  return found;
}

/** The first element matching `selector` in `root` or any shadow root inside it. */
function deep(root: ParentNode, selector: string): HTMLElement | undefined {
  const found = root.querySelector<HTMLElement>(selector);
  if (found) return found;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const inner = el.shadowRoot ? deep(el.shadowRoot, selector) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

interface CatalogueInfo {
  api: string;
  accounts: { organizationId: string }[];
  serviceIds: Record<string, string[]>;
}

let catalogue: CatalogueInfo;

before(async () => {
  defineAll();
  catalogue = await executeServerCommand<CatalogueInfo, { action: string }>('catalogue', { action: 'info' });
});

for (const [name, css] of Object.entries(SITE_CSS)) {
  describe(`site CSS: ${name}`, () => {
    let style: HTMLStyleElement;
    let list: ListLike;

    beforeEach(async () => {
      style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      list = document.createElement('oruk-service-list') as ListLike;
      list.setAttribute('no-history', '');
      list.services = services;
      document.body.append(list);
      await list.updateComplete;
      await waitUntil(() => list.shadowRoot?.querySelector('[part~="service"]') != null, 'the services', {
        timeout: 5000,
      });
    });

    afterEach(() => {
      list.remove();
      style.remove();
    });

    it('the site body text is 16px, and the list text is not smaller', () => {
      expect(px(document.body, 'font-size')).to.equal(16);
      const root = list.shadowRoot!;
      expect(px(part(root, 'description'), 'font-size')).to.be.at.least(16);
      expect(px(part(root, 'title-link'), 'font-size')).to.be.above(16);
    });

    it('cards keep their padding and border and fill the width', () => {
      const card = part(list.shadowRoot!, 'service');
      expect(px(card, 'padding-top')).to.be.at.least(12);
      expect(px(card, 'padding-left')).to.be.at.least(12);
      expect(px(card, 'border-top-width')).to.be.at.least(1);
      expect(card.getBoundingClientRect().width).to.be.above(document.body.clientWidth * 0.9);
    });

    it('the search field and button keep their size, padding and border', () => {
      const root = list.shadowRoot!;
      const button = part(root, 'search-button');
      const input = part(root, 'search-input');
      for (const control of [button, input]) {
        expect(px(control, 'font-size')).to.be.at.least(16);
        expect(control.getBoundingClientRect().height).to.be.at.least(24);
        expect(px(control, 'padding-left')).to.be.above(4);
        expect(px(control, 'border-top-width')).to.be.at.least(1);
      }
    });

    it('the detail view heading stays larger than the text', async () => {
      part(list.shadowRoot!, 'title-link').click();
      await waitUntil(() => list.shadowRoot!.querySelector('[part~="detail"]') != null, 'the detail view', {
        timeout: 5000,
      });
      const heading = list.shadowRoot!.querySelector('[part~="detail"] h1, [part~="detail"] h2, [part~="detail"] h3')!;
      expect(px(heading, 'font-size')).to.be.at.least(20);
      expect(px(part(list.shadowRoot!, 'back-link'), 'font-size')).to.be.at.least(16);
    });
  });

  describe(`site CSS: ${name}, the editor's sign-in form`, () => {
    let style: HTMLStyleElement;
    let editor: HTMLElement;

    beforeEach(async () => {
      // Signed out, whatever an earlier test file in this tab left in sessionStorage (the
      // editor e2e tests end signed in to the same catalogue, and then the form would show).
      sessionStorage.clear();
      style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      editor = document.createElement('oruk-service-editor');
      editor.setAttribute('api', catalogue.api);
      editor.setAttribute('service-id', catalogue.serviceIds[catalogue.accounts[0]!.organizationId]![0]!);
      document.body.append(editor);
      await waitUntil(
        () => deep(editor.shadowRoot ?? editor, 'input[type="email"]') !== undefined,
        'the sign-in form',
        { timeout: 10000 },
      );
    });

    afterEach(() => {
      editor.remove();
      style.remove();
    });

    it('keeps text, fields and the button at a readable, usable size', () => {
      const root = editor.shadowRoot!;
      const email = deep(root, 'input[type="email"]')!;
      const button = deep(root, 'button[type="submit"]')!;
      const heading = deep(root, '#sign-in-heading')!;
      for (const control of [email, button]) {
        expect(px(control, 'font-size')).to.be.at.least(16);
        expect(control.getBoundingClientRect().height).to.be.at.least(24);
        expect(px(control, 'padding-left')).to.be.above(4);
      }
      expect(px(email, 'border-top-width')).to.be.at.least(1);
      expect(px(heading, 'font-size')).to.be.above(16);
      expect(email.getBoundingClientRect().width).to.be.at.least(160);
    });
  });
}
