import { describe, expect, it, vi } from 'vitest';
import { PUSH_BATCH } from '../../renderer/src/db/sync/push';
import { SyncOfflineError } from '../../renderer/src/db/sync/syncEngine';
import { makeDesk, serverDocs } from './harness';
import { firstDeskWith, loopbackEstate, spyPerRow } from './loopback';

const loop = loopbackEstate('estate-push', ['A', 'B']);

/** The replica writes the bridge made (the replicator's own carry `new_edits: false`). */
function bridgeWrites(spy: { mock: { calls: unknown[][] } }): unknown[][] {
  const replicated = (arg: unknown, options: unknown) =>
    (options as { new_edits?: boolean } | undefined)?.new_edits === false ||
    (!Array.isArray(arg) && (arg as { new_edits?: boolean }).new_edits === false);
  return spy.mock.calls
    .filter(([docs, options]) => !replicated(docs, options))
    .map(([docs]) => (Array.isArray(docs) ? docs : (docs as { docs: unknown[] }).docs));
}

describe("the first desk's upload", () => {
  it('pushes the outbox in bulk batches: no read or write per row, batch size kept', async () => {
    const { desk: a, ids } = await firstDeskWith(loop.estate.target('A'), 1200, 'P');
    const perRow = spyPerRow(a);
    const bulkDocs = vi.spyOn(a.replica, 'bulkDocs');
    await a.sync();

    for (const spy of perRow) expect(spy).not.toHaveBeenCalled();
    const writes = bridgeWrites(bulkDocs);
    // 1,201 units and their 1 audit entry: three batches of at most PUSH_BATCH documents.
    expect(writes.length).toBe(Math.ceil(1202 / PUSH_BATCH));
    for (const docs of writes) expect(docs.length).toBeLessThanOrEqual(PUSH_BATCH);
    expect(await a.db.syncOutbox.count()).toBe(0);
    const onServer = (await serverDocs(loop.server, loop.estate.name))
      .filter((d) => d.id.startsWith('units:P') || ids.includes(d.id.slice('units:'.length)))
      .map((d) => d.id.slice('units:'.length));
    expect(onServer.sort()).toEqual([...ids].sort());
  });

  it('a cut between writing a batch and clearing its notes sends nothing twice', async () => {
    const { desk: a, ids } = await firstDeskWith(loop.estate.target('A'), 700, 'Q');
    const original = a.db.syncRevs.bulkPut.bind(a.db.syncRevs);
    let cuts = 0;
    // The second batch's marking transaction fails (the PC switched off after the replica write).
    const marking = vi.spyOn(a.db.syncRevs, 'bulkPut').mockImplementation((...args) => {
      if (++cuts === 2) throw new Error('power cut');
      return original(...args);
    });
    await expect(a.sync()).rejects.toBeInstanceOf(SyncOfflineError);
    expect(await a.db.syncOutbox.count()).toBeGreaterThan(0); // the cut batch's notes stay
    marking.mockRestore();

    const bulkDocs = vi.spyOn(a.replica, 'bulkDocs');
    await a.sync();
    // The cut batch was already in the replica at those rows: no new revision is written.
    expect(bridgeWrites(bulkDocs).flat()).toEqual([]);
    expect(await a.db.syncOutbox.count()).toBe(0);
    const units = (await serverDocs(loop.server, loop.estate.name)).filter((d) =>
      ids.includes(d.id.slice('units:'.length)),
    );
    expect(units.map((d) => d.id.slice('units:'.length)).sort()).toEqual([...ids].sort());
    for (const d of units) expect(String(d.doc['_rev'])).toMatch(/^1-/);

    const b = await makeDesk('B', loop.estate.target('B'));
    await b.sync();
    expect((await b.db.units.bulkGet(ids)).every((u) => u !== undefined)).toBe(true);
  });
});
