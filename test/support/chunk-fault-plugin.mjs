// A @web/test-runner plugin that makes the test server fail the browser's
// next request(s) for one module, as when the network drops while a lazily
// loaded chunk downloads. The dev server serves src/… .ts files to the
// browser through esbuild, so a chunk is requested by its source path, e.g.
// /src/service-list/detail-chunk.ts (query strings are ignored when matching).
//
// Browser side:
//   import { executeServerCommand } from '@web/test-runner-commands';
//   await executeServerCommand('chunk-faults', { action: 'arm', path: '/src/service-list/detail-chunk.ts', times: 1 });
//   … drive the element …
//   const { failed, left, requests } = await executeServerCommand('chunk-faults', { action: 'count', path });
//   await executeServerCommand('chunk-faults', { action: 'clear' }); // disarms everything, forgets counts
//
// `how` (optional, per arm):
//   'drop'   (default) answer 200 with the headers and a few bytes of the body, then cut the
//            connection: the download fails half-way, as on a dropped mobile connection. The
//            browser received an answer, so it does not silently resend the request.
//   'reset'  cut the connection before any answer. Chromium may silently resend a GET once on a
//            reused keep-alive connection, so a test using this must arm more than one failure.
//   'status' answer 503 Service Unavailable.
// `requests` counts every request for the path since it was armed, failed or not.
//
// Arming also turns off the browser's HTTP cache for the test's page (the runner serves files
// with a year's max-age, so a module an earlier test file loaded would never be asked for).
// The failure happens in front of the dev server (its request listener is wrapped), so neither
// its ETag/304 answers nor its transform cache can serve the module around it.

function pathOf(url) {
  return new URL(url ?? '/', 'http://localhost').pathname;
}

export function chunkFaultPlugin() {
  /** path -> { left, failed, requests, how } */
  const armed = new Map();

  function fail(how, req, res) {
    if (how === 'status') {
      res.writeHead(503, { 'Content-Type': 'text/plain', Connection: 'close' });
      res.end('Service unavailable (chunk-faults)');
      return;
    }
    if (how === 'reset') {
      req.socket.destroy();
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'application/javascript',
      'Content-Length': '100000',
      'Cache-Control': 'no-store',
    });
    res.write('export const ', () => res.destroy());
  }

  return {
    name: 'chunk-faults',
    serverStart({ server }) {
      if (!server) throw new Error('chunk-faults needs the dev server to run its own HTTP server');
      const handlers = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        const entry = armed.get(pathOf(req.url));
        if (entry) {
          entry.requests++;
          if (entry.left > 0) {
            entry.left--;
            entry.failed++;
            fail(entry.how, req, res);
            return;
          }
        }
        for (const handler of handlers) handler.call(server, req, res);
      });
    },
    async executeCommand({ command, payload, session }) {
      if (command !== 'chunk-faults') return undefined;
      const action = payload?.action;
      if (action === 'arm') {
        // The test runner serves files with a year's max-age, so a module an earlier test file
        // loaded would come from the browser's HTTP cache without asking the server: this page
        // stops using that cache, so the armed request really reaches the server.
        if (session?.browser?.type !== 'puppeteer')
          throw new Error('chunk-faults needs a Chromium launched through puppeteer (chromeLauncher)');
        await session.browser.getPage(session.id).setCacheEnabled(false);
        const { path, times = 1, how = 'drop' } = payload;
        if (typeof path !== 'string' || !path.startsWith('/'))
          throw new Error('chunk-faults arm: give the module path, like /src/service-list/detail-chunk.ts');
        if (!['drop', 'reset', 'status'].includes(how))
          throw new Error(`chunk-faults arm: unknown how "${how}" (drop, reset or status)`);
        armed.set(path, { left: Number(times), failed: 0, requests: 0, how });
        return true;
      }
      if (action === 'count') {
        const entry = armed.get(payload?.path);
        return entry
          ? { failed: entry.failed, left: entry.left, requests: entry.requests }
          : { failed: 0, left: 0, requests: 0 };
      }
      if (action === 'clear') {
        armed.clear();
        return true;
      }
      throw new Error(`Unknown chunk-faults action "${action}": use arm, count or clear`);
    },
  };
}
