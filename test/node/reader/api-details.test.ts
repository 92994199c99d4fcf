import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ReaderError, readApiDetails, versionOf } from '../../../src/model/reader/index.js';
import { feed, keysAt } from './feeds.js';

describe('API details (GET /)', () => {
  it('reads an ORUK 3.0 answer', () => {
    const details = readApiDetails({
      version: 'HSDS-UK-3.0',
      profile: 'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md',
      openapi_url: 'https://docs.openreferraluk.org/en/latest/openapi30.json',
    });
    assert.deepEqual(details, {
      version: '3.0',
      versionLabel: 'HSDS-UK-3.0',
      openapiUrl: 'https://docs.openreferraluk.org/en/latest/openapi30.json',
      problems: [],
    });
  });

  it('reports our write extension', () => {
    const details = readApiDetails({ version: '3.0', write_api: { version: '1', token_url: '/auth/token' } });
    assert.deepEqual(details.writeApi, { version: '1', tokenUrl: '/auth/token' });
    const absolute = readApiDetails({
      version: '3.0',
      writeApi: { version: '1', tokenUrl: 'https://catalogue.example-charity.org.uk/token' },
    });
    assert.equal(absolute.writeApi?.tokenUrl, 'https://catalogue.example-charity.org.uk/token');
  });

  it('ignores an incomplete or unsafe write extension, saying so', () => {
    for (const write_api of [{ version: '1' }, { version: '1', token_url: 'javascript:alert(1)' }, 'yes']) {
      const details = readApiDetails({ version: '3.0', write_api });
      assert.equal(details.writeApi, undefined);
      assert.deepEqual(keysAt(details.problems, 'write_api'), ['reader.writeApi.incomplete']);
    }
  });

  it('maps version labels to the versions we know', () => {
    assert.deepEqual(
      ['HSDS-UK-3.0', '3.0', '3.1', 'HSDS-UK-1.0', '1.0', 'V1', 'ORUK 1.0', '2.0', 'latest'].map(versionOf),
      ['3.0', '3.0', '3.0', '1.0', '1.0', '1.0', '1.0', 'unknown', 'unknown'],
    );
    assert.deepEqual(keysAt(readApiDetails({ version: 'latest' }).problems, 'version'), ['reader.version.unknown']);
  });

  it('copes with v1 feeds that have no / endpoint data', () => {
    const empty = readApiDetails({});
    assert.equal(empty.version, 'unknown');
    assert.deepEqual(keysAt(empty.problems, 'version'), ['reader.version.missing']);
    // Some v1 feeds answer / with their first page of services.
    assert.equal(readApiDetails(feed('v1/service-page.json')).version, '1.0');
    assert.equal(readApiDetails({ contents: [] }).version, '3.0');
  });

  it('throws a ReaderError only when the answer is not an object', () => {
    for (const input of [null, undefined, 'Welcome to our API', 42, []]) {
      assert.throws(() => readApiDetails(input), ReaderError);
    }
  });
});
