/**
 * A Welsh editor shows a save the real catalogue refused in Welsh: the
 * catalogue's problems carry the editor's own message keys, and the editor
 * words them in its language (issue 13).
 *
 * The browser checks a record against the same rules as the catalogue, so the
 * one refusal it cannot foresee is about other services: a location link id
 * that another service took after the editor made it. That refusal has no field
 * of its own on the form, so the second test shows problems at a field: a
 * write the catalogue refuses is sent with the write client the editor uses,
 * and its problems are given to the editor's form, as the editor does after a 422.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createWriteClient, WriteError } from '../../src/api/write-client.js';
import { define } from '../../src/service-editor/service-editor.js';
import type { OrukServiceEditor } from '../../src/service-editor/service-editor.component.js';
import type { OrukServiceForm } from '../../src/service-editor/form/index.js';
import {
  button,
  catalogue,
  fetchService,
  freshDevice,
  serviceForm,
  serviceIds,
  statusText,
  type CatalogueInfo,
} from '../browser/service-editor/helpers.js';

define();

type Json = Record<string, unknown>;

/** Text of the form's error summary, or '' when there is none. */
const summary = (form: OrukServiceForm) => form.shadowRoot!.querySelector('.error-summary')?.textContent ?? '';

/** The error shown under the control for `path`, or '' when there is none. */
function fieldError(form: OrukServiceForm, path: string): string {
  const input = form.shadowRoot!.querySelector(`[data-path="${path}"]`);
  const error = input && form.shadowRoot!.getElementById(`${input.id}-error`);
  return error?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('<oruk-service-editor lang="cy"> when the real catalogue refuses a save', function () {
  this.timeout(60000);
  let info: CatalogueInfo;
  let ids: string[];
  let token: string;
  const writer = () => createWriteClient(info.api);

  before(async () => {
    await catalogue('reset');
    info = await catalogue('info');
    freshDevice(info.api);
    const account = info.accounts[0]!;
    const tokenUrl = (await writer().discover())!.tokenUrl;
    token = (await writer().signIn(tokenUrl, account.email, account.password)).accessToken;
    ids = await serviceIds(info.api, account.organizationId);
  });
  // Leave the catalogue as seeded: other test files count and search the seed data.
  after(() => catalogue('reset'));

  async function welshEditor(id: string): Promise<{ el: OrukServiceEditor; form: OrukServiceForm }> {
    const el = await fixture<OrukServiceEditor>(
      html`<oruk-service-editor lang="cy" api=${info.api} service-id=${id} .tokenProvider=${async () => token}>
      </oruk-service-editor>`,
    );
    await waitUntil(() => serviceForm(el) && button(el, 'Cadw newidiadau'), 'the Welsh form and save button');
    return { el, form: serviceForm(el) as OrukServiceForm };
  }

  it('says in Welsh why the catalogue refused a save that the browser let through', async () => {
    const [id, otherId] = [ids[2]!, ids[3]!];
    const before = await fetchService(info.api, id);
    const count = ((before.service_at_locations as unknown[] | undefined) ?? []).length;
    const { el, form } = await welshEditor(id);
    let record: Json = {};
    el.addEventListener('oruk-change', (e) => (record = (e as CustomEvent<{ record: Json }>).detail.record));

    // The person adds an online location...
    form.shadowRoot!.querySelector<HTMLButtonElement>('#add-f-service_at_locations')!.click();
    const online = () =>
      form.shadowRoot!.querySelector<HTMLInputElement>(
        `[data-path="service_at_locations.${count}.location.location_type"][value="virtual"]`,
      );
    await waitUntil(online, 'the new location');
    online()!.click();
    const link = (record.service_at_locations as Json[])[count]!;
    expect(link.id).to.be.a('string');

    // ...and before they save, another service of the charity is saved with that location link's id.
    const other = await writer().currentService(otherId);
    const location = { id: crypto.randomUUID(), location_type: 'virtual', name: 'Ar-lein' };
    const otherLinks = [
      ...((other.json.service_at_locations as Json[] | undefined) ?? []),
      { id: link.id, service_id: otherId, location_id: location.id, location },
    ];
    await writer().updateService(
      otherId,
      { ...other.json, service_at_locations: otherLinks },
      { token, etag: other.etag },
    );

    button(el, 'Cadw newidiadau')!.click();
    await waitUntil(() => summary(form).includes('Mae problem wedi codi'), 'the error summary');
    expect(summary(form)).to.contain('Mae gwasanaeth arall eisoes yn defnyddio');
    expect(summary(form)).to.not.contain('Another service');
    expect(statusText(el)).to.equal(
      'Heb ei gadw. Daeth y catalog o hyd i broblemau gyda’r gwasanaeth hwn. Cywirwch y gwallau a ddangosir, ' +
        'yna cadwch eto.',
    );
    const after = await fetchService(info.api, id);
    expect(((after.service_at_locations as unknown[] | undefined) ?? []).length, 'nothing saved').to.equal(count);
  });

  it('shows the catalogue’s problems in Welsh at their field and in the summary', async () => {
    const id = ids[4]!;
    const { form } = await welshEditor(id);
    const current = await writer().currentService(id);
    // A write the catalogue refuses: an email address it cannot accept, and a field it does not know.
    const refusal = await writer()
      .updateService(id, { ...current.json, email: 'nid-ebost', nmae: 'Teipo' }, { token, etag: current.etag })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(refusal).to.be.instanceOf(WriteError);
    form.serverProblems = (refusal as WriteError).problems;

    const email = 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.org';
    await waitUntil(() => fieldError(form, 'email') === `Gwall: ${email}`, 'the Welsh error at the email field');
    const links = [...form.shadowRoot!.querySelectorAll('.error-summary a')].map((a) => a.textContent);
    expect(links).to.deep.equal([email, 'Nid yw "nmae" yn faes y mae’r catalog yn ei adnabod']);
    expect((await fetchService(info.api, id)).email).to.not.equal('nid-ebost');
  });
});
