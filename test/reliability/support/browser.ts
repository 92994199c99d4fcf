/**
 * The browser side of the suite: the elements bundled from src/ with esbuild,
 * a small page server on loopback (its origin is registered with the
 * catalogue, so its pages may write), and headless Debian Chromium driven by
 * playwright-core.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';

// scripts/find-chrome.mjs is plain JavaScript without types.
const findChromeUrl = new URL('../../../scripts/find-chrome.mjs', import.meta.url).href;
const { CHROME_ARGS, findChrome, NO_BROWSER_MESSAGE } = (await import(findChromeUrl)) as {
  CHROME_ARGS: string[];
  findChrome(): string | undefined;
  NO_BROWSER_MESSAGE: string;
};

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface PageServer {
  origin: string;
  /** Serves `json` at `${origin}/feeds/<name>/...` (a static feed: `/` and `/services` and `/services/<id>`). */
  feed(name: string, routes: Record<string, unknown>): string;
  close(): Promise<void>;
}

/** Bundles the elements and serves the test pages: /list.html, /editor.html, /elements.js. */
export async function startPageServer(): Promise<PageServer> {
  const dir = mkdtempSync(join(tmpdir(), 'oruk-reliability-page-'));
  await build({
    entryPoints: [join(ROOT, 'test/reliability/support/page-entry.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(dir, 'elements.js'),
    conditions: ['development', 'browser'],
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'error',
    // The editor and the Welsh strings load lazily: keep them as chunks, as in the real bundle.
    splitting: false,
  });
  const script = readFileSync(join(dir, 'elements.js'));
  const feeds = new Map<string, Record<string, unknown>>();

  const page = (body: string) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Reliability test page</title>
<script>
  // Any payload that runs calls __xss() or assigns window.__xss: both are noticed.
  window.__xssHits = [];
  window.__xss = function (where) { window.__xssHits.push(String(where || 'called')); };
  window.__xssOriginal = window.__xss;
  // Functions the tests run in the page are compiled by tsx, which names them through a __name helper.
  window.__name = function (f) { return f; };
</script>
<script type="module" src="/elements.js"></script>
</head><body><main>${body}</main></body></html>`;

  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const q = url.searchParams;
    if (url.pathname === '/elements.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      res.end(script);
      return;
    }
    if (url.pathname === '/list.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        page(
          `<oruk-service-list api="${attr(q.get('api') ?? '')}" per-page="${attr(q.get('per-page') ?? '10')}" ` +
            'no-history><a href="https://catalogue.example.org/">See the services in the catalogue</a>' +
            '</oruk-service-list>',
        ),
      );
      return;
    }
    if (url.pathname === '/editor.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        page(
          `<oruk-service-editor api="${attr(q.get('api') ?? '')}" ` +
            `service-id="${attr(q.get('service') ?? '')}"></oruk-service-editor>`,
        ),
      );
      return;
    }
    const feed = /^\/feeds\/([^/]+)(\/.*)?$/.exec(url.pathname);
    if (feed && feeds.has(feed[1]!)) {
      const routes = feeds.get(feed[1]!)!;
      const path = (feed[2] ?? '/').replace(/\/+$/, '') || '/';
      const value =
        routes[path] ?? (path.startsWith('/services') && !path.slice(9).includes('/') ? routes[path] : undefined);
      const headers = { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' };
      if (value === undefined) {
        res.writeHead(404, headers);
        res.end('{"error":"not found"}');
      } else {
        res.writeHead(200, headers);
        res.end(JSON.stringify(value));
      }
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    feed(name, routes) {
      feeds.set(name, routes);
      return `${origin}/feeds/${name}`;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  return chromium.launch({
    executablePath,
    headless: true,
    args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
  });
}

/** Waits until `fn` (run in the page) returns something truthy. */
export async function until<T>(page: Page, fn: () => T, what: string, timeoutMs = 20_000): Promise<T> {
  try {
    const handle = await page.waitForFunction(fn, undefined, { timeout: timeoutMs, polling: 50 });
    return (await handle.jsonValue()) as T;
  } catch (error) {
    throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}: ${(error as Error).message.split('\n')[0]}`, {
      cause: error,
    });
  }
}

// ---- the list -------------------------------------------------------------

export interface ListView {
  state: 'loading' | 'error' | 'cards' | 'empty' | 'other';
  heading: string;
  message: string;
  cards: string[];
  hasRetry: boolean;
}

/** What the list shows now, read from its shadow DOM as a person would see it. */
export function listView(page: Page): Promise<ListView> {
  return page.evaluate(() => {
    const root = document.querySelector('oruk-service-list')?.shadowRoot;
    if (!root) return { state: 'other', heading: '', message: '', cards: [], hasRetry: false } as const;
    const error = root.querySelector('[part~="error"]');
    const cards = [...root.querySelectorAll('[part~="service"]')].map(
      (c) => c.querySelector('[part~="title"]')?.textContent?.trim() ?? '',
    );
    const state = error
      ? 'error'
      : cards.length > 0
        ? 'cards'
        : root.querySelector('[part~="loading"]')
          ? 'loading'
          : root.querySelector('[part~="empty"]')
            ? 'empty'
            : 'other';
    return {
      state,
      heading: error?.querySelector('strong')?.textContent?.trim() ?? '',
      message: error?.querySelector('[part~="error-message"]')?.textContent?.trim() ?? '',
      cards,
      hasRetry: [...root.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Try again'),
    } as const;
  }) as Promise<ListView>;
}

export async function waitForList(page: Page, states: ListView['state'][], timeoutMs = 30_000): Promise<ListView> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const view = await listView(page);
    if (states.includes(view.state)) return view;
    if (Date.now() > end)
      throw new Error(`The list stayed "${view.state}", not ${states.join('/')}, for ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ---- the editor -----------------------------------------------------------

export interface EditorView {
  phase: string;
  save: string;
  status: string;
  dirty: boolean;
  record: Record<string, unknown> | null;
  draftOffer: boolean;
  conflict: boolean;
  buttons: string[];
}

export function editorView(page: Page): Promise<EditorView> {
  return page.evaluate(() => {
    const el = document.querySelector('oruk-service-editor') as
      | (HTMLElement & {
          phase: string;
          saveState: { kind: string };
          dirty: boolean;
          record?: Record<string, unknown>;
          draftOffer?: unknown;
          conflict?: unknown;
        })
      | null;
    const root = el?.shadowRoot;
    return {
      phase: el?.phase ?? '',
      save: el?.saveState.kind ?? '',
      status: root?.querySelector('[part~="status"]')?.textContent?.trim() ?? '',
      dirty: el?.dirty ?? false,
      record: el?.record ? JSON.parse(JSON.stringify(el.record)) : null,
      draftOffer: Boolean(el?.draftOffer),
      conflict: Boolean(el?.conflict),
      buttons: [...(root?.querySelectorAll('button') ?? [])].map((b) => b.textContent?.trim() ?? ''),
    };
  });
}

export async function waitForEditor(
  page: Page,
  check: (v: EditorView) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<EditorView> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const view = await editorView(page);
    if (check(view)) return view;
    if (Date.now() > end)
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}; the editor: ` +
          `${JSON.stringify({ ...view, record: undefined })}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Signs in through the editor's own form, typing as a person does. */
export async function signInEditor(page: Page, account: { email: string; password: string }): Promise<void> {
  await waitForEditor(page, (v) => v.phase === 'sign-in', 'the sign-in form');
  await page.locator('oruk-service-editor oruk-editor-sign-in #email').fill(account.email);
  await page.locator('oruk-service-editor oruk-editor-sign-in #password').fill(account.password);
  await page.locator('oruk-service-editor oruk-editor-sign-in button[type="submit"]').click();
  await waitForEditor(
    page,
    (v) => v.phase === 'editing' && v.record !== null && !v.draftOffer,
    'the form after signing in',
  );
}

/** Types into a field of the form (by its ORUK path) and leaves it, as a person does. */
export async function typeField(page: Page, path: string, value: string): Promise<void> {
  const field = page.locator(`oruk-service-editor oruk-service-form [data-path="${path}"]`).first();
  await field.fill(value);
  await field.press('Tab');
}

export async function clickButton(page: Page, name: string | RegExp): Promise<void> {
  await page
    .locator('oruk-service-editor')
    .getByRole('button', { name, exact: typeof name === 'string' })
    .first()
    .click();
}
