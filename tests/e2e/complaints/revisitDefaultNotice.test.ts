/**
 * A desk set up by an older version still holds the old complaint revisit defaults (7 days
 * major, 14 general). On the next start they move to 004's 3 days, and the settings screen
 * says so until a manager has read it; the deadlines tab names 001's week and 002's two weeks.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';
import { completeFirstRun, screenshot } from '../harness';
import { withApp } from '../lifecycle';

const session = withApp();

// Tuesday 17 November 2026, 10:30 office time.
const NOW = new Date('2026-11-17T02:30:00Z');

/** Writes the deadlines row as the older version's first run stored it (straight into IndexedDB). */
async function storeOldDefaults(page: Page): Promise<void> {
  const old = {
    ...DEFAULT_DEADLINES,
    complaintRevisitMajorDays: 7,
    complaintRevisitGeneralDays: 14,
  };
  await page.evaluate(
    (value) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('taizhang');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({
            key: 'deadlines',
            value,
            updatedAt: '2026-01-05T02:00:00.000Z',
            updatedBy: 'old-version',
          });
          tx.oncomplete = () => {
            db.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    old,
  );
}

describe('old settings defaults, end to end', () => {
  it('moves the old revisit defaults to 3 days and shows what changed until acknowledged', async () => {
    const { page, errors } = session.app;
    await page.clock.setFixedTime(NOW);
    await completeFirstRun(page);
    await page.goto(session.env.baseUrl + '/#/settings?tab=deadlines');
    // A desk on the new defaults has nothing to be told.
    await expect
      .poll(() => page.getByTestId('deadline-complaintRevisitGeneralDays').inputValue())
      .toBe('3');
    await expect(page.getByTestId('settings-defaults-notice').count()).resolves.toBe(0);

    await storeOldDefaults(page);
    await page.reload();
    await page.getByTestId('operator').waitFor();
    const notice = page.getByTestId('settings-defaults-notice');
    await notice.waitFor();
    await expect.poll(() => notice.textContent()).toContain('以下设置已按新版手册更新：');
    const moves = await page.getByTestId('settings-defaults-move').allTextContents();
    expect(moves).toHaveLength(2);
    expect(moves[0]).toContain('时限设置 · 重大投诉回访（处理后天数）：7 → 3');
    expect(moves[1]).toContain('时限设置 · 一般投诉回访（处理后天数）：14 → 3');
    expect(moves[1]).toContain('004');

    // The setting itself now reads 3 days and names the other manuals' periods.
    await expect
      .poll(() => page.getByTestId('deadline-complaintRevisitGeneralDays').inputValue())
      .toBe('3');
    await expect
      .poll(() => page.getByTestId('deadline-complaintRevisitGeneralDays-14').textContent())
      .toBe('14 天（002）');
    await expect
      .poll(() => page.getByTestId('deadline-complaintRevisitMajorDays-7').textContent())
      .toBe('7 天（001、002）');
    expect(await page.getByText('001 客服中心手册为一周内（7 天）').count()).toBeGreaterThan(0);
    await screenshot(page, 'settings-defaults-notice');

    // Acknowledged: gone, and it stays gone after a restart.
    await page.getByTestId('settings-defaults-ack').click();
    await notice.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('operator').waitFor();
    await page.getByTestId('deadline-complaintRevisitMajorDays').waitFor();
    await expect(page.getByTestId('settings-defaults-notice').count()).resolves.toBe(0);
    await page.getByTestId('deadline-complaintRevisitMajorDays').scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-revisit-options');
    expect(errors).toEqual([]);
  });
});
