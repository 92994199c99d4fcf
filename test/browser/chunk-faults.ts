/**
 * Browser side of test/support/chunk-fault-plugin.mjs: make the next downloads of one
 * module fail, and count what reached the server, for the tests that prove each lazily
 * loaded chunk recovers from a failed download.
 */
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

export interface FaultCount {
  failed: number;
  left: number;
  requests: number;
}

/** Sends a raw command (`arm`, `count`, `clear`) to the chunk-fault plugin. */
export const chunkFaults = (payload: Record<string, unknown>) =>
  executeServerCommand<unknown, Record<string, unknown>>('chunk-faults', payload);

/** The next `times` downloads of the module at `path` (e.g. /src/service-list/detail-chunk.ts) fail. */
export const armFailure = (path: string, times = 1) => chunkFaults({ action: 'arm', path, times });

/** How many downloads of `path` reached the server, how many failed, how many failures are left. */
export const countFor = async (path: string) => (await chunkFaults({ action: 'count', path })) as FaultCount;

/** Waits (with @open-wc's waitUntil) until the server has failed `times` downloads of `path`, or throws after `ms`. */
export async function failedDownloads(path: string, times = 1, ms = 10000): Promise<void> {
  await waitUntil(
    async () => (await countFor(path)).failed >= times,
    `${path} to fail ${times} time(s): was it ever asked for?`,
    { timeout: ms, interval: 20 },
  );
}
