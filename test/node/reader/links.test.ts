import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readService } from '../../../src/model/reader/index.js';
import { collect } from '../../../src/model/reader/notes.js';
import { readUrl } from '../../../src/model/reader/url.js';
import { dialable } from '../../../src/model/reader/phone.js';
import { english, feed, keysAt } from './feeds.js';

describe('placeholder emails and example URLs', () => {
  const service = readService(feed('v3/placeholders.json'));

  it('drops placeholder and example values, saying why', () => {
    assert.equal(service.email, undefined);
    assert.equal(service.url, undefined);
    assert.equal(service.organization!.email, undefined);
    assert.deepEqual(keysAt(service.problems, 'email'), ['reader.email.placeholder']);
    assert.deepEqual(keysAt(service.problems, 'url'), ['reader.url.placeholder']);
    assert.deepEqual(keysAt(service.problems, 'organization.email'), ['reader.email.placeholder']);
    assert.equal(
      english(service.problems.find((p) => p.path === 'email')!),
      'email "email@example.com" is a placeholder, not a real email address: ignored',
    );
  });

  it('drops no-reply and badly formed addresses, and strips mailto:', () => {
    const [adviser, manager, lead] = service.contacts;
    assert.equal(adviser!.email, undefined);
    assert.deepEqual(keysAt(service.problems, 'contacts.0.email'), ['reader.email.noReply']);
    assert.equal(manager!.email, 'manager@debtadvice-example-charity.org.uk');
    assert.equal(lead!.email, undefined);
    assert.deepEqual(keysAt(service.problems, 'contacts.2.email'), ['reader.email.invalid']);
  });

  it('drops the bare example domains but keeps a named host under one', () => {
    const notes = collect((problems) => {
      assert.equal(readUrl('http://example.com', '', 'url'), undefined);
      assert.equal(readUrl('https://www.example.org/page', '', 'url'), undefined);
      assert.equal(readUrl('https://foodbank.test/', '', 'url'), undefined);
      assert.equal(
        readUrl('https://www.caldervalleyfoodbank.example.org.uk/help', '', 'url'),
        'https://www.caldervalleyfoodbank.example.org.uk/help',
      );
      return problems;
    });
    assert.equal(notes.length, 3);
  });

  it('adds https:// to an address without a scheme', () => {
    assert.equal(service.organization!.website, 'https://www.debtadvice-example-charity.org.uk');
    assert.deepEqual(keysAt(service.problems, 'organization.website'), ['reader.url.schemeAdded']);
  });

  it('never keeps a javascript: or data: address', () => {
    assert.equal(service.organization!.logo, undefined);
    assert.deepEqual(keysAt(service.problems, 'organization.logo'), ['reader.url.unsafe']);
    assert.doesNotMatch(JSON.stringify({ ...service, problems: [] }), /javascript:|data:text/);
  });

  it('reads web addresses strictly: http and https only, obfuscated schemes caught', () => {
    const cases: [string, string | undefined][] = [
      ['https://www.charity.org.uk/path?q=1#top', 'https://www.charity.org.uk/path?q=1#top'],
      ['www.charity.org.uk', 'https://www.charity.org.uk'],
      ['charity.org.uk/about', 'https://charity.org.uk/about'],
      ['//cdn.charity.org.uk/logo.png', 'https://cdn.charity.org.uk/logo.png'],
      ['HTTP://Charity.org.uk', 'http://charity.org.uk'],
      ['java\tscript:alert(1)', undefined],
      [' JavaScript:alert(1)', undefined],
      ['vbscript:msgbox', undefined],
      ['data:image/png;base64,AAAA', undefined],
      ['ftp://files.charity.org.uk', undefined],
      ['https://www.example.org/x', undefined],
      ['http://localhost:8080', undefined],
      ['see our website', undefined],
      ['https://', undefined],
    ];
    collect(() => {
      for (const [input, expected] of cases) assert.equal(readUrl(input, '', 'url'), expected, input);
    });
  });
});

describe('phone "numbers" that contain words', () => {
  const service = readService(feed('v3/phones.json'));
  const phones = service.phones;

  it('keeps the text for display and dials only the digits, in +44 form', () => {
    assert.deepEqual(phones[0], {
      id: 'a0000000-0000-4000-8000-0000000000a1',
      number: 'Call 01632 960001 (option 2)',
      tel: '+441632960001',
    });
    assert.deepEqual(keysAt(service.problems, 'phones.0.number'), ['reader.phone.words']);
  });

  it('gives no tel when there is nothing to dial', () => {
    assert.deepEqual(phones[1], { id: 'a0000000-0000-4000-8000-0000000000a2', number: 'Ask at reception' });
    const problem = service.problems.find((p) => p.path === 'phones.1.number')!;
    assert.equal(english(problem), 'phones.1.number "Ask at reception" has no number to call: shown as text only');
  });

  it('normalises +44 (0), 00 44 and national numbers; leaves short codes alone', () => {
    assert.equal(phones[2]!.tel, '+441632960002');
    assert.equal(phones[2]!.description, 'Out of hours');
    assert.equal(phones[3]!.tel, '+447700900123');
    assert.equal(phones[4]!.tel, '116123');
  });

  it('adds an extension to the display and the tel target', () => {
    assert.equal(phones[5]!.number, '01632 960003 ext. 214');
    assert.equal(phones[5]!.tel, '+441632960003;ext=214');
  });

  it('leaves out empty numbers and reads plain strings as numbers', () => {
    assert.equal(phones.length, 7);
    assert.deepEqual(keysAt(service.problems, 'phones.6.number'), ['reader.value.missing']);
    assert.deepEqual(phones[6], { number: '0800 123 4567', tel: '+448001234567' });
  });

  it('reads contact phones, including text-message instructions', () => {
    assert.equal(service.contacts[0]!.phones[0]!.number, 'Text HELP to 85258');
    assert.equal(service.contacts[0]!.phones[0]!.tel, '85258');
  });

  it('finds the dialable part of common shapes', () => {
    assert.equal(dialable('(01632) 960001'), '+441632960001');
    assert.equal(dialable('01632 960001 or 01632 960002'), '+441632960001');
    assert.equal(dialable('999'), '999');
    assert.equal(dialable('Option 2'), undefined);
  });
});
