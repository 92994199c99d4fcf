// Timeouts, retries and backoff of one request, against the real fault server.
import { expect } from '@open-wc/testing';
import { CatalogueError } from '../../../src/api/catalogue-error.js';
import { requestText, retryAfterMs, type RequestPolicy } from '../../../src/api/request-policy.js';
import { feed, freshKey, rejectionOf, requestsFor } from './fault-server.js';

const policy = (overrides: Partial<RequestPolicy> = {}): RequestPolicy => ({
  timeoutMs: 5000,
  retries: 3,
  backoffMs: 60,
  maxRetryAfterMs: 3000,
  fetch: (input, init) => fetch(input, init),
  ...overrides,
});

const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);

describe('requestText (timeouts and retries)', () => {
  it('gives up with a timeout error when the server is slower than the deadline', async () => {
    const key = freshKey('timeout');
    const started = performance.now();
    const error = await rejectionOf(
      requestText(`${await feed('slow-4000', key)}/services`, {}, policy({ timeoutMs: 300 })),
    );
    const elapsed = performance.now() - started;
    expect(error).to.be.instanceOf(CatalogueError);
    expect((error as CatalogueError).kind).to.equal('timeout');
    expect((error as CatalogueError).message).to.equal(
      'The service directory took too long to answer. Try again in a moment.',
    );
    expect(elapsed).to.be.within(280, 2000);
  });

  it('stops at once, as "aborted", when the caller aborts', async () => {
    const key = freshKey('abort');
    const controller = new AbortController();
    const started = performance.now();
    const pending = requestText(`${await feed('slow-4000', key)}/services`, {}, policy(), controller.signal);
    setTimeout(() => controller.abort(), 100);
    const error = (await rejectionOf(pending)) as CatalogueError;
    expect(error.kind).to.equal('aborted');
    expect(performance.now() - started).to.be.below(2000);
  });

  it('retries a GET after 503 twice and returns the third answer', async () => {
    const key = freshKey('flaky');
    const response = await requestText(`${await feed('status-503-2', key)}/services`, {}, policy());
    expect(response.status).to.equal(200);
    expect(JSON.parse(response.text).contents).to.have.length(1);
    const log = await requestsFor(key);
    expect(log.map((r) => r.status)).to.deep.equal([503, 503, 200]);
  });

  it('retries at most 3 times, waiting longer each time', async () => {
    const key = freshKey('always503');
    const response = await requestText(
      `${await feed('status-503-always', key)}/services`,
      {},
      policy({ backoffMs: 80 }),
    );
    expect(response.status).to.equal(503);
    const log = await requestsFor(key);
    expect(log).to.have.length(4);
    const waits = gaps(log.map((r) => r.at));
    // base·2^n plus jitter: at least 80, 160 and 320 ms (a little slack for timer rounding).
    expect(waits[0]).to.be.at.least(75);
    expect(waits[1]).to.be.at.least(155);
    expect(waits[2]).to.be.at.least(315);
    expect(waits[2]!).to.be.above(waits[0]!);
  });

  it('retries after a dropped connection and throws a network error when it keeps dropping', async () => {
    const recovered = freshKey('drop2');
    const ok = await requestText(`${await feed('drop-2', recovered)}/services`, {}, policy());
    expect(ok.status).to.equal(200);
    expect(await requestsFor(recovered)).to.have.length(3);

    const dead = freshKey('drop9');
    const error = (await rejectionOf(
      requestText(`${await feed('drop-9', dead)}/services`, {}, policy()),
    )) as CatalogueError;
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('We could not reach the service directory');
    expect(await requestsFor(dead)).to.have.length(4);
  });

  it('does not retry a 4xx answer', async () => {
    const key = freshKey('404');
    const response = await requestText(`${await feed('status-404-always', key)}/services`, {}, policy());
    expect(response.status).to.equal(404);
    expect(await requestsFor(key)).to.have.length(1);
  });

  it('does not retry a POST, even on 503', async () => {
    const key = freshKey('post');
    const response = await requestText(
      `${await feed('status-503-2', key)}/services`,
      { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } },
      policy(),
    );
    expect(response.status).to.equal(503);
    const posts = (await requestsFor(key)).filter((r) => r.method === 'POST');
    expect(posts).to.have.length(1);
  });

  it('honours Retry-After on 429 within the cap', async () => {
    const key = freshKey('429');
    const started = performance.now();
    const response = await requestText(`${await feed('retryafter-1-1', key)}/services`, {}, policy({ backoffMs: 10 }));
    expect(response.status).to.equal(200);
    expect(performance.now() - started).to.be.at.least(950);
    const log = await requestsFor(key);
    expect(log.map((r) => r.status)).to.deep.equal([429, 200]);
  });

  it('does not wait for a Retry-After longer than the cap', async () => {
    const key = freshKey('429long');
    const started = performance.now();
    const response = await requestText(`${await feed('retryafter-120-1', key)}/services`, {}, policy());
    expect(response.status).to.equal(429);
    expect(performance.now() - started).to.be.below(1500);
    expect(await requestsFor(key)).to.have.length(1);
  });

  it('never retries more than 3 times, whatever it is asked', async () => {
    const key = freshKey('retries10');
    await requestText(`${await feed('status-500-always', key)}/services`, {}, policy({ retries: 10, backoffMs: 5 }));
    expect(await requestsFor(key)).to.have.length(4);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-01-01T12:00:00Z');
    expect(retryAfterMs('2', now)).to.equal(2000);
    expect(retryAfterMs('Wed, 01 Jan 2025 12:00:05 GMT', now)).to.equal(5000);
    expect(retryAfterMs('soon', now)).to.equal(undefined);
    expect(retryAfterMs(null, now)).to.equal(undefined);
  });
});
