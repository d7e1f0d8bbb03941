import { describe, expect, it } from 'vitest';
import { syncHeaderStatus } from '@shared/domain/sync/status';
import { makeUnit } from '../fixtures/archive';
import { pinClock } from '../fixtures/clock';
import { clerk, makeIssueInput, otherClerk } from '../fixtures/moneyActors';
import {
  readStatus,
  REPLICATION_BATCH,
  SyncOfflineError,
} from '../../renderer/src/db/sync/syncEngine';
import { makeDesk, serverDocs } from './harness';
import { loopbackEstate } from './loopback';

const loop = loopbackEstate('estate-faults', ['A', 'B']);

describe('an unreliable network', () => {
  it('survives the server killed mid-replication: resumes, nothing lost or doubled', async () => {
    const a = await makeDesk('', loop.estate.target('A'));
    // More documents than a replication batch (REPLICATION_BATCH), so the cut is part way.
    const ids: string[] = [];
    for (let i = 0; i < 700; i++) {
      ids.push((await a.repos.units.create(makeUnit({ building: `K${i % 7}` }), clerk)).id);
    }
    expect(2 * ids.length).toBeGreaterThan(REPLICATION_BATCH); // units and their audit entries
    let killed: Promise<void> | undefined;
    const cut = a.sync((direction, written) => {
      if (direction === 'up' && written > 0 && !killed) killed = loop.server.kill();
    });
    await expect(cut).rejects.toBeInstanceOf(SyncOfflineError);
    await killed;
    const offline = await readStatus(a.db);
    expect(offline.offlineSince).toBeDefined();
    const partial = (await serverDocs(loop.server, loop.estate.name).catch(() => [])).length;
    expect(partial).toBe(0); // the server is down: nothing answers

    await loop.server.restart();
    const before = (await serverDocs(loop.server, loop.estate.name)).filter((d) =>
      d.id.startsWith('units:'),
    );
    expect(before.length).toBeLessThan(700); // it really was cut part way
    await a.sync();
    expect((await readStatus(a.db)).offlineSince).toBeUndefined();
    const after = (await serverDocs(loop.server, loop.estate.name)).filter((d) =>
      d.id.startsWith('units:'),
    );
    expect(after.map((d) => d.id.slice('units:'.length)).sort()).toEqual([...ids].sort());

    const b = await makeDesk('B', loop.estate.target('B'));
    await b.sync();
    const onB = (await b.db.units.toArray()).map((u) => u.id).sort();
    expect(onB).toEqual([...ids].sort());
    expect(await b.db.audit.where('table').equals('units').count()).toBe(700);
  });

  it('a desk offline for weeks keeps working, warns, and converges when back', async () => {
    const a = await makeDesk('', loop.estate.target('A'));
    const b = await makeDesk('B', loop.estate.target('B'));
    pinClock('2026-10-01T02:00:00.000Z');
    await b.sync();
    expect((await readStatus(b.db)).lastSyncedAt).toMatch(/^2026-10-01/);
    await loop.server.kill();
    // 30 days at the desk without the server: 2 receipts a day on B, a unit a day on A.
    const issued: string[] = [];
    for (let day = 1; day <= 30; day++) {
      pinClock(Date.parse('2026-10-01T02:00:00.000Z') + day * 86_400_000);
      issued.push((await b.repos.receipts.issue(otherClerk, makeIssueInput())).no);
      issued.push((await b.repos.receipts.issue(otherClerk, makeIssueInput())).no);
      await a.repos.units.create(makeUnit({ building: 'W' }), clerk);
      if (day % 10 === 0) await expect(b.sync()).rejects.toBeInstanceOf(SyncOfflineError);
    }
    const state = await readStatus(b.db);
    const header = syncHeaderStatus(true, state, await b.bridge.pendingCount(), new Date(), 3);
    expect(header.kind).toBe('offline');
    expect(header.staleDays).toBeGreaterThanOrEqual(29); // synced 10:00:0x on 1 October
    expect(header.pending).toBeGreaterThanOrEqual(120); // 60 receipts + their audit entries
    expect(state.offlineSince).toMatch(/^2026-10-11/); // the first failed try

    await loop.server.restart();
    await b.sync();
    await a.sync();
    await b.sync();
    const now = syncHeaderStatus(
      true,
      await readStatus(b.db),
      await b.bridge.pendingCount(),
      new Date(),
      3,
    );
    expect(now).toEqual({ kind: 'synced', pending: 0 });
    const onA = (await a.db.receipts.toArray()).map((r) => r.no).sort();
    expect(onA).toEqual([...issued].sort());
    expect(issued.map((n) => Number(n.slice(-6)))).toEqual(
      Array.from({ length: 60 }, (_, i) => i + 1),
    );
    expect(await b.db.units.where('building').equals('W').count()).toBe(30);
  });
});
