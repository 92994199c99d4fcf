import { expect } from '@open-wc/testing';
import type { ServiceView } from '../../../src/model/view-model.js';
import { serviceJsonLd, writeJsonLd } from '../../../src/shared/json-ld.js';

function service(id: string, name: string): ServiceView {
  return {
    id,
    name,
    status: 'active',
    summary: 'A friendly group.',
    url: 'javascript:alert(1)',
    organization: { id: 'org1', name: 'Riverside Trust', website: 'https://riverside.example.org' },
    contacts: [],
    phones: [],
    locations: [],
    schedules: [],
    costOptions: [],
    languages: [],
    serviceAreas: [{ name: 'Cardiff' }],
    taxonomyTerms: [],
    problems: [],
  };
}

describe('JSON-LD', () => {
  it('describes a Service with provider and areaServed, dropping unsafe URLs', () => {
    const data = serviceJsonLd(service('s1', 'Swimming'));
    expect(data['@type']).to.equal('Service');
    expect(data.name).to.equal('Swimming');
    expect(data.url).to.equal(undefined);
    expect(data.provider).to.deep.equal({
      '@type': 'Organization',
      name: 'Riverside Trust',
      url: 'https://riverside.example.org/',
      identifier: 'org1',
    });
    expect(data.areaServed).to.deep.equal([{ '@type': 'Place', name: 'Cardiff' }]);
  });

  it('writes one script into the light DOM, replaces it, and escapes markup', () => {
    const host = document.createElement('div');
    document.body.append(host);
    writeJsonLd(host, [service('s1', 'One </script><script>__xss()</script>')]);
    writeJsonLd(host, [service('s1', 'Two </script>'), service('s2', 'Three')]);
    const scripts = host.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).to.have.length(1);
    expect(scripts[0]!.textContent).not.to.contain('</script>');
    const parsed = JSON.parse(scripts[0]!.textContent!);
    expect(parsed['@graph'].map((s: { name: string }) => s.name)).to.deep.equal(['Two </script>', 'Three']);
    writeJsonLd(host, []);
    expect(host.querySelectorAll('script')).to.have.length(0);
    host.remove();
  });
});
