/**
 * <oruk-service-editor>'s rarely needed parts load only when shown: a page whose
 * CMS hands out tokens (tokenProvider) never fetches the sign-in form, and no
 * page fetches the merge view until a save clashes. Against the real catalogue.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createWriteClient } from '../../src/api/write-client.js';
import { define } from '../../src/service-editor/service-editor.js';
import type { OrukServiceEditor } from '../../src/service-editor/service-editor.component.js';
import {
  catalogue,
  editing,
  freshDevice,
  serviceIds,
  signInForm,
  signInShown,
  type CatalogueInfo,
} from '../browser/service-editor/helpers.js';

define();

const fetched = (file: string) => performance.getEntriesByType('resource').some((e) => e.name.includes(file));

describe('<oruk-service-editor> parts loaded when needed', function () {
  this.timeout(60000);
  let info: CatalogueInfo;

  before(async () => {
    info = await catalogue('info');
    freshDevice(info.api);
  });

  it('with a tokenProvider, edits without ever fetching the sign-in form or the merge view', async () => {
    const writer = createWriteClient(info.api);
    const tokenUrl = (await writer.discover())!.tokenUrl;
    const account = info.accounts[0]!;
    const { accessToken } = await writer.signIn(tokenUrl, account.email, account.password);
    const [id] = await serviceIds(info.api, account.organizationId);
    const el = await fixture<OrukServiceEditor>(
      html`<oruk-service-editor
        api=${info.api}
        service-id=${id!}
        .tokenProvider=${async () => accessToken}
      ></oruk-service-editor>`,
    );
    await editing(el);
    expect(signInForm(el)).to.equal(null);
    expect(customElements.get('oruk-editor-sign-in')).to.equal(undefined);
    expect(fetched('sign-in-form.component')).to.equal(false);
    expect(fetched('conflict-view.component')).to.equal(false);
  });

  it('without a token, fetches the sign-in form and shows it', async () => {
    freshDevice(info.api);
    const el = await fixture<OrukServiceEditor>(html`<oruk-service-editor api=${info.api}></oruk-service-editor>`);
    await waitUntil(() => signInShown(el), 'the sign-in form', { timeout: 15000 });
    expect(fetched('sign-in-form.component')).to.equal(true);
    expect(fetched('conflict-view.component')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
