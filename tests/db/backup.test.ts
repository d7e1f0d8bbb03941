import { describe, expect, it, vi } from 'vitest';
import { buildBackupFile } from '@shared/domain/backupFormat';
import { PermissionError } from '@shared/domain/record';
import { readAllTables } from '../../renderer/src/db/backup/exportBackup';
import type { TaizhangDB } from '../../renderer/src/db/database';
import type { createRepositories } from '../../renderer/src/db/repositories';
import {
  expectLiveKept,
  expectReplaceRefused,
  manager,
  managerRow,
  moveLiveAhead,
  openRestored,
  OWN_RESTORE,
  seededDesk,
  seedKey,
  snapshot,
} from '../fixtures/backup';
import { clerk } from '../fixtures/moneyActors';
import { makeTestDb } from './makeTestDb';
import { stamps } from '../fixtures/money';

const setup = seededDesk;

/** A version-2 (chunked) backup as bytes. */
const exportNow = async (repos: ReturnType<typeof createRepositories>) => {
  const { file, manifest } = await repos.backup.export({
    appVersion: '0.1.0',
    reason: 'manual',
    encrypted: true,
  });
  return { bytes: new Uint8Array(await file.arrayBuffer()), manifest };
};

/** A version-1 backup of the same data, as earlier releases wrote them. */
const exportV1 = async (db: TaizhangDB) =>
  buildBackupFile(await readAllTables(db), {
    appVersion: '0.0.9',
    schemaVersion: db.verno,
    createdAt: '2026-03-06T00:00:00.000Z',
    reason: 'manual',
  });

describe('backup → wipe → restore', () => {
  it('gives identical counts and an identical spot-checked record in every table', async () => {
    const { db, repos } = await setup();
    const before = await snapshot(db);
    const progress: string[] = [];
    const { file, manifest } = await repos.backup.export({
      appVersion: '0.1.0',
      reason: 'manual',
      encrypted: true,
      onProgress: (done, total, table) => progress.push(`${done}/${total} ${table}`),
    });
    const bytes = new Uint8Array(await file.arrayBuffer());
    // One chunk per table here (every table is small); progress counts rows.
    const rows = Object.values(before).reduce((n, t) => n + t.length, 0);
    // The review's stored months (derived, computed only when a review is shown) are empty here.
    expect(progress).toHaveLength(db.tables.filter((t) => before[t.name]?.length).length);
    expect(progress.at(-1)).toMatch(new RegExp(`^${rows}/${rows} `));
    expect(manifest.counts['receipts']).toBe(2);
    expect(manifest.schemaVersion).toBe(db.verno);
    expect(manifest.range?.from).toBe('2026-03-05T02:00:00.000Z');

    const saveSafetyBackup = vi.fn(async () => undefined);
    const { databaseName } = await repos.backup.restore(bytes, {
      ...OWN_RESTORE,
      mode: 'replace',
      saveSafetyBackup,
    });
    expect(saveSafetyBackup).toHaveBeenCalledOnce();
    // The live database is left as it was (and closed); the restored one is a fresh database.
    expect(db.isOpen()).toBe(false);
    await db.open();
    expect(await snapshot(db)).toEqual(before);
    const restoredDb = await openRestored(db, databaseName);

    const after = await snapshot(restoredDb);
    for (const table of restoredDb.tables.filter((t) => t.name !== 'counters')) {
      const extra = table.name === 'audit' ? 1 : 0; // the restore's own audit entry
      expect(after[table.name], table.name).toHaveLength((before[table.name]?.length ?? 0) + extra);
      const key = table.schema.primKey.keyPath as string;
      const spot = await table.get(seedKey(table.name));
      expect(spot, table.name).toEqual(
        before[table.name]?.find(
          (r) => (r as Record<string, unknown>)[key] === seedKey(table.name),
        ),
      );
    }
    const restored = (await restoredDb.receipts.toArray()).find(
      (r) => r.kind === 'receipt' && r.no.startsWith('SJ2026'),
    );
    expect(restored?.totalFen).toBe(102_000);
    const entry = (await restoredDb.audit.toArray()).find((a) => a.table === 'backup');
    expect(entry).toMatchObject({ action: 'import', actorId: manager.id });
  });

  it('still restores a version-1 file (earlier releases)', async () => {
    const { db, repos } = await setup();
    const v1 = await exportV1(db);
    const before = await snapshot(db);
    const { databaseName } = await repos.backup.restore(v1.bytes, {
      ...OWN_RESTORE,
      mode: 'replace',
      saveSafetyBackup: async () => undefined,
    });
    expect(await (await openRestored(db, databaseName)).receipts.toArray()).toEqual(
      before['receipts'],
    );
  });

  it('merge keeps current rows and never lowers a running number', async () => {
    const { db, repos } = await setup();
    const { bytes } = await exportNow(repos);
    await moveLiveAhead(db);
    const { databaseName } = await repos.backup.restore(bytes, {
      ...OWN_RESTORE,
      mode: 'merge',
      saveSafetyBackup: async () => undefined,
    });
    const merged = await openRestored(db, databaseName);
    await expectLiveKept(merged);
  });

  it('migrates a backup from an older schema version through the Dexie upgrade chain', async () => {
    const { db, repos } = await setup();
    const v1 = await buildBackupFile(
      {
        units: [
          {
            id: 'u-old',
            code: '1-101',
            building: '1',
            status: 'occupied',
            terms: [],
            ...stamps('2025-01-01T00:00:00.000Z', 'mgr-1'),
          },
        ],
        operators: [managerRow('2025-01-01T00:00:00.000Z')],
        settings: [],
        meta: [],
      },
      {
        appVersion: '0.0.1',
        schemaVersion: 1,
        createdAt: '2025-01-02T00:00:00.000Z',
        reason: 'manual',
      },
    );
    const preview = await repos.backup.preview(v1.bytes);
    expect(preview.willMigrate).toBe(true);
    const { databaseName } = await repos.backup.restore(v1.bytes, {
      ...OWN_RESTORE,
      mode: 'replace',
      saveSafetyBackup: async () => undefined,
    });
    const migrated = await openRestored(db, databaseName);
    expect((await migrated.units.toArray()).map((u) => u.code)).toEqual(['1-101']);
    expect(await migrated.receipts.count()).toBe(0);
  });
});

describe('a bad version-1 file is refused and changes nothing', () => {
  async function expectRefused(
    mutate: (bytes: Uint8Array<ArrayBuffer>) => Promise<Uint8Array> | Uint8Array,
    message: RegExp,
  ) {
    const desk = await setup();
    const { bytes } = await exportV1(desk.db);
    await expectReplaceRefused(desk, await mutate(bytes), message);
  }

  const edit = (
    bytes: Uint8Array,
    fn: (file: { manifest: Record<string, unknown>; payload: string }) => void,
  ) => {
    const file = JSON.parse(new TextDecoder().decode(bytes)) as {
      manifest: Record<string, unknown>;
      payload: string;
    };
    fn(file);
    return new TextEncoder().encode(JSON.stringify(file));
  };

  it('corrupt: a changed payload fails the checksum', () =>
    expectRefused(
      (b) => edit(b, (f) => (f.payload = f.payload.replace('张三', '李四'))),
      /校验失败/,
    ));

  it('truncated', () => expectRefused((b) => b.slice(0, Math.floor(b.length / 2)), /损坏或不完整/));

  it('foreign: some other JSON file', () =>
    expectRefused(
      () => new TextEncoder().encode('{"name":"package","version":"1.0.0"}'),
      /不是本系统的备份文件/,
    ));

  it('still encrypted (the browser cannot decrypt; main does)', () =>
    expectRefused(
      (b) => new Uint8Array([...new TextEncoder().encode('TZBKENC1'), ...b]),
      /已加密/,
    ));

  it('foreign: binary junk', () =>
    expectRefused(() => new Uint8Array([0xff, 0xfe, 0x00, 0x9c]), /损坏或不完整/));

  it('wrong schema: a table this app does not know', async () => {
    const junk = await buildBackupFile(
      { units: [], strangers: [{ id: 'x' }] },
      {
        appVersion: '0.1.0',
        schemaVersion: 2,
        createdAt: '2026-01-01T00:00:00.000Z',
        reason: 'manual',
      },
    );
    await expectRefused(() => junk.bytes, /不认识的数据表/);
  });

  it('wrong schema: manifest counts that do not match the content', () =>
    expectRefused(
      (b) => edit(b, (f) => ((f.manifest['counts'] as Record<string, number>)['receipts'] = 9)),
      /清单与内容不符/,
    ));

  it('newer version', async () => {
    const db = makeTestDb();
    await db.open();
    const newer = await buildBackupFile(
      { units: [] },
      {
        appVersion: '9.0.0',
        schemaVersion: db.verno + 1,
        createdAt: '2027-01-01T00:00:00.000Z',
        reason: 'manual',
      },
    );
    await expectRefused(() => newer.bytes, /更新版本的软件.*请先升级/);
  });

  /** Restores a fresh export with `opts`; the restore must fail and leave the live data as it was. */
  async function expectRestoreStopped(
    opts: Partial<Parameters<ReturnType<typeof createRepositories>['backup']['restore']>[1]>,
    refusal: (rejects: Promise<unknown>) => Promise<void>,
  ) {
    const { db, repos } = await setup();
    const { bytes } = await exportNow(repos);
    const before = await snapshot(db);
    await refusal(
      repos.backup.restore(bytes, {
        ...OWN_RESTORE,
        mode: 'replace',
        saveSafetyBackup: async () => undefined,
        ...opts,
      }),
    );
    expect(await snapshot(db)).toEqual(before);
  }

  it('a clerk may not restore, even with a good file', async () => {
    await expectRestoreStopped({ actor: clerk }, (r) =>
      expect(r).rejects.toBeInstanceOf(PermissionError),
    );
  });

  it('a failing safety backup stops the restore', async () => {
    const saveSafetyBackup = async () => {
      throw new Error('磁盘已满');
    };
    await expectRestoreStopped({ saveSafetyBackup }, (r) => expect(r).rejects.toThrow('磁盘已满'));
  });
});
