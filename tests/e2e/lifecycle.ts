/**
 * Per-file set-up for the Chromium tests: the vitest hooks that start what a test file shares
 * and close it afterwards. Kept apart from harness.ts so scripts outside vitest can use that.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, openApp, startE2e, type AppPage, type E2eEnv } from './harness';

function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not started: use it inside a test`);
  return value;
}

/** The server, browser and app page one test file shares; valid inside its tests. */
export interface AppSession {
  readonly env: E2eEnv;
  readonly app: AppPage;
}

/** Starts the app before the file's tests and closes it after them. */
export function withApp(): AppSession {
  let env: E2eEnv | undefined;
  let app: AppPage | undefined;
  beforeAll(async () => {
    env = await startE2e();
    app = await openApp(env);
  });
  afterAll(async () => {
    await app?.context.close();
    await env?.close();
  });
  return {
    get env() {
      return started(env, 'The app');
    },
    get app() {
      return started(app, 'The app');
    },
  };
}

/** Launches Chromium before the file's tests and closes it after; the getter is for tests. */
export function withChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => started(browser, 'Chromium');
}
