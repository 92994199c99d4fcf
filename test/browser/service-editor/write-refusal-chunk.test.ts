/**
 * The code that reads a catalogue's refusal (src/api/write-refusal.ts) is a
 * chunk of its own, fetched only when a refusal comes. When it cannot be
 * downloaded, the refusal counts as a network failure (the editor keeps the
 * edits on the device and offers "Try again"); the next refusal downloads it
 * again and is read in full. This file runs in a page of its own, so the
 * module is not loaded yet when the test starts.
 */
import { expect } from '@open-wc/testing';
import { createWriteClient, WriteError } from '../../../src/api/write-client.js';
import { chunkFaults, armFailure, countFor } from '../chunk-faults.js';

const PATH = '/src/api/write-refusal.ts';

const clash = (() =>
  Promise.resolve(
    new Response(JSON.stringify({ title: 'Precondition failed', current: { id: 'a', name: 'Theirs' } }), {
      status: 412,
      headers: { 'Content-Type': 'application/problem+json', ETag: '"v9"' },
    }),
  )) as typeof fetch;

async function refusal(p: Promise<unknown>): Promise<WriteError> {
  try {
    await p;
  } catch (error) {
    expect(error).to.be.instanceOf(WriteError);
    return error as WriteError;
  }
  throw new Error('expected a refusal');
}

describe('write client when the code that reads refusals cannot be downloaded', () => {
  afterEach(() => chunkFaults({ action: 'clear' }));

  it('counts the refusal as a network failure, then reads the next one in full', async () => {
    const writer = createWriteClient('http://cat.test/api', { fetch: clash });
    await armFailure(PATH);
    const first = await refusal(writer.updateService('a', {}, { token: 't', etag: '"v1"' }));
    expect(first.kind).to.equal('network');
    expect(first.status).to.equal(412);
    expect((await countFor(PATH)).failed).to.equal(1);

    const second = await refusal(writer.updateService('a', {}, { token: 't', etag: '"v1"' }));
    expect(second.kind).to.equal('conflict');
    expect(second.current).to.deep.equal({ json: { id: 'a', name: 'Theirs' }, etag: '"v9"' });
    expect((await countFor(PATH)).requests).to.be.greaterThan(1);
  });
});
