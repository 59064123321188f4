import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/chromium';

export const PREVIEW_URL = 'http://127.0.0.1:4173';

/**
 * One Chromium for the calling test file: launched before its tests, closed after them.
 * Returns the getter the tests pass to `openPage`.
 */
export function browserForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet (use it inside a test)');
    return browser;
  };
}

/** Headless Debian Chromium (see scripts/chromium.ts). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: requireChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A fresh page (own storage) collecting uncaught page errors for the test to assert on. */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL: PREVIEW_URL, locale: 'it-IT' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/**
 * Signs in through the form and, unless told the attempt should fail, waits until the app has
 * left the sign-in page: that page has its own h1, so waiting for "a heading" is not enough,
 * and a `goto` issued before the session exists lands back on /accedi.
 */
export async function signIn(
  page: Page,
  email: string,
  password: string,
  { expectFailure = false } = {},
): Promise<void> {
  await page.goto('/accedi');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Accedi' }).click();
  if (!expectFailure) {
    await page.waitForURL((url) => !url.pathname.startsWith('/accedi'), { timeout: 30_000 });
  }
}
