/**
 * A tiny static web server for the packaging tests: serves the built bundles from
 * dist/ under /dist/ and the test's own pages, each with the headers the test gives
 * (for example a Content-Security-Policy). No external script or style is inlined.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { DIST } from './build.js';

export interface Page {
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.json': 'application/json' };

export interface StaticServer {
  origin: string;
  /** Adds or replaces a page (HTML or a script) at a path such as `/list.html`. */
  set(path: string, page: Page): void;
  close(): Promise<void>;
}

export async function startStaticServer(): Promise<StaticServer> {
  const pages = new Map<string, Page>();
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages.get(path);
    if (page) {
      res.writeHead(200, { 'content-type': page.type ?? 'text/html; charset=utf-8', ...page.headers }).end(page.body);
      return;
    }
    if (path.startsWith('/dist/')) {
      const file = normalize(join(DIST, decodeURIComponent(path.slice('/dist/'.length))));
      if (file.startsWith(DIST)) {
        try {
          const body = await readFile(file);
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
          return;
        } catch {
          // fall through to 404
        }
      }
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
