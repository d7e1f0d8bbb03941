import { describe, expect, it } from 'vitest';
import { makeUnit } from '../fixtures/archive';
import { manager, managerRow, openRestored } from '../fixtures/backup';
import { clerk, makeIssueInput, otherClerk } from '../fixtures/moneyActors';
import { SyncOfflineError } from '../../renderer/src/db/sync/syncEngine';
import { openRemote } from '../../renderer/src/db/sync/syncEngine';
import { progressRecorder, readProgress } from '../../renderer/src/db/sync/progress';
import { makeDesk, Pouch, serverDocs, snapshot, type Desk } from './harness';
import { loopbackEstate } from './loopback';

const TABLES = ['units', 'receipts', 'audit'];
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

const loop = loopbackEstate('estate-seed', ['A', 'B', 'C']);

/** Desk A's backup file, restored as a new PC's database (the app's own export and restore). */
async function backupAndRestore(desk: Desk) {
  const { file } = await desk.repos.backup.export({
    appVersion: '0.1.0',
    reason: 'manual',
    encrypted: true,
  });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { databaseName } = await desk.repos.backup.restore(bytes, {
    actor: manager,
    verified: true,
    activate: () => undefined,
    mode: 'replace',
    saveSafetyBackup: async () => undefined,
  });
  await desk.db.open();
  return openRestored(desk.db, databaseName);
}

/** Every replicated row of both desks, less the restore's own audit entry (this PC's event). */
async function expectSame(a: Desk, b: Desk) {
  const own = (m: Map<string, unknown>) => {
    for (const [k, v] of m) if ((v as { table?: string }).table === 'backup') m.delete(k);
    return m;
  };
  const sa = own(await snapshot(a, TABLES));
  const sb = own(await snapshot(b, TABLES));
  expect([...sb.keys()].sort()).toEqual([...sa.keys()].sort());
  for (const [key, row] of sa) expect(json(sb.get(key)), key).toEqual(json(row));
}

describe('a new desk seeded from the estate’s latest backup', () => {
  it('replicates only what came after the backup; nothing lost or doubled', async () => {
    const a = await makeDesk('', loop.estate.target('A'));
    await a.db.operators.put(managerRow('2026-01-01T00:00:00.000Z') as never);
    const units = [];
    for (let i = 0; i < 150; i++) {
      const input = makeUnit();
      units.push({ input, id: (await a.repos.units.create(input, clerk)).id });
    }
    for (let i = 0; i < 10; i++) await a.repos.receipts.issue(clerk, makeIssueInput());
    await a.sync();
    // Typed on A after its last sync, then A's PC dies: these exist only in its backup.
    for (const u of units.slice(0, 5))
      await a.repos.units.update(u.id, { ...u.input, status: 'vacant' }, clerk);
    const lost = await a.repos.receipts.issue(clerk, makeIssueInput());
    const restored = await backupAndRestore(a);

    // The estate goes on without A: desk B adds and changes records.
    const b = await makeDesk('B', loop.estate.target('B'));
    await b.sync();
    for (let i = 0; i < 20; i++)
      await b.repos.units.create(makeUnit({ building: 'NEW' }), otherClerk);
    for (const u of units.slice(10, 13))
      await b.repos.units.update(u.id, { ...u.input, status: 'renovating' }, otherClerk);
    await b.sync();
    const onServer = (await serverDocs(loop.server, loop.estate.name)).length;

    // The new PC: desk C on the restored database.
    const c = await makeDesk('C', loop.estate.target('C'), restored);
    let down = 0;
    await c.sync((direction, written) => {
      if (direction === 'down') down = written;
    });
    // Only what came after A's last download travelled: B's 20 units and 3 changes (+ audit).
    expect(onServer).toBeGreaterThan(320);
    expect(down).toBeGreaterThanOrEqual(46);
    expect(down).toBeLessThan(60);
    await b.sync();
    await c.sync();

    await expectSame(b, c);
    const onB = await b.db.units.toArray();
    expect(onB).toHaveLength(170);
    expect(onB.filter((u) => u.status === 'vacant')).toHaveLength(5); // A's unsynced work saved
    expect(onB.filter((u) => u.status === 'renovating')).toHaveLength(3);
    expect((await b.db.receipts.toArray()).map((r) => r.no).sort()).toEqual(
      (await c.db.receipts.toArray()).map((r) => r.no).sort(),
    );
    expect(await b.db.receipts.get(lost.id)).toBeDefined();
    expect(await b.db.receipts.count()).toBe(11);
    const audit = await b.db.audit.toArray();
    expect(new Set(audit.map((e) => e.id)).size).toBe(audit.length);
    expect(await c.repos.syncConflicts.listOpen()).toEqual([]);
    // C numbers in its own series, after the restore.
    expect((await c.repos.receipts.issue(clerk, makeIssueInput())).no).toMatch(/-C-000001$/);
  });
});

describe('initial replication', () => {
  it('shows progress, and resumes after the server is killed mid-way', async () => {
    const a = await makeDesk('', loop.estate.target('A'));
    const ids: string[] = [];
    for (let i = 0; i < 400; i++) ids.push((await a.repos.units.create(makeUnit(), clerk)).id);
    await a.sync();
    // The server's documents and its design document.
    const total = (await serverDocs(loop.server, loop.estate.name)).length + 1;

    const b = await makeDesk('B', loop.estate.target('B'));
    const remote = openRemote(Pouch, b.target);
    const first = await progressRecorder(b.db, b.replica, remote);
    let killed: Promise<void> | undefined;
    const seen: number[] = [];
    const cut = b.sync((direction, written) => {
      first.onProgress(direction, written);
      if (direction === 'down') seen.push(written);
      if (direction === 'down' && written >= 200 && !killed) killed = loop.server.kill();
    });
    await expect(cut).rejects.toBeInstanceOf(SyncOfflineError);
    await killed;
    await first.end(false);
    const stopped = await readProgress(b.db);
    expect(stopped).toMatchObject({ cut: true, total });
    expect(stopped!.received).toBeGreaterThanOrEqual(200);
    expect(stopped!.received).toBeLessThan(total);
    // Applied while it came (syncEngine.ts), a whole batch per transaction: only what arrived.
    expect(await b.db.units.count()).toBeLessThanOrEqual(stopped!.received);

    await loop.server.restart();
    const again = await progressRecorder(b.db, b.replica, openRemote(Pouch, b.target));
    expect((await readProgress(b.db))?.received).toBe(stopped!.received); // carries on from there
    let second = 0;
    await b.sync((direction, written) => {
      again.onProgress(direction, written);
      if (direction === 'down') second = written;
    });
    await again.end(true);
    expect(await readProgress(b.db)).toBeUndefined();
    // Resumed from the checkpoint: what arrived before the cut did not come again.
    expect(second).toBeLessThanOrEqual(total - 200);
    expect(second).toBeGreaterThan(0);
    const onB = (await b.db.units.toArray()).map((u) => u.id);
    expect(new Set(onB).size).toBe(onB.length);
    for (const id of ids) expect(onB).toContain(id);
    expect(await b.db.audit.where('table').equals('units').count()).toBe(
      await a.db.audit.where('table').equals('units').count(),
    );
  });
});
