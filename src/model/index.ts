export * from './strict.js';
export * from './reader/index.js';
