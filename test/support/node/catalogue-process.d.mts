export interface DemoAccount {
  organization: string;
  organizationId: string;
  organizationName: string;
  email: string;
  password: string;
}

export interface CatalogueProcess {
  /** e.g. http://127.0.0.1:40123/api (no trailing slash) */
  api: string;
  port: number;
  dbPath: string;
  /** Everything the process printed (stdout and stderr). */
  output(): string;
  pid(): number | undefined;
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  start(): Promise<void>;
  reset(): Promise<void>;
  dispose(): Promise<void>;
}

export interface StartOptions {
  origins?: string[];
  env?: Record<string, string>;
  port?: number;
  dbPath?: string;
  seed?: boolean;
  stdio?: 'pipe' | 'inherit';
  startTimeoutMs?: number;
}

export const DEMO_ACCOUNTS: DemoAccount[];
export function freePort(): Promise<number>;
export function startCatalogue(options?: StartOptions): Promise<CatalogueProcess>;
