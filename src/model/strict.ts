/**
 * The strict half of the model: ORUK 3.0 schemas for writing, the editor's
 * check, and the messages a charity worker reads.
 */
export * from './schema/index.js';
export * from './check/index.js';
export * from './messages/index.js';
