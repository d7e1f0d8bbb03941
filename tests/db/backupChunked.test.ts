import { describe, expect, it, vi } from 'vitest';
import { CHUNKED_HEADER_LINE } from '@shared/domain/backupChunks';
import { createRepositories } from '../../renderer/src/db/repositories';
import { RestoreFailedError } from '../../renderer/src/db/backup/restoreBackup';
import { blobSource } from '../../renderer/src/db/backup/backupSource';
import {
  expectLiveKept,
  expectReplaceRefused,
  manager,
  moveLiveAhead,
  openRestored,
  OWN_RESTORE,
  seedEveryTable,
  snapshot,
} from '../fixtures/backup';
import { makeTestDb } from './makeTestDb';

/** Every table seeded, and 29 extra units so `units` spans three chunks of 10 rows. */
async function setup() {
  const db = makeTestDb();
  const repos = createRepositories(db);
  await seedEveryTable(db);
  const seed = (await db.units.get('seed-units'))!;
  await db.units.bulkPut(
    Array.from({ length: 29 }, (_, i) => ({
      ...seed,
      id: `u-${String(i).padStart(2, '0')}`,
      code: `S-2-${String(i).padStart(3, '0')}`,
    })),
  );
  return { db, repos };
}

async function exportSmallChunks(repos: ReturnType<typeof createRepositories>) {
  const { file, manifest } = await repos.backup.export({
    appVersion: '0.2.0',
    reason: 'manual',
    chunkRows: 10,
    encrypted: true, // keeps the PIN hashes, as main's encrypted files do
  });
  return { file, manifest, text: await file.text() };
}

describe('chunked (version 2) backup', () => {
  {
    it(`round-trips many chunks with progress, into a fresh database`, async () => {
      const { db, repos } = await setup();
      const before = await snapshot(db);
      const rowsBefore = Object.values(before).reduce((n, t) => n + t.length, 0);
      const exported: number[] = [];
      const { file, manifest } = await repos.backup.export({
        appVersion: '0.2.0',
        reason: 'manual',
        chunkRows: 10,
        encrypted: true,
        onProgress: (done) => exported.push(done),
      });
      // units: 30 rows = three chunks of 10; every other table one chunk of 1 row (the review's
      // stored months, derived when a review is shown, have none here).
      expect(manifest.chunks.filter((c) => c.table === 'units').map((c) => c.rows)).toEqual([
        10, 10, 10,
      ]);
      expect(manifest.chunks).toHaveLength(
        db.tables.filter((t) => before[t.name]?.length).length + 2,
      );
      expect(manifest.counts['units']).toBe(30);
      expect(exported.at(-1)).toBe(rowsBefore);
      expect((await file.text()).startsWith(`${CHUNKED_HEADER_LINE}\n`)).toBe(true);

      const progress: string[] = [];
      const saveSafetyBackup = vi.fn(async () => undefined);
      const activate = vi.fn();
      const { counts, databaseName } = await repos.backup.restore(blobSource(file), {
        ...OWN_RESTORE,
        mode: 'replace',
        saveSafetyBackup,
        activate,
        onProgress: (done, total, phase) => progress.push(`${phase} ${done}/${total}`),
      });
      expect(activate).toHaveBeenCalledWith(databaseName, db.name);
      expect(databaseName).toMatch(/^taizhang-restore-/);
      expect(saveSafetyBackup).toHaveBeenCalledOnce();
      expect(counts['units']).toBe(30);
      // One report per chunk while checking, then at least one while writing.
      expect(progress.filter((p) => p.startsWith('check'))).toHaveLength(manifest.chunks.length);
      expect(progress).toContain(`check ${rowsBefore}/${rowsBefore}`);
      expect(progress.at(-1)).toBe(`write ${rowsBefore}/${rowsBefore}`);
      const restored = await openRestored(db, databaseName);
      const after = await snapshot(restored);
      // Counters are reconciled with the numbers stored: a row per series and period in use.
      expect(await restored.counters.get('counter:ZX:2025')).toMatchObject({
        key: 'counter:ZX:2025',
        next: 7,
      });
      expect((await restored.counters.get('counter:SJ:2025'))?.next).toBe(2);
      for (const table of restored.tables.filter((t) => t.name !== 'counters')) {
        const extra = table.name === 'audit' ? 1 : 0; // the restore's own audit entry
        expect(after[table.name], table.name).toHaveLength(
          (before[table.name]?.length ?? 0) + extra,
        );
      }
      expect(await restored.units.get('u-17')).toEqual(
        before['units']!.find((u) => (u as { id: string }).id === 'u-17'),
      );
      const entry = (await restored.audit.toArray()).find((a) => a.table === 'backup');
      expect(entry).toMatchObject({ action: 'import', actorId: manager.id });
    });
  }

  it('merges into a fresh copy without lowering a running number', async () => {
    const { db, repos } = await setup();
    const { file } = await exportSmallChunks(repos);
    await moveLiveAhead(db);
    const { databaseName } = await repos.backup.restore(blobSource(file), {
      ...OWN_RESTORE,
      mode: 'merge',
      saveSafetyBackup: async () => undefined,
    });
    const restored = await openRestored(db, databaseName);
    await expectLiveKept(restored);
    expect(await restored.units.count()).toBe(31);
  });

  it('previews from the manifest alone', async () => {
    const { repos } = await setup();
    const { file, manifest } = await exportSmallChunks(repos);
    const preview = await repos.backup.preview(blobSource(file));
    expect(preview.manifest.counts).toEqual(manifest.counts);
    expect(preview.willMigrate).toBe(false);
  });

  it('a write that fails midway leaves the live data as it was and switches nothing', async () => {
    const { db, repos } = await setup();
    const { file, manifest } = await exportSmallChunks(repos);
    const before = await snapshot(db);
    const activate = vi.fn();
    const saveSafetyBackup = vi.fn(async () => undefined);
    // The source dies after the checking pass: the writing pass reads garbage.
    const source = blobSource(file);
    let reads = 0;
    const failing = {
      size: source.size,
      read: async (offset: number, length: number) => {
        reads++;
        if (reads > manifest.chunks.length + 3) throw new TypeError('Failed to fetch');
        return source.read(offset, length);
      },
    };
    const error = await repos.backup
      .restore(failing, { ...OWN_RESTORE, mode: 'replace', saveSafetyBackup, activate })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreFailedError);
    expect((error as Error).message).toMatch(/当前数据未受影响/);
    expect(activate).not.toHaveBeenCalled();
    expect(saveSafetyBackup).not.toHaveBeenCalled();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('a bad version-2 file is refused and changes nothing', () => {
  async function expectRefused(mutate: (lines: string[]) => string, message: RegExp) {
    const desk = await setup();
    const { text } = await exportSmallChunks(desk.repos);
    const lines = text.split('\n').slice(0, -1); // the file ends with "\n"
    await expectReplaceRefused(desk, new TextEncoder().encode(mutate([...lines])), message);
  }
  const join = (lines: string[]) => `${lines.join('\n')}\n`;
  // Line 0 is the header, the last line the manifest; units' chunks are the ones with 10 rows.
  const unitsChunk = (lines: string[]) => lines.findIndex((l) => l.startsWith('{"table":"units"'));

  it('a corrupted chunk (same length, one character changed)', () =>
    expectRefused((lines) => {
      const i = unitsChunk(lines);
      lines[i] = lines[i]!.replace('u-03', 'u-93');
      return join(lines);
    }, /校验失败/));

  it('a missing chunk', () =>
    expectRefused((lines) => {
      lines.splice(unitsChunk(lines), 1);
      return join(lines);
    }, /损坏或不完整/));

  it('a truncated file', () =>
    expectRefused(
      (lines) => join(lines).slice(0, Math.floor(join(lines).length * 0.6)),
      /损坏或不完整/,
    ));

  it('a reordered file (two chunks of the same size swapped)', () =>
    expectRefused((lines) => {
      // units' 2nd and 3rd chunks (u-09…u-18, u-19…u-28) have exactly the same length.
      const i = unitsChunk(lines) + 1;
      expect(lines[i]!.length).toBe(lines[i + 1]!.length);
      [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
      return join(lines);
    }, /校验失败/));

  it('a manifest whose counts were changed', () =>
    expectRefused((lines) => {
      const last = lines.length - 1;
      lines[last] = lines[last]!.replace('"units":30', '"units":31');
      return join(lines);
    }, /清单与内容不符/));

  it('a chunk list edited to match a changed chunk still fails the overall checksum', () =>
    expectRefused((lines) => {
      const last = lines.length - 1;
      lines[last] = lines[last]!.replace(
        /"sha256":"[0-9a-f]{64}"(?=})/,
        `"sha256":"${'0'.repeat(64)}"`,
      );
      return join(lines);
    }, /校验失败/));

  it('a newer schema version', () =>
    expectRefused((lines) => {
      const last = lines.length - 1;
      lines[last] = lines[last]!.replace(/"schemaVersion":\d+/, '"schemaVersion":999');
      return join(lines);
    }, /更新版本的软件/));
});
