/**
 * Debian's Chromium driven by playwright-core (no browser download), with the
 * same flags as the tests. Each measurement run gets a fresh context (empty
 * cache and storage) and page; heap figures come from the DevTools protocol.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

interface FindChrome {
  findChrome(): string | undefined;
  CHROME_ARGS: string[];
  NO_BROWSER_MESSAGE: string;
}

export async function chromeFinder(root: string): Promise<FindChrome> {
  const url = new URL('scripts/find-chrome.mjs', `file://${root}/`).href;
  return (await import(url)) as FindChrome;
}

export async function launchChromium(
  root: string,
): Promise<{ browser: Browser; executablePath: string; args: string[] }> {
  const finder = await chromeFinder(root);
  const executablePath = finder.findChrome();
  if (!executablePath) throw new Error(finder.NO_BROWSER_MESSAGE);
  // Playwright adds its own --headless; the rest are the tests' flags.
  const args = finder.CHROME_ARGS.filter((a) => !a.startsWith('--headless'));
  const browser = await chromium.launch({ executablePath, headless: true, args });
  return { browser, executablePath, args };
}

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/** A fresh context and page at `url`, with page errors collected (a page error fails the measurement). */
export async function openPage(browser: Browser, url: string): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (errors.length) throw new Error(`The page ${url} failed: ${errors.join('; ')}`);
  return {
    context,
    page,
    cdp,
    close: async () => {
      await context.close();
      if (errors.length) throw new Error(`The page ${url} failed: ${errors.join('; ')}`);
    },
  };
}

/** Collects garbage, then returns the JS heap in use (bytes). */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
  if (!used) throw new Error('Chromium did not report JSHeapUsedSize');
  return used.value;
}

/** Evaluates an expression in the page (awaiting a promise) and returns its JSON value. */
export async function call<T>(page: Page, expression: string): Promise<T> {
  return (await page.evaluate(expression)) as T;
}
