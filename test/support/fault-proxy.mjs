// A fault-injecting HTTP proxy on loopback, for the reliability suite: it sits
// between the browser and the catalogue, passes requests through untouched
// (Host included, so the catalogue's absolute URLs point back at the proxy),
// and, while a fault is set, breaks the matching requests in one of the ways
// real networks and servers fail:
//
//   { kind: 'drop' }                 close the connection without an answer
//   { kind: 'delay', ms }            wait `ms`, then pass the request on and answer
//   { kind: 'hang' }                 never answer (until the fault is cleared: then the connection is closed)
//   { kind: 'status', status }       answer `status` (500, 502, 503...) with a gateway's HTML error page
//   { kind: 'truncate' }             pass on, then send only the first half of the body, ending the answer cleanly
//   { kind: 'html' }                 answer 200 with an HTML page (Content-Type: text/html): a captive portal
//                                    or a CMS page
//   { kind: 'relabel', contentType } pass on, but label the (real) body with another Content-Type
//
// Options of every fault: `methods` (default: every method but OPTIONS, so CORS preflights pass),
// `path` (a RegExp the path and query must match), `times` (how many requests to break; default all
// until `clear()`). Fault answers carry CORS headers, as a gateway in front of a catalogue does, so the
// browser sees the status rather than a CORS failure.
//
//   const proxy = await startFaultProxy({ target: 'http://127.0.0.1:8080' });
//   proxy.set({ kind: 'status', status: 503 });
//   ... proxy.clear(); proxy.log  // [{ method, path, fault }]
//   await proxy.close();
import { createServer, request as httpRequest } from 'node:http';

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
]);

function corsFor(req) {
  const origin = req.headers.origin;
  return origin
    ? {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Expose-Headers': 'ETag, Location, Retry-After',
        Vary: 'Origin',
      }
    : { 'Access-Control-Allow-Origin': '*' };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startFaultProxy({ target }) {
  const upstream = new URL(target);
  let fault;
  let remaining = Infinity;
  const held = new Set();
  const log = [];

  function matches(req) {
    if (!fault || remaining <= 0) return false;
    const methods = fault.methods ?? ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
    if (!methods.includes(req.method)) return false;
    if (fault.path && !fault.path.test(req.url)) return false;
    return true;
  }

  /** Sends the request upstream; resolves with { status, headers, body } (the whole body, uncompressed). */
  function forward(req, body) {
    return new Promise((resolve, reject) => {
      const headers = { ...req.headers, 'accept-encoding': 'identity' };
      for (const h of HOP_BY_HOP) delete headers[h];
      const up = httpRequest(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        },
      );
      up.on('error', reject);
      up.end(body);
    });
  }

  function relay(res, answer, { body = answer.body, contentType } = {}) {
    const headers = {};
    for (const [k, v] of Object.entries(answer.headers)) {
      if (!HOP_BY_HOP.has(k) && k !== 'content-length' && v !== undefined) headers[k] = v;
    }
    if (contentType) headers['content-type'] = contentType;
    headers['content-length'] = String(body.length);
    res.writeHead(answer.status, headers);
    res.end(body);
  }

  function readBody(req) {
    return new Promise((resolve, reject) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });
  }

  async function handle(req, res) {
    const body = await readBody(req);
    const active = matches(req) ? fault : undefined;
    if (active) remaining--;
    log.push({ method: req.method, path: req.url, fault: active?.kind ?? null, at: Date.now() });
    if (!active) return relay(res, await forward(req, body));
    switch (active.kind) {
      case 'drop':
        req.socket.destroy();
        return;
      case 'hang':
        held.add(req.socket);
        req.socket.once('close', () => held.delete(req.socket));
        return;
      case 'delay':
        await sleep(active.ms ?? 10_000);
        if (res.destroyed) {
          // The client gave up, but the request reached the server: pass it on all the same.
          await forward(req, body).catch(() => undefined);
          return;
        }
        return relay(res, await forward(req, body));
      case 'status': {
        const status = active.status ?? 502;
        const page =
          `<!DOCTYPE html><html><head><title>${status}</title></head>` +
          `<body><h1>${status} Error</h1><p>The server is not available. (fault proxy)</p></body></html>`;
        res.writeHead(status, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Length': Buffer.byteLength(page),
          ...corsFor(req),
        });
        res.end(page);
        return;
      }
      case 'truncate': {
        const answer = await forward(req, body);
        return relay(res, answer, { body: answer.body.subarray(0, Math.floor(answer.body.length / 2)) });
      }
      case 'html': {
        const page =
          '<!DOCTYPE html><html><head><title>Sign in to the Wi-Fi</title></head>' +
          '<body><form><input name="room"></form></body></html>';
        res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Length': Buffer.byteLength(page),
          ...corsFor(req),
        });
        res.end(page);
        return;
      }
      case 'relabel':
        return relay(res, await forward(req, body), { contentType: active.contentType ?? 'text/plain' });
      default:
        throw new Error(`Unknown fault ${active.kind}`);
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) {
        res.writeHead(502, { 'Content-Type': 'text/plain', ...corsFor(req) });
        res.end('fault proxy: the catalogue did not answer');
      } else res.destroy();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    /** Breaks matching requests from now on (replacing any fault already set). */
    set(next) {
      fault = next;
      remaining = next.times ?? Infinity;
    },
    /** Back to passing everything through; connections held by 'hang' are closed. */
    clear() {
      fault = undefined;
      for (const socket of held) socket.destroy();
      held.clear();
    },
    /** How many requests a fault has broken so far (entries in `log` with a fault). */
    broken() {
      return log.filter((e) => e.fault !== null).length;
    },
    async close() {
      this.clear();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
