/**
 * Backup and restore in the built renderer (browser host: the backup is a download, restore
 * reads a chosen file): the stale-backup warning, a manual backup, the restore preview and an
 * all-or-nothing restore, and a corrupt file refused with a Chinese reason.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_DIR, completeFirstRun, screenshot } from '../harness';
import { withApp } from '../lifecycle';

const session = withApp();

describe('backup and restore, end to end', () => {
  it('warns, backs up, previews, restores, and refuses a corrupt file', async () => {
    const { page, errors } = session.app;
    await page.clock.install({ time: new Date('2026-11-17T02:30:00Z') });
    await page.reload();
    await completeFirstRun(page);
    // A new install is not warned; three days on without a backup it is.
    await page.getByTestId('last-backup-note').waitFor();
    expect(await page.getByTestId('backup-stale-banner').count()).toBe(0);
    await page.clock.setSystemTime(new Date('2026-11-20T02:30:00Z'));
    await page.reload();
    await page.getByTestId('backup-stale-banner').waitFor();
    expect(await page.getByTestId('last-backup-note').textContent()).toBe('上次备份：从未备份');

    await page.goto(session.env.baseUrl + '/#/settings?tab=backup');
    await page.getByTestId('backup-status').waitFor();
    await screenshot(page, 'backup-tab-never');

    const downloading = page.waitForEvent('download');
    await page.getByTestId('backup-now').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^taizhang-\d{8}-\d{6}-manual\.tzbak$/);
    const file = join(OUTPUT_DIR, download.suggestedFilename());
    await download.saveAs(file);
    await expect.poll(() => page.getByTestId('backup-last').textContent()).toContain('手动');
    await expect.poll(() => page.getByTestId('backup-stale-banner').count()).toBe(0);
    expect(await page.getByTestId('last-backup-note').textContent()).toMatch(
      /^上次备份：\d\d-\d\d \d\d:\d\d$/,
    );
    // Version 2: a header line, one line per chunk, the manifest as the last line.
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    expect(lines[0]).toBe('{"format":"taizhang-backup/2"}');
    const manifest = (JSON.parse(lines.at(-1)!) as { manifest: { counts: Record<string, number> } })
      .manifest;
    const total = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
    expect(manifest.counts['operators']).toBe(1);

    // Restore the file just written: preview first, then replace after confirming.
    const choosing = page.waitForEvent('filechooser');
    await page.getByTestId('restore-pick').click();
    await (await choosing).setFiles(file);
    await page.getByTestId('restore-preview').waitFor();
    expect(await page.getByTestId('restore-total').textContent()).toBe(String(total));
    await screenshot(page, 'backup-restore-preview');
    const safety = page.waitForEvent('download');
    await page.getByTestId('restore-start').click();
    await page.getByTestId('restore-confirm-ok').click();
    expect((await safety).suggestedFilename()).toMatch(/-safety\.tzbak$/);
    await expect.poll(() => page.getByText(/恢复完成/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('operator').textContent()).toContain('张经理');

    // A damaged copy: refused, says why, nothing happens.
    const broken = join(OUTPUT_DIR, 'broken.tzbak');
    const text = await readFile(file, 'utf8');
    await writeFile(broken, text.slice(0, Math.floor(text.length / 2)));
    const choosingBroken = page.waitForEvent('filechooser');
    await page.getByTestId('restore-pick').click();
    await (await choosingBroken).setFiles(broken);
    await expect
      .poll(() => page.getByTestId('restore-error').textContent())
      .toContain('损坏或不完整');
    expect(await page.getByTestId('restore-preview').count()).toBe(0);
    await screenshot(page, 'backup-restore-corrupt');
    expect(errors).toEqual([]);
  });
});
