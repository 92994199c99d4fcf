import { expect } from '@open-wc/testing';
import { mapUrl, safeLinkUrl, telUrl } from '../../../src/shared/safe-link.js';
import { mailtoUrl, safeWebUrl } from '../../../src/shared/safe-url.js';

const urls: string[] = await (await fetch(new URL('../../fixtures/xss/urls.json', import.meta.url))).json();

describe('safe URLs', () => {
  it('web URLs: http and https only', () => {
    expect(safeWebUrl('https://example.org/x')).to.equal('https://example.org/x');
    expect(safeWebUrl('www.example.org')).to.equal('https://www.example.org/');
    for (const bad of urls) {
      const result = safeWebUrl(bad);
      if (result !== undefined) expect(result, bad).to.match(/^https?:\/\/[^/]/);
    }
    expect(safeWebUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeWebUrl(' javascript:alert(1)')).to.equal(undefined);
    expect(safeWebUrl('java\tscript:alert(1)')).to.equal(undefined);
  });

  it('description links: http, https, mailto, tel', () => {
    expect(safeLinkUrl('mailto:a@example.org')).to.equal('mailto:a@example.org');
    expect(safeLinkUrl('tel:+44123')).to.equal('tel:+44123');
    expect(safeLinkUrl('data:text/html,x')).to.equal(undefined);
    expect(safeLinkUrl('vbscript:x')).to.equal(undefined);
    expect(safeLinkUrl('/relative')).to.equal(undefined);
  });

  it('emails and phone numbers become links only when they are plainly what they claim', () => {
    expect(mailtoUrl('help@example.org')).to.equal('mailto:help@example.org');
    expect(mailtoUrl('x@example.org?bcc=all@example.org')).to.equal(undefined);
    expect(mailtoUrl('not an email')).to.equal(undefined);
    expect(telUrl('+441234567890')).to.equal('tel:+441234567890');
    expect(telUrl('01234 567 890')).to.equal('tel:01234567890');
    expect(telUrl('123" onclick="x')).to.equal(undefined);
  });

  it('map links: a pin for real coordinates, else a postcode search', () => {
    expect(mapUrl({ latitude: 51.48, longitude: -3.18 })).to.equal(
      'https://www.openstreetmap.org/?mlat=51.48&mlon=-3.18#map=17/51.48/-3.18',
    );
    expect(mapUrl({ latitude: 100, longitude: 101, query: 'CF10 1AA' })).to.equal(
      'https://www.openstreetmap.org/search?query=CF10%201AA',
    );
    expect(mapUrl({})).to.equal(undefined);
  });
});
