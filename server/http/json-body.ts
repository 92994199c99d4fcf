/**
 * The JSON body parser: Fastify's own (with its __proto__ and constructor
 * checks), after decoding the bytes as strict UTF-8. Fastify's default decodes
 * leniently, turning invalid bytes into U+FFFD, so a broken upload would be
 * stored with replacement characters instead of being refused.
 */
import type { FastifyInstance } from 'fastify';
import { HttpProblem } from './problem.js';

export function installJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = decoder.decode(body as Buffer);
    } catch {
      done(
        new HttpProblem(
          400,
          'invalid_utf8',
          'The body is not valid UTF-8 text. Save the text as UTF-8 and send it again.',
        ),
        undefined,
      );
      return;
    }
    // Fastify's default parser answers through `done` and returns nothing to await.
    void parseJson(request, text, done);
  });
}
