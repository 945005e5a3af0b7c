import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import type { Actor } from './seed';
import { testEnv } from './test-env';

/** The most common office screen, where every screen must work. */
export const OFFICE_SCREEN = { width: 1366, height: 768 };

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');

/** Debian's Chromium, headless, one per test file. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: testEnv.chromium, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** A fresh browser profile at the office screen size, in Beijing time and Chinese, on the console. */
export async function openConsole(browser: Browser, path = '/'): Promise<Page> {
  const context = await browser.newContext({ viewport: OFFICE_SCREEN, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: testEnv.consoleUrl });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

/** Signs in on the sign-in page with the person's token, as with an agency's identity provider. */
export async function signInAs(page: Page, actor: Actor): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('身份令牌（JWT）').fill(actor.token);
  await page.getByRole('button', { name: '使用令牌登录' }).click();
  await page.getByTestId('who-am-i').getByText(actor.identity.name).waitFor();
}

/** Saves what the page shows into docs/screenshots/, for the README. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  // Fonts and transitions settled: the picture shows the screen as a person sees it.
  await page.evaluate('document.fonts.ready');
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}
