// Helpers for talking to the fault server that test/support/fault-plugin.mjs starts.
import { executeServerCommand } from '@web/test-runner-commands';

export interface LoggedRequest {
  scenario: string;
  method: string;
  path: string;
  query: Record<string, string>;
  ifNoneMatch: string | null;
  /** OPTIONS only (etag-nopreflight): the Access-Control-Request-Headers the browser asked about. */
  requestHeaders?: string | null;
  status: number;
  at: number;
}

interface FaultInfo {
  baseUrl: string;
  closedUrl: string;
}

let info: Promise<FaultInfo> | undefined;
const faultInfo = () => (info ??= executeServerCommand<FaultInfo, { action: string }>('faults', { action: 'info' }));

/** The fault server's base URL, e.g. http://127.0.0.1:40123. */
export async function faultServer(): Promise<string> {
  return (await faultInfo()).baseUrl;
}

/** A catalogue URL on a port where nothing listens. */
export async function unreachableCatalogue(): Promise<string> {
  return (await faultInfo()).closedUrl;
}

let counter = 0;
/** A key no other test uses, so counters and logs start empty. */
export function freshKey(label: string): string {
  counter++;
  return `${label}-${Date.now().toString(36)}-${counter}`;
}

/** The base URL of a feed behind `scenario`, with its own counters under `key`. */
export async function feed(scenario: string, key: string): Promise<string> {
  return `${await faultServer()}/${scenario}/${key}`;
}

/** Every request the fault server saw for `key`, oldest first. */
export async function requestsFor(key: string): Promise<LoggedRequest[]> {
  const response = await fetch(`${await faultServer()}/__log/${key}`, { cache: 'no-store' });
  return (await response.json()) as LoggedRequest[];
}

/** The rejection of `promise`, failing the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject, but it resolved');
}
