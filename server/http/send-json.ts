/**
 * Sends a JSON answer to a GET with an ETag, answering 304 when the client's
 * If-None-Match already names it.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashTag, noneMatchHits } from '../domain/etag.js';

export function sendJson(
  request: FastifyRequest,
  reply: FastifyReply,
  body: unknown,
  options: { etag?: string; contentType?: string } = {},
): FastifyReply {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const etag = options.etag ?? hashTag(text);
  reply.header('ETag', etag);
  if (!reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-cache');
  if (noneMatchHits(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.type(options.contentType ?? 'application/json; charset=utf-8').send(text);
}
