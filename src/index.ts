export type * from './model/view-model.js';
export type { Problem } from './model/problem.js';
