import { describe, expect, it } from 'vitest';
import { docIdOf } from '@shared/domain/sync/replication';
import type { ApplyOptions } from '../../renderer/src/db/sync/applyChanges';
import { openRemote } from '../../renderer/src/db/sync/syncEngine';
import { makePerson, makeUnit } from '../fixtures/archive';
import { clerk, otherClerk } from '../fixtures/moneyActors';
import { makeDesk, Pouch } from './harness';
import { converge, firstDeskWith, loopbackEstate } from './loopback';

const loop = loopbackEstate('estate-along', ['A', 'B', 'C']);

/**
 * Applying while the download goes on (syncEngine.ts ApplyAlong): a new desk's initial sync was
 * the whole download, then the whole apply; on two cores the server serves the next batches
 * while the desk writes Dexie.
 */
describe('applying while downloading', () => {
  it('applies batches before a download of several batches has ended, each row once', async () => {
    // 2,401 units and the audit entry of the one created through the repository: 3 batches.
    const { desk: a, ids } = await firstDeskWith(loop.estate.target('A'), 2400, 'R');
    await a.sync();

    const b = await makeDesk('B', loop.estate.target('B'));
    let batches = 0;
    const calls: { batchesBefore: number; options?: ApplyOptions; applied: number }[] = [];
    const apply = b.bridge.apply.bind(b.bridge);
    let running = 0;
    b.bridge.apply = async (options?: ApplyOptions) => {
      running++;
      // Never two applies at once.
      expect(running).toBe(1);
      const batchesBefore = batches;
      try {
        const done = await apply(options);
        calls.push({ batchesBefore, ...(options ? { options } : {}), applied: done.applied });
        return done;
      } finally {
        running--;
      }
    };
    const round = await b.sync((direction) => {
      if (direction === 'down') batches++;
    });

    expect(batches).toBeGreaterThanOrEqual(3);
    const during = calls.filter((c) => c.batchesBefore < batches);
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((c) => c.options?.resolve === false)).toBe(true);
    expect(during.reduce((s, c) => s + c.applied, 0)).toBeGreaterThan(0);
    expect((await b.db.units.bulkGet(ids)).every((u) => u !== undefined)).toBe(true);
    // Nothing applied twice: the run's count is the rows that came, once each.
    expect(round.applied).toBe(calls.reduce((s, c) => s + c.applied, 0));
    expect(round.applied).toBe(ids.length + 1);
  });

  it('leaves a document in conflict to the apply after the download', async () => {
    const a = await makeDesk('', loop.estate.target('A'));
    const c = await makeDesk('C', loop.estate.target('C'));
    const unit = await a.repos.units.create(makeUnit(), clerk);
    const person = await a.repos.people.create(unit.id, makePerson({ name: '张三' }), clerk);
    await converge(a, c);
    await a.repos.people.update(person.id, makePerson({ name: '张叁' }), clerk);
    await a.sync();
    await c.repos.people.update(person.id, makePerson({ name: '张三丰' }), otherClerk);
    await c.bridge.push();
    // The download alone: C's replica then holds both revisions of the person.
    await Pouch.replicate(openRemote(Pouch, c.target), c.replica);
    const id = docIdOf('people', person.id);
    expect((await c.replica.get(id, { conflicts: true }))._conflicts?.length).toBe(1);

    // As during a download: not resolved (that would write the replica), stopped before it.
    const during = await c.bridge.apply({ resolve: false });
    expect(during).toMatchObject({ conflicts: 0, held: true });
    expect((await c.replica.get(id, { conflicts: true }))._conflicts?.length).toBe(1);
    expect(await c.bridge.apply({ resolve: false })).toMatchObject({ applied: 0, held: true });

    // The apply after the download resolves it.
    const after = await c.bridge.apply();
    expect(after.held).toBeUndefined();
    expect(after.conflicts).toBeGreaterThan(0);
    expect((await c.replica.get(id, { conflicts: true }))._conflicts).toBeUndefined();
  });
});
