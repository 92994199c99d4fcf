/**
 * An in-process catalogue for server tests: a fresh temporary database, seeded,
 * served over real HTTP on a free loopback port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { readConfig, type CatalogueConfig } from '../../../server/config.js';
import { buildApp } from '../../../server/http/app.js';
import { DEMO_ACCOUNTS, type DemoAccount } from '../../../server/seed/demo-accounts.js';
import { seedDemo } from '../../../server/seed/seed.js';
import { openCatalogue, type CatalogueStore } from '../../../server/store/catalogue.js';

export const TEST_ORIGIN = 'https://charity-site.example.org.uk';

export interface TestCatalogue {
  /** e.g. http://127.0.0.1:40123/api */
  api: string;
  catalogue: CatalogueStore;
  app: FastifyInstance;
  accounts: readonly DemoAccount[];
  close(): Promise<void>;
}

export async function startTestCatalogue(
  options: { seed?: boolean; config?: Partial<CatalogueConfig>; origins?: string[] } = {},
): Promise<TestCatalogue> {
  const dir = mkdtempSync(join(tmpdir(), 'oruk-test-'));
  const config: CatalogueConfig = {
    ...readConfig({}),
    port: 0,
    host: '127.0.0.1',
    dbPath: join(dir, 'catalogue.db'),
    ...options.config,
  };
  const catalogue = openCatalogue(config.dbPath);
  if (options.seed !== false) await seedDemo(catalogue, options.origins ?? [TEST_ORIGIN]);
  const app = await buildApp({ catalogue, config });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    api: `http://127.0.0.1:${port}/api`,
    catalogue,
    app,
    accounts: DEMO_ACCOUNTS,
    async close() {
      await app.close();
      catalogue.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function signIn(api: string, account: { email: string; password: string }): Promise<string> {
  const res = await fetch(`${api}/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed with ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}

export async function getJson<T = Record<string, unknown>>(
  url: string,
  init?: RequestInit,
): Promise<{ status: number; headers: Headers; body: T }> {
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text === '' ? undefined : JSON.parse(text)) as T };
}
