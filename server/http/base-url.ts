/** Absolute URLs built from the request (its Host), so the catalogue works on any port or host name. */
import type { FastifyRequest } from 'fastify';

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

export function origin(request: FastifyRequest): string {
  const host = request.host;
  const safeHost = typeof host === 'string' && HOST.test(host) ? host : 'localhost';
  const protocol = request.protocol === 'https' ? 'https' : 'http';
  return `${protocol}://${safeHost}`;
}

export function apiBase(request: FastifyRequest): string {
  return `${origin(request)}/api`;
}
