import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';

// Proves the toolchain: TypeScript standard decorators with `accessor`
// fields are transformed and reactive in real Chromium.
class ToolchainProbe extends LitElement {
  @property() accessor label = 'before';
  override render() {
    return html`<p>${this.label}</p>`;
  }
}
customElements.define('toolchain-probe', ToolchainProbe);

describe('toolchain', () => {
  it('renders a Lit element with a standard-decorator property and updates it', async () => {
    const el = await fixture<ToolchainProbe>(html`<toolchain-probe></toolchain-probe>`);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('before');
    el.label = 'after';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('after');
  });
});
