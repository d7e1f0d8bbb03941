/**
 * 系统设置 → 多台电脑同步 in Chromium against the loopback CouchDB-protocol server (issue 20):
 * a browser desk joins with a pairing code, the header goes 已同步 → 离线 → 已同步, a change made
 * here reaches another (node) desk without 立即同步, and one made there appears here. The server allows the page's origin by CORS
 * (as CouchDB's `[cors] origins`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPairing } from '../../../renderer/src/db/sync/pairing';
import { makeUnit } from '../../fixtures/archive';
import { clerk } from '../../fixtures/moneyActors';
import {
  ADMIN,
  makeDesk,
  setUpEstate,
  startServer,
  type Estate,
  type LoopbackServer,
} from '../../sync/harness';
import type { Page } from 'playwright-core';
import { addUnit, firstRunAt } from '../desk';
import { E2E_NOW, screenshot } from '../harness';
import { withApp } from '../lifecycle';

const session = withApp();

/** A screenshot with the header (and its sync note) in view. */
async function shot(name: string): Promise<void> {
  await session.app.page.getByTestId('sync-status').scrollIntoViewIfNeeded();
  await screenshot(session.app.page, name);
}

/** The header's sync note comes to say `text` (a replication takes a few seconds here). */
async function headerSays(text: string, page: Page = session.app.page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('sync-status').textContent(), { timeout: 30_000 })
    .toContain(text);
}
let couch: LoopbackServer;
let estate: Estate;

beforeAll(async () => {
  couch = await startServer([new URL(session.env.baseUrl).origin]);
  estate = await setUpEstate(couch, 'estate-web', ['A']);
});
afterAll(async () => {
  await couch?.stop();
});

describe('several desks, in the browser', () => {
  it('joins with a pairing code, shows the status, and receives another desk’s change', async () => {
    const { page } = session.app;
    // Desk A (a node desk) has records already; its manager makes a code for desk B.
    const a = await makeDesk('', estate.target('A'));
    await a.repos.units.create(makeUnit({ building: '7', entrance: '1', room: '701' }), clerk);
    await a.sync();
    const { code } = await createPairing(
      { serverUrl: couch.url, estate: estate.name, deskCode: 'B', admin: ADMIN },
      E2E_NOW,
    );

    await firstRunAt(page, 'settings?tab=sync', 'sync-join-code');
    await page.getByTestId('sync-pairing-code').fill(code);
    await page.getByTestId('sync-pairing-code').press('Enter');
    await headerSays('已同步');
    expect(await page.getByTestId('sync-serverUrl').inputValue()).toBe(couch.url);
    expect(await page.getByTestId('sync-deskCode').inputValue()).toBe('B');
    await shot('sync-01-joined');

    // A change here reaches the other desk without 立即同步 or the half-minute interval: the
    // runner pushes it soon after the write (liveTriggers.ts).
    await page.goto(`${session.env.baseUrl}/#/archive`);
    await addUnit(page, '8', '1', '801');
    await expect
      .poll(
        async () => {
          await a.sync();
          return (await a.db.units.toArray()).map((u) => u.code);
        },
        { timeout: 30_000 },
      )
      .toContain('8-1-801');
    await headerSays('已同步');
    await shot('sync-02-pushed');

    // Another desk's change arrives with 立即同步; this desk's change reaches it.
    await a.repos.units.create(makeUnit({ building: '9', entrance: '1', room: '901' }), clerk);
    await a.sync();
    await page.goto(`${session.env.baseUrl}/#/settings?tab=sync`);
    await page.getByTestId('sync-now').click();
    await headerSays('已同步');
    await a.sync();
    expect((await a.db.units.toArray()).map((u) => u.code)).toContain('8-1-801');
    await page.getByRole('combobox', { name: '全局搜索' }).fill('9-1-901');
    await expect.poll(() => page.getByTestId('search-hit').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');

    // The server gone: offline since …, and the desk works on.
    await couch.kill();
    await page.getByTestId('sync-now').click();
    await headerSays('离线自');
    await shot('sync-03-offline');
    await couch.restart();
    await page.getByTestId('sync-now').click();
    await headerSays('已同步');
    // PouchDB asks for checkpoints and summaries not written yet (404 is its answer to "none"),
    // and the killed server refused connections; nothing else went wrong in the page.
    const expected = /status of 404|Failed to fetch|ERR_CONNECTION/;
    expect(session.app.errors.filter((e) => !expected.test(e))).toEqual([]);
  });
});
