/**
 * End-to-end harness: the built renderer served on loopback, driven in Debian's Chromium by
 * playwright-core (never a downloaded browser). Each test gets a fresh browser context, so a
 * fresh IndexedDB origin store.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from './serve.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = resolve(import.meta.dirname, 'screenshots');
export const OUTPUT_DIR = resolve(import.meta.dirname, 'output');

// Chromium as root in a container, with no network: these flags keep it from phoning home.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * The e2e suite's "now": Tuesday 2026-11-17 10:30 office time, an ordinary working morning in
 * mid-month. Every page starts here (Playwright's clock, installed on the context before the
 * first navigation) and time flows on from it, so no test depends on the day or hour it runs.
 * Node-side dates a test computes count from this too; a test about another moment moves the
 * page clock itself (`page.clock.setFixedTime`, `runFor`, `fastForward`).
 */
export const E2E_NOW = Date.parse('2026-11-17T10:30:00+08:00');
/** The office date, month and year of E2E_NOW. */
export const E2E_TODAY = '2026-11-17';
export const E2E_MONTH = '2026-11';
export const E2E_YEAR = 2026;

/**
 * Playwright's clock is an init script injected into every frame, the print preview's
 * sandboxed `srcdoc` frame too, where (rightly) no script may run: Chromium logs that it blocked
 * it. That message is the harness's own doing, not the app's.
 */
export function isClockScriptBlocked(text: string): boolean {
  return /^Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed and the 'allow-scripts' permission is not set\.$/.test(
    text,
  );
}

/** Starts a context's clock at `time` (default E2E_NOW); call before the first page loads. */
export async function installClock(context: BrowserContext, time: number = E2E_NOW): Promise<void> {
  await context.clock.install({ time });
}

export interface E2eEnv {
  browser: Browser;
  baseUrl: string;
  close: () => Promise<void>;
}

/** Debian's Chromium, headless, with the flags above. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export async function startE2e(): Promise<E2eEnv> {
  const server = await startServer(0);
  const browser = await launchChromium();
  return {
    browser,
    baseUrl: server.url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/**
 * A fresh profile at the app's start page, its clock started at `now` (E2E_NOW unless given);
 * page errors are collected for the test to assert on.
 */
export async function openApp(env: E2eEnv, now: number = E2E_NOW): Promise<AppPage> {
  const context = await env.browser.newContext({
    viewport: { width: 1366, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  await installClock(context, now);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !isClockScriptBlocked(msg.text())) errors.push(msg.text());
  });
  await page.goto(env.baseUrl + '/');
  return { context, page, errors };
}

/**
 * Waits until the page's CSS transitions and finite animations have run (a drawer has slid in,
 * a dialog has zoomed open), instead of sleeping a fixed time that a loaded machine outruns.
 * Endless ones (a spinner) are not waited for.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { polling: 100 },
  );
}

/** A picture of the page as it rests, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await settle(page);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = resolve(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** The first-run wizard: a property and its first manager, ending signed in as that manager. */
export async function completeFirstRun(
  page: Page,
  opts: { property?: string; manager?: string; pin?: string } = {},
): Promise<void> {
  const { property = '阳光花园', manager = '张经理', pin = '135790' } = opts;
  await page.getByTestId('wizard-name').fill(property);
  await page.getByTestId('wizard-stamp').fill(`${property}物业服务中心`);
  await page.getByTestId('wizard-next').click();
  await page.getByTestId('wizard-manager-name').fill(manager);
  await page.getByTestId('wizard-pin').fill(pin);
  await page.getByTestId('wizard-pin-confirm').fill(pin);
  await page.getByTestId('wizard-finish').click();
  // The wizard ends on its own 完成 step (the demo estate on offer); 开始使用 opens the shell.
  await page.getByTestId('wizard-start').click();
  await page.getByTestId('operator').waitFor();
}

/** Picks an option of an antd Select by typing its text and pressing Enter. */
export async function pick(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Closes the print preview with Esc and waits until it is gone. */
export async function closePreview(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByTestId('print-preview').waitFor({ state: 'detached' });
}

/** Another operator added by the signed-in manager on the operators page (a clerk by default). */
export async function addOperator(page: Page, name: string, pin: string): Promise<void> {
  const base = page.url().split('#')[0];
  await page.goto(`${base}#/operators`);
  await page.getByTestId('operator-add').click();
  await page.getByTestId('operator-name').fill(name);
  await page.getByTestId('operator-pin').fill(pin);
  await page.getByTestId('operator-pin-confirm').fill(pin);
  await page.getByTestId('operator-save').click();
  await page.getByTestId('operator-save').waitFor({ state: 'detached' });
  await page.getByTestId('operators-table').getByText(name).first().waitFor();
}

/**
 * Types a date (`2026-12-07`) or a date and time (`2026-12-07 14:30`) into the desk's date
 * field as a clerk does, then leaves the box with Tab, which takes the typed text.
 */
export async function typeDate(page: Page, testId: string, text: string): Promise<void> {
  const box = page.getByTestId(testId);
  await box.click();
  await box.press('Control+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}
