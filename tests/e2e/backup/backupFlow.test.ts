/**
 * Backup and restore in the built renderer (browser host: the backup is a download, restore
 * reads a chosen file): the stale-backup warning, a manual backup (marked as the estate's own,
 * no PIN hashes since it is not encrypted), the restore into a fresh database with a new
 * manager PIN and the reload onto it, a foreign file's warning and its refusal in Chinese
 * naming the table and row, and a corrupt file refused.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildChunkedManifest,
  sha256HexBytes,
  type ChunkedManifest,
} from '@shared/domain/backupChunks';
import { OUTPUT_DIR, completeFirstRun, pick, screenshot } from '../harness';
import { withApp } from '../lifecycle';
import { openScreen, showsText } from '../desk';

const session = withApp();

/** The file with an operator of an unknown role added and every checksum recomputed, without the mark. */
async function craftForeign(text: string): Promise<string> {
  const lines = text.trimEnd().split('\n').slice(0, -1); // drop the estate mark
  const manifest = (JSON.parse(lines.at(-1)!) as { manifest: ChunkedManifest }).manifest;
  const chunks = lines
    .slice(1, -1)
    .map((l) => JSON.parse(l) as { table: string; rows: Record<string, unknown>[] });
  const operators = chunks.find((c) => c.table === 'operators')!.rows;
  operators.push({ ...operators[0]!, id: 'intruder', name: '外来', role: 'root' });
  const chunkLines = chunks.map((c) => JSON.stringify(c));
  const infos = await Promise.all(
    chunkLines.map(async (line, i) => {
      const bytes = new TextEncoder().encode(line);
      return {
        table: chunks[i]!.table,
        rows: chunks[i]!.rows.length,
        bytes: bytes.length,
        sha256: await sha256HexBytes(bytes),
      };
    }),
  );
  const { counts: _c, sha256: _s, chunks: _k, ...meta } = manifest;
  const { line } = await buildChunkedManifest(infos, meta);
  return [lines[0], ...chunkLines, line].join('\n') + '\n';
}

describe('backup and restore, end to end', () => {
  it('warns, backs up, restores into a fresh database, warns of a foreign file and refuses it', async () => {
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

    await openScreen(page, 'settings?tab=backup', 'backup-status');
    await page.getByTestId('backup-unencrypted-note').waitFor();
    await screenshot(page, 'backup-tab-never');

    const downloading = page.waitForEvent('download');
    await page.getByTestId('backup-now').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^taizhang-\d{8}-\d{6}-manual\.tzbak$/);
    const file = join(OUTPUT_DIR, download.suggestedFilename());
    await download.saveAs(file);
    await showsText(page, 'backup-last', '手动');
    await expect.poll(() => page.getByTestId('backup-stale-banner').count()).toBe(0);
    expect(await page.getByTestId('last-backup-note').textContent()).toMatch(
      /^上次备份：\d\d-\d\d \d\d:\d\d$/,
    );
    // Version 2: a header line, one line per chunk, the manifest, then the estate's mark.
    const text = await readFile(file, 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('{"format":"taizhang-backup/2"}');
    expect(lines.at(-1)).toMatch(/^TZMAC1 [0-9a-f]{64}$/);
    const manifest = (
      JSON.parse(lines.at(-2)!) as {
        manifest: { counts: Record<string, number>; pinsOmitted: boolean };
      }
    ).manifest;
    const total = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
    expect(manifest.counts['operators']).toBe(1);
    // Not encrypted: the PIN hashes are left out (a 6-digit PIN falls offline in minutes).
    expect(manifest.pinsOmitted).toBe(true);
    expect(text).not.toContain('PBKDF2');

    // Restore the file just written: it is the estate's own; a new manager PIN is asked for.
    const choosing = page.waitForEvent('filechooser');
    await page.getByTestId('restore-pick').click();
    await (await choosing).setFiles(file);
    await page.getByTestId('restore-preview').waitFor();
    expect(await page.getByTestId('restore-total').textContent()).toBe(String(total));
    expect(await page.getByTestId('restore-foreign-warning').count()).toBe(0);
    expect(await page.getByTestId('restore-start').isDisabled()).toBe(true);
    await page.getByTestId('restore-new-pin').fill('246810');
    await screenshot(page, 'backup-restore-preview');
    const safety = page.waitForEvent('download');
    await page.getByTestId('restore-start').click();
    await page.getByTestId('restore-confirm-ok').click();
    expect((await safety).suggestedFilename()).toMatch(/-safety\.tzbak$/);
    await expect.poll(() => page.getByText(/恢复完成/).count()).toBeGreaterThan(0);
    // The app reopens on the restored database: sign in with the new PIN.
    await page.getByTestId('signin-pin').waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => localStorage.getItem('taizhang.activeDatabase'))).toMatch(
      /^taizhang-restore-/,
    );
    await pick(page, 'signin-operator', '张经理');
    await page.getByTestId('signin-pin').fill('246810');
    await page.getByTestId('signin-submit').click();
    await showsText(page, 'operator', '张经理');

    // A crafted file with correct checksums but no mark: foreign, warned, then refused.
    await openScreen(page, 'settings?tab=backup', 'restore-panel');
    const foreign = join(OUTPUT_DIR, 'foreign.tzbak');
    await writeFile(foreign, await craftForeign(text));
    const choosingForeign = page.waitForEvent('filechooser');
    await page.getByTestId('restore-pick').click();
    await (await choosingForeign).setFiles(foreign);
    await page.getByTestId('restore-foreign-warning').waitFor();
    await page.getByTestId('restore-new-pin').fill('246810');
    expect(await page.getByTestId('restore-start').isDisabled()).toBe(true);
    await screenshot(page, 'backup-restore-foreign');
    await page.getByTestId('restore-foreign-confirm').check();
    await page.getByTestId('restore-start').click();
    await page.getByTestId('restore-confirm-ok').click();
    await expect
      .poll(() => page.getByTestId('restore-error').textContent())
      .toMatch(/操作员（operators）第 2 行（intruder）字段“角色”.*无效.*未做任何更改/);
    await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
    await page.getByTestId('restore-error').scrollIntoViewIfNeeded();
    await screenshot(page, 'backup-restore-refused');
    expect(await page.getByTestId('operator').textContent()).toContain('张经理');

    // A damaged copy: refused, says why, nothing happens.
    const broken = join(OUTPUT_DIR, 'broken.tzbak');
    await writeFile(broken, text.slice(0, Math.floor(text.length / 2)));
    const choosingBroken = page.waitForEvent('filechooser');
    await page.getByTestId('restore-pick').click();
    await (await choosingBroken).setFiles(broken);
    await showsText(page, 'restore-error', '损坏或不完整');
    expect(await page.getByTestId('restore-preview').count()).toBe(0);
    await screenshot(page, 'backup-restore-corrupt');
    expect(errors).toEqual([]);
  });
});
