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

// ---- the list -------------------------------------------------------------

export interface ListView {
  state: 'loading' | 'error' | 'cards' | 'empty' | 'other';
  heading: string;
  message: string;
  cards: string[];
  hasRetry: boolean;
}

/**
 * Runs in the page: what the list shows now, read from its shadow DOM as a person would see it;
 * with `states`, only when it is in one of them (else null, so that page.waitForFunction waits on).
 */
function readList(states: ListView['state'][] | null): ListView | null {
  const root = document.querySelector('oruk-service-list')?.shadowRoot;
  if (!root) return states ? null : { state: 'other', heading: '', message: '', cards: [], hasRetry: false };
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
  if (states && !states.includes(state)) return null;
  return {
    state,
    heading: error?.querySelector('strong')?.textContent?.trim() ?? '',
    message: error?.querySelector('[part~="error-message"]')?.textContent?.trim() ?? '',
    cards,
    hasRetry: [...root.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Try again'),
  };
}

/** What the list shows now. */
export async function listView(page: Page): Promise<ListView> {
  return (await page.evaluate(readList, null))!;
}

/** Waits (page.waitForFunction) until the list shows one of `states`, and returns what it shows. */
export async function waitForList(page: Page, states: ListView['state'][], timeoutMs = 30_000): Promise<ListView> {
  try {
    const handle = await page.waitForFunction(readList, states, { timeout: timeoutMs, polling: 50 });
    return (await handle.jsonValue())!;
  } catch (error) {
    const view = await listView(page).catch(() => undefined);
    throw new Error(`The list stayed "${view?.state}", not ${states.join('/')}, for ${timeoutMs} ms`, { cause: error });
  }
}

// ---- the editor -----------------------------------------------------------

/** What the editor shows now, read from its shadow DOM as a person would see it. */
export interface EditorView {
  /** The status line under the form ("Saved at 14:32", "Not saved. …", "Saving…", "You have unsaved changes."). */
  status: string;
  /** The words of the editor's own buttons (Save changes, Try again, Restore …). */
  buttons: string[];
  /** Whether the merge view (yours beside theirs, after a clash) is shown. */
  mergeShown: boolean;
}

/** Runs in the page: what the editor shows now. */
function readEditor(): EditorView {
  const root = document.querySelector('oruk-service-editor')?.shadowRoot;
  return {
    status: root?.querySelector('[part~="status"]')?.textContent?.trim() ?? '',
    buttons: [...(root?.querySelectorAll('button') ?? [])].map((b) => b.textContent?.trim() ?? ''),
    mergeShown: Boolean(root?.querySelector('oruk-editor-conflict')),
  };
}

export function editorView(page: Page): Promise<EditorView> {
  return page.evaluate(readEditor);
}

/** Waits (page.waitForFunction) until the editor's status line reads `status`. */
export async function waitForStatus(page: Page, status: string, timeoutMs = 30_000): Promise<void> {
  try {
    await page.waitForFunction(
      (want) =>
        document
          .querySelector('oruk-service-editor')
          ?.shadowRoot?.querySelector('[part~="status"]')
          ?.textContent?.trim() === want,
      status,
      { timeout: timeoutMs, polling: 50 },
    );
  } catch (error) {
    const view = await editorView(page).catch(() => undefined);
    throw new Error(`The status line did not read "${status}" within ${timeoutMs} ms: ${JSON.stringify(view)}`, {
      cause: error,
    });
  }
}

/** The button that restores a draft kept on this device. */
export const RESTORE = /^Restore your unsaved changes from \d{2}:\d{2}$/;

/**
 * Waits until the editor shows the service's form, with no draft waiting to be restored (its
 * locators wait, as Playwright's do).
 */
export async function waitForForm(page: Page, timeoutMs = 30_000): Promise<void> {
  const editor = page.locator('oruk-service-editor');
  await editor.locator('oruk-service-form [data-path="name"]').first().waitFor({ timeout: timeoutMs });
  await editor.getByRole('button', { name: RESTORE }).waitFor({ state: 'hidden', timeout: timeoutMs });
}

/** What the status line reads while a save has no outcome yet. */
const NO_OUTCOME = ['', 'Saving…', 'You have unsaved changes.'];

interface SaveWatch {
  before: string;
  mergeBefore: boolean;
  sawSaving: boolean;
  observer: MutationObserver;
  noOutcome: string[];
}

/**
 * Call before pressing Save (or Try again, or the merge view's Save): notes what the status line
 * says, and watches it in the page for "Saving…", so that waitForSave knows a new outcome from the old one.
 */
export async function watchSave(page: Page): Promise<void> {
  await page.evaluate((noOutcome) => {
    const root = document.querySelector('oruk-service-editor')!.shadowRoot!;
    const w = window as unknown as { saveWatch?: SaveWatch };
    w.saveWatch?.observer.disconnect();
    const status = () => root.querySelector('[part~="status"]')?.textContent?.trim() ?? '';
    const watch: SaveWatch = {
      before: status(),
      mergeBefore: Boolean(root.querySelector('oruk-editor-conflict')),
      sawSaving: false,
      noOutcome,
      observer: new MutationObserver(() => {
        if (status() === 'Saving…') watch.sawSaving = true;
      }),
    };
    watch.observer.observe(root, { subtree: true, childList: true, characterData: true });
    w.saveWatch = watch;
  }, NO_OUTCOME);
}

/**
 * After watchSave and a press: waits (page.waitForFunction) until the save has an outcome a person
 * sees, and returns what the editor shows. The outcome: the status line says it saved or why not
 * (a line that reads as before the press counts only if it said "Saving…" in between), or the
 * merge view or the sign-in form appears.
 */
export async function waitForSave(page: Page, what: string, timeoutMs = 30_000): Promise<EditorView> {
  try {
    await page.waitForFunction(
      () => {
        const root = document.querySelector('oruk-service-editor')?.shadowRoot;
        const watch = (window as unknown as { saveWatch?: SaveWatch }).saveWatch;
        if (!root || !watch) return false;
        const status = root.querySelector('[part~="status"]')?.textContent?.trim() ?? '';
        const said = !watch.noOutcome.includes(status) && (status !== watch.before || watch.sawSaving);
        const merge = !watch.mergeBefore && Boolean(root.querySelector('oruk-editor-conflict'));
        const done = said || merge || Boolean(root.querySelector('oruk-editor-sign-in'));
        if (done) watch.observer.disconnect();
        return done;
      },
      undefined,
      { timeout: timeoutMs, polling: 50 },
    );
  } catch (error) {
    const view = await editorView(page).catch(() => undefined);
    throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; the editor shows ${JSON.stringify(view)}`, {
      cause: error,
    });
  }
  return editorView(page);
}

/** Signs in through the editor's own form, typing as a person does (Playwright's actions wait for the form). */
export async function signInEditor(page: Page, account: { email: string; password: string }): Promise<void> {
  await fillSignIn(page, account);
  await waitForForm(page);
}

/** Fills in the sign-in form and presses its button, once the form is shown. */
export async function fillSignIn(page: Page, account: { email: string; password: string }): Promise<void> {
  const form = page.locator('oruk-service-editor oruk-editor-sign-in');
  await form.locator('#email').fill(account.email);
  await form.locator('#password').fill(account.password);
  await form.locator('button[type="submit"]').click();
}

/** Types into a field of the form (by its ORUK path) and leaves it, as a person does. */
export async function typeField(page: Page, path: string, value: string): Promise<void> {
  const field = page.locator(`oruk-service-editor oruk-service-form [data-path="${path}"]`).first();
  await field.fill(value);
  await field.press('Tab');
}

/** The value a field of the form (by its ORUK path) shows. */
export function fieldValue(page: Page, path: string): Promise<string> {
  return page.locator(`oruk-service-editor oruk-service-form [data-path="${path}"]`).first().inputValue();
}

export async function clickButton(page: Page, name: string | RegExp): Promise<void> {
  await page
    .locator('oruk-service-editor')
    .getByRole('button', { name, exact: typeof name === 'string' })
    .first()
    .click();
}
