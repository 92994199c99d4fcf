/**
 * The demo editors, one per seeded organisation. The JSON file is the single
 * source: the seed, `npm start` and the test plugin all read it.
 * Demo only: never seed these into a real catalogue.
 */
import { readFileSync } from 'node:fs';

export interface DemoAccount {
  organization: string;
  organizationId: string;
  organizationName: string;
  email: string;
  password: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = JSON.parse(
  readFileSync(new URL('./data/demo-accounts.json', import.meta.url), 'utf8'),
) as DemoAccount[];
