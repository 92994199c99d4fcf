import type { CatalogueConfig } from '../config.js';
import type { CatalogueStore } from '../store/catalogue.js';
import type { TokenOwner } from '../store/accounts.js';
import type { AnswerCache } from './answer-cache.js';

/** What every route needs. */
export interface AppContext {
  catalogue: CatalogueStore;
  config: CatalogueConfig;
  /** Answers to public list requests, kept until the catalogue changes. */
  answers: AnswerCache;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by requireEditor() on write routes. */
    editor: TokenOwner | null;
  }
}
