import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ReaderError,
  formatReaderMessage,
  loadReaderMessages,
  localizeReaderProblem,
  readService,
  readServicePage,
} from '../../../src/model/reader/index.js';
import { readerMessagesEn } from '../../../src/model/reader/messages-en.js';
import { english, feed } from './feeds.js';

describe('messages a charity worker understands, in English and Welsh', () => {
  it('has a Welsh text for every English key, with the same placeholders', async () => {
    const cy = await loadReaderMessages('cy');
    assert.deepEqual(Object.keys(cy).sort(), Object.keys(readerMessagesEn).sort());
    // `{name}`, or `{name|or}` for a list param (the word after | joins its last item)
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\|[^}]+)?\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(readerMessagesEn)) {
      assert.deepEqual(placeholders(cy[key as keyof typeof cy]), placeholders(text), key);
      assert.notEqual(cy[key as keyof typeof cy], text, `${key} is translated`);
    }
  });

  it('gives every problem a key, params naming the field, and an English message naming the path', () => {
    const page = readServicePage(feed('v1/service-page.json'));
    const service = readService(feed('v3/placeholders.json'));
    for (const problem of [...page.problems, ...service.problems]) {
      assert.ok(problem.key && problem.key in readerMessagesEn, problem.key);
      const field = String(problem.params?.['field']);
      assert.ok(problem.path.endsWith(field), `${problem.path} ends with ${field}`);
      const message = english(problem);
      assert.ok(message.includes(field) || problem.key === 'reader.age.swapped', message);
      assert.doesNotMatch(message, /\{\w+\}|undefined|Invalid|NaN/);
    }
  });

  it('renders a problem in Welsh', async () => {
    const cy = await loadReaderMessages('cy');
    const service = readService({ id: 'x', name: 'Club', status: 'active', minimum_age: -1 });
    const problem = service.problems.find((p) => p.path === 'minimum_age')!;
    assert.equal(english(problem), 'minimum_age was -1, which means not set: ignored');
    assert.equal(
      localizeReaderProblem(problem, cy),
      "Roedd minimum_age yn -1, sy'n golygu heb ei osod: wedi'i anwybyddu",
    );
    assert.equal(localizeReaderProblem({ path: 'x', message: 'Other text' }, cy), 'Other text');
  });

  it('lists the statuses an unknown one is not, from the field registry, in English and Welsh', async () => {
    const cy = await loadReaderMessages('cy');
    const problem = readService({ id: 'x', name: 'Club', status: 'paused' }).problems.find((p) => p.path === 'status')!;
    assert.equal(
      english(problem),
      'status was "paused", which is not active, inactive, defunct or temporarily closed: shown as active',
    );
    assert.equal(
      localizeReaderProblem(problem, cy),
      'Roedd status yn "paused", nad yw\'n active, inactive, defunct na temporarily closed: ' +
        'yn cael ei ddangos fel gweithredol',
    );
  });

  it("keeps the text of problems whose key is not the reader's, even one named like Object's own keys", async () => {
    // Problems on views given as data (the list's services property) may come from anywhere.
    for (const language of ['en', 'cy'] as const) {
      const messages = await loadReaderMessages(language);
      for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'check.postcode']) {
        assert.equal(
          localizeReaderProblem({ path: 'x', key, message: 'Their own words' }, messages),
          'Their own words',
          key,
        );
      }
      // A key this version does not know (a newer reader's) is shown as it is, never a TypeError.
      assert.equal(formatReaderMessage('reader.not.yet' as never, {}, messages), 'reader.not.yet');
      assert.equal(formatReaderMessage('toString' as never, {}, messages), 'toString');
    }
  });

  it('gives ReaderErrors a key and a plain message', () => {
    try {
      readServicePage('<html>Not found</html>');
      assert.fail('should throw');
    } catch (error) {
      assert.ok(error instanceof ReaderError);
      assert.equal(error.key, 'reader.error.notServicePage');
      assert.equal(error.params['got'], 'text');
      assert.equal(error.message, 'This is not a list of services from a service directory.');
    }
  });
});
