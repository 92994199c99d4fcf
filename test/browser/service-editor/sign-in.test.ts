import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { OrukSignInForm } from '../../../src/service-editor/session/sign-in-form.component.js';
import { cy } from '../../../src/service-editor/strings/cy.js';

if (!customElements.get('oruk-editor-sign-in')) customElements.define('oruk-editor-sign-in', OrukSignInForm);

const q = <T extends Element>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;

describe('<oruk-editor-sign-in>', () => {
  it('shows an error summary and inline errors when a field is empty, with links that move focus', async () => {
    const el = await fixture<OrukSignInForm>(html`<oruk-editor-sign-in></oruk-editor-sign-in>`);
    let fired = false;
    el.addEventListener('oruk-sign-in', () => (fired = true));
    q<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await el.updateComplete;
    await el.updateComplete;

    expect(fired).to.equal(false);
    const summary = q<HTMLElement>(el, '.error-summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(['Enter your email address', 'Enter your password']);
    expect(q(el, '#email-error').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Enter your email address');
    expect(q(el, '#email').getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#email').getAttribute('aria-describedby')).to.contain('email-error');

    links[1]!.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('password');
    await expect(el).to.be.accessible();
  });

  it('fires oruk-sign-in with what was typed, using the keyboard alone', async () => {
    const el = await fixture<OrukSignInForm>(html`<oruk-editor-sign-in></oruk-editor-sign-in>`);
    el.focus();
    await el.updateComplete;
    await sendKeys({ type: ' editor@foodbank.example.org ' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'correct horse' });
    const event = oneEvent(el, 'oruk-sign-in');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail).to.deep.equal({ email: 'editor@foodbank.example.org', password: 'correct horse' });
  });

  it('shows the catalogue’s refusal in the summary and empties the password', async () => {
    const el = await fixture<OrukSignInForm>(html`<oruk-editor-sign-in></oruk-editor-sign-in>`);
    q<HTMLInputElement>(el, '#password').value = 'wrong';
    el.error = 'The email address or password is not right. Check them and try again.';
    await el.updateComplete;
    await el.updateComplete;
    expect(q(el, '.error-summary').textContent).to.contain('The email address or password is not right');
    expect(q<HTMLInputElement>(el, '#password').value).to.equal('');
    el.busy = true;
    await el.updateComplete;
    expect(q<HTMLButtonElement>(el, 'button[type="submit"]').textContent!.trim()).to.equal('Signing in…');
    expect(q<HTMLButtonElement>(el, 'button[type="submit"]').disabled).to.equal(true);
  });

  it('speaks Welsh', async () => {
    const el = await fixture<OrukSignInForm>(html`<oruk-editor-sign-in .strings=${cy}></oruk-editor-sign-in>`);
    expect(q(el, 'h2').textContent).to.equal('Mewngofnodwch i olygu gwasanaethau');
    expect(q(el, 'label[for="password"]').textContent).to.equal('Cyfrinair');
    await expect(el).to.be.accessible();
  });
});
