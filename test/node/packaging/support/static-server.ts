/**
 * A tiny static web server for the packaging tests: serves the built bundles from
 * dist/ under /dist/ and the test's own pages, each with the headers the test gives
 * (for example a Content-Security-Policy). Optionally it serves demo/ at / and passes
 * GET /api/… on to a catalogue, as `npm start` does on one origin.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { DIST, ROOT } from './build.js';

export interface Page {
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
};

export interface StaticServerOptions {
  /** Serve demo/ at / (index.html for /). */
  demo?: boolean;
  /** Pass GET /api/… on to this catalogue API, e.g. http://127.0.0.1:4000/api. */
  api?: string;
}

async function fileUnder(dir: string, relativePath: string): Promise<Buffer | undefined> {
  const file = normalize(join(dir, decodeURIComponent(relativePath)));
  if (!file.startsWith(dir)) return undefined;
  try {
    return await readFile(file);
  } catch {
    return undefined;
  }
}

export interface StaticServer {
  origin: string;
  /** Adds or replaces a page (HTML or a script) at a path such as `/list.html`. */
  set(path: string, page: Page): void;
  close(): Promise<void>;
}

export async function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const pages = new Map<string, Page>();
  const demoDir = join(ROOT, 'demo');
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    const page = pages.get(path);
    if (page) {
      res.writeHead(200, { 'content-type': page.type ?? 'text/html; charset=utf-8', ...page.headers }).end(page.body);
      return;
    }
    if (options.api && (path === '/api' || path.startsWith('/api/')) && req.method === 'GET') {
      const upstream = await fetch(`${options.api}${path.slice('/api'.length)}${url.search}`);
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await upstream.arrayBuffer()));
      return;
    }
    const [dir, rest] = path.startsWith('/dist/')
      ? [DIST, path.slice('/dist/'.length)]
      : options.demo
        ? [demoDir, path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1)]
        : [undefined, ''];
    const body = dir ? await fileUnder(dir, rest) : undefined;
    if (body) {
      res.writeHead(200, { 'content-type': TYPES[extname(rest)] ?? 'application/octet-stream' }).end(body);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    set: (path, page) => pages.set(path, page),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
