/** Headless Debian Chromium through playwright-core, with no browser download. */
import { chromium, type Browser } from 'playwright-core';

interface FindChrome {
  findChrome(): string | undefined;
  CHROME_ARGS: string[];
  NO_BROWSER_MESSAGE: string;
}

// scripts/find-chrome.mjs is plain JavaScript without type declarations.
const FIND_CHROME = new URL('../../../../scripts/find-chrome.mjs', import.meta.url).href;

export async function launchChromium(): Promise<Browser> {
  const { findChrome, CHROME_ARGS, NO_BROWSER_MESSAGE } = (await import(FIND_CHROME)) as FindChrome;
  const executablePath = findChrome();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  return chromium.launch({
    executablePath,
    headless: true,
    args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
  });
}
