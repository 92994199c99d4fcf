export * from './strict.js';
