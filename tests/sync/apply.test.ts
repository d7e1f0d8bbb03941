import { describe, expect, it, vi } from 'vitest';
import { makeUnit } from '../fixtures/archive';
import { clerk, otherClerk } from '../fixtures/moneyActors';
import { UNIQUE_FIELD } from '../../renderer/src/db/sync/bridge';
import { makeDesk } from './harness';
import { converge, firstDeskWith, loopbackEstate, spyPerRow } from './loopback';

const loop = loopbackEstate('estate-apply', ['A', 'B', 'C']);

describe("applying the server's changes to Dexie", () => {
  it('applies a new desk’s initial sync in bulk: no read or write per document', async () => {
    const { desk: a, ids } = await firstDeskWith(loop.estate.target('A'), 1500, '9');
    await a.sync();

    const b = await makeDesk('B', loop.estate.target('B'));
    const perDoc = spyPerRow(b);
    const transactions = vi.spyOn(b.db, 'transaction');
    await b.sync();

    expect(await b.db.units.count()).toBe(1501);
    const onB = await b.db.units.bulkGet(ids);
    const onA = await a.db.units.bulkGet(ids);
    expect(onB.map((r) => r?.code)).toEqual(onA.map((r) => r?.code));
    for (const spy of perDoc) expect(spy).not.toHaveBeenCalled();
    // One transaction per batch of a thousand changes (not one per document).
    const names = (tables: unknown) =>
      [tables].flat().map((t) => (typeof t === 'string' ? t : (t as { name: string }).name));
    const applying = transactions.mock.calls.filter(([, tables]) =>
      names(tables).includes('units'),
    );
    expect(applying.length).toBeLessThanOrEqual(3);
    // Nothing came back as pending, and the next sync applies nothing again.
    expect(await b.bridge.pendingCount()).toBe(0);
    expect((await b.sync()).applied).toBe(0);
  });

  it('lists a row that collides with a unique index and applies the rest of the batch', async () => {
    const a = await makeDesk('', loop.estate.target('A'));
    const c = await makeDesk('C', loop.estate.target('C'));
    await converge(a, c);
    // The same unit typed on both desks while apart: two ids, one unit code.
    const onA = await a.repos.units.create(makeUnit({ building: '77', room: '1' }), clerk);
    const others = [];
    for (let i = 2; i < 6; i++) {
      others.push(await a.repos.units.create(makeUnit({ building: '77', room: String(i) }), clerk));
    }
    const onC = await c.repos.units.create(makeUnit({ building: '77', room: '1' }), otherClerk);
    expect(onC.code).toBe(onA.code);

    await converge(a, c);
    // C keeps its own row and lists A's; A's other rows of the batch arrived.
    expect((await c.db.units.get(onC.id))?.code).toBe(onA.code);
    expect(await c.db.units.get(onA.id)).toBeUndefined();
    for (const u of others) expect((await c.db.units.get(u.id))?.code).toBe(u.code);
    const listed = await c.db.syncConflicts.toArray();
    expect(listed.some((x) => x.field === UNIQUE_FIELD && x.recordId === onA.id)).toBe(true);
  });
});
