/** Every migration, in order. Add a new numbered file and list it here; never edit an applied one. */
import * as m001 from './001-initial.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [m001];
