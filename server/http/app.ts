/**
 * The HTTP application: the catalogue API under /api, and optionally the demo
 * pages at / and the built bundles at /dist/.
 */
import { existsSync } from 'node:fs';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { CatalogueConfig } from '../config.js';
import type { CatalogueStore } from '../store/catalogue.js';
import { AnswerCache } from './answer-cache.js';
import type { AppContext } from './context.js';
import { installCors, preflightRoute } from './cors.js';
import { installJsonBodyParser } from './json-body.js';
import { HttpProblem, sendProblem } from './problem.js';
import { authRoutes } from './routes/auth.js';
import { metaRoutes } from './routes/meta.js';
import { organizationRoutes } from './routes/organizations.js';
import { serviceAtLocationRoutes } from './routes/service-at-locations.js';
import { serviceReadRoutes } from './routes/services-read.js';
import { serviceWriteRoutes } from './routes/services-write.js';
import { taxonomyRoutes } from './routes/taxonomies.js';

/** Request bodies above this are refused with 413. */
export const BODY_LIMIT = 1024 * 1024;

export interface AppOptions {
  catalogue: CatalogueStore;
  config: CatalogueConfig;
  /** Folders to serve: the demo pages at / and the bundles at /dist/. */
  demoDir?: string;
  distDir?: string;
}

/** Fastify's own errors, in plain English. */
function fromFastifyError(error: FastifyError): HttpProblem {
  const status = error.statusCode ?? 500;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpProblem(
        413,
        'body_too_large',
        'The request is larger than 1 MiB, the most this catalogue accepts. ' +
          'Remove some content, for example very long descriptions, and try again.',
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpProblem(
        415,
        'unsupported_media_type',
        'Send the body as JSON, with the header Content-Type: application/json.',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HttpProblem(400, 'body_empty', 'The request has no body. Send the JSON content.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new HttpProblem(400, 'invalid_content_length', 'The Content-Length header does not match the body.');
    default:
      break;
  }
  if (status === 400 && (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY')) {
    return new HttpProblem(
      400,
      'malformed_json',
      'The body is not valid JSON. Check for a missing comma, quote or bracket.',
    );
  }
  if (status === 400 && /prototype|constructor/i.test(error.message)) {
    return new HttpProblem(
      400,
      'malformed_json',
      'The body uses a property name (__proto__ or constructor) that is not allowed.',
    );
  }
  if (status >= 400 && status < 500)
    return new HttpProblem(status, 'bad_request', 'The request could not be understood.');
  return new HttpProblem(
    500,
    'internal_error',
    'Something went wrong in the catalogue. Please try again; ' +
      "if it keeps happening, tell the catalogue's administrator.",
  );
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { catalogue, config } = options;
  const ctx: AppContext = { catalogue, config, answers: new AnswerCache(() => catalogue.changeStamp()) };
  const app = Fastify({
    logger: config.logRequests ? { level: 'info', redact: ['req.headers.authorization'] } : false,
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: 200 },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  app.decorateRequest('editor', null);
  // Only JSON bodies: no text/plain parser (a CORS "simple" type that would let other sites post without a preflight).
  app.removeContentTypeParser('text/plain');
  installJsonBodyParser(app);

  app.setErrorHandler((error: FastifyError | HttpProblem, request, reply) => {
    if (error instanceof HttpProblem) return sendProblem(reply, error);
    const problem = fromFastifyError(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    if (problem.status >= 500 && !config.logRequests)
      console.error(`Error answering ${request.method} ${request.url.split('?')[0]}:`, error.message);
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      new HttpProblem(404, 'not_found', `There is nothing at ${request.url.split('?')[0]} in this catalogue.`),
    ),
  );

  await app.register(compress, { global: true, threshold: 1024 });
  installCors(app, ctx);

  await app.register(
    async (api) => {
      preflightRoute(api, ctx);
      metaRoutes(api);
      serviceReadRoutes(api, ctx);
      serviceWriteRoutes(api, ctx);
      organizationRoutes(api, ctx);
      taxonomyRoutes(api, ctx);
      serviceAtLocationRoutes(api, ctx);
      authRoutes(api, ctx);
    },
    { prefix: '/api' },
  );

  if (options.distDir && existsSync(options.distDir)) {
    await app.register(fastifyStatic, { root: options.distDir, prefix: '/dist/', decorateReply: false, index: false });
  }
  if (options.demoDir && existsSync(options.demoDir)) {
    await app.register(fastifyStatic, {
      root: options.demoDir,
      prefix: '/',
      decorateReply: false,
      extensions: ['html'],
    });
  }
  return app;
}
