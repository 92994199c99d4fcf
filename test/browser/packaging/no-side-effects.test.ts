/**
 * The npm entries (`.`, `./list`, `./editor`, `./define`) export classes and functions
 * and register nothing when imported: a page decides what to register, and under
 * which tags.
 */
import { expect } from '@open-wc/testing';

const TAGS = ['oruk-catalogue', 'oruk-service-list', 'oruk-service-editor', 'oruk-service-form'];

describe('importing the npm entries', () => {
  it('registers no element', async () => {
    const entries = await Promise.all([
      import('../../../src/index.js'),
      import('../../../src/list.js'),
      import('../../../src/editor.js'),
      import('../../../src/define.js'),
    ]);
    expect(entries.every((e) => Object.keys(e).length > 0)).to.equal(true);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('exports the element classes, and define() then registers them', async () => {
    const index = await import('../../../src/index.js');
    const { defineAll } = await import('../../../src/define.js');
    expect(index.OrukServiceList).to.be.a('function');
    expect(index.OrukServiceEditor).to.be.a('function');
    expect(index.OrukCatalogue).to.be.a('function');
    defineAll();
    expect(document.createElement('oruk-service-list')).to.be.instanceOf(index.OrukServiceList);
    expect(document.createElement('oruk-service-editor')).to.be.instanceOf(index.OrukServiceEditor);
    expect(document.createElement('oruk-catalogue')).to.be.instanceOf(index.OrukCatalogue);
  });
});
