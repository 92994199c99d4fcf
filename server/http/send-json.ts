/**
 * Sends a JSON answer to a GET with an ETag, answering 304 when the client's
 * If-None-Match already names it.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashTag, noneMatchHits } from '../domain/etag.js';
import type { AnswerCache } from './answer-cache.js';

const JSON_TYPE = 'application/json; charset=utf-8';

export function sendJson(
  request: FastifyRequest,
  reply: FastifyReply,
  body: unknown,
  options: { etag?: string; contentType?: string } = {},
): FastifyReply {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return sendTagged(request, reply, text, options.etag ?? hashTag(text), options.contentType ?? JSON_TYPE);
}

/** The answer as it goes out: text or its UTF-8 bytes, with its ETag. */
function sendTagged(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string | Buffer,
  etag: string,
  contentType: string,
): FastifyReply {
  reply.header('ETag', etag);
  if (!reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-cache');
  if (noneMatchHits(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.type(contentType).send(body);
}

/**
 * sendJson for an answer that depends only on the request's URL: reuses the
 * answer (bytes and ETag) made for the same URL since the catalogue last
 * changed, or makes it with `make` and keeps it. Errors thrown by `make` are
 * not kept.
 */
export function sendCachedJson(
  answers: AnswerCache,
  request: FastifyRequest,
  reply: FastifyReply,
  make: () => { text: string; etag?: string; contentType?: string },
): FastifyReply {
  const key = request.url;
  let answer = answers.get(key);
  if (answer === undefined) {
    const made = make();
    answer = {
      body: Buffer.from(made.text),
      etag: made.etag ?? hashTag(made.text),
      contentType: made.contentType ?? JSON_TYPE,
    };
    answers.set(key, answer);
  }
  return sendTagged(request, reply, answer.body, answer.etag, answer.contentType);
}
