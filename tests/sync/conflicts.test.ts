import { describe, expect, it } from 'vitest';
import { makePerson, makeUnit } from '../fixtures/archive';
import { clerk, otherClerk, supervisor } from '../fixtures/moneyActors';
import { fromNow } from '../fixtures/clock';
import { makeDesk } from './harness';
import { converge, loopbackEstate } from './loopback';

const loop = loopbackEstate('estate-conflicts', ['A', 'B']);

describe('the same record changed on two desks', () => {
  it('merges field by field and lists the field both changed, the same on both desks', async () => {
    const a = await makeDesk('', loop.estate.target('A'));
    const b = await makeDesk('B', loop.estate.target('B'));
    const unit = await a.repos.units.create(makeUnit(), clerk);
    const person = await a.repos.people.create(unit.id, makePerson({ name: '张三' }), clerk);
    await converge(a, b);
    expect(await b.db.people.get(person.id)).toBeDefined();

    // Offline on both: A corrects the phone and the name, B the grade and the name.
    await a.repos.people.update(
      person.id,
      makePerson({ name: '张叁', phones: ['13900001111'] }),
      clerk,
    );
    await new Promise((r) => setTimeout(r, 5)); // B's change is the later one
    await b.repos.people.update(
      person.id,
      makePerson({ name: '张三丰', grade: 'vip' }),
      otherClerk,
    );

    await converge(a, b);
    const onA = await a.db.people.get(person.id);
    const onB = await b.db.people.get(person.id);
    expect(onA).toEqual(onB);
    expect(onA).toMatchObject({ phones: ['13900001111'], grade: 'vip', name: '张三丰' });

    // The name both changed: the later one kept, the other listed — once, on both desks.
    const listA = await a.repos.syncConflicts.listOpen();
    const listB = await b.repos.syncConflicts.listOpen();
    expect(listA.map((c) => [c.table, c.recordId, c.field, c.kept, c.other])).toEqual([
      ['people', person.id, 'name', '张三丰', '张叁'],
    ]);
    expect(listB.map((c) => c.id)).toEqual(listA.map((c) => c.id));
    // No more conflicts than fields: terms (derived) merged, phones/grade merged cleanly.
    expect(await a.db.syncConflicts.count()).toBe(1);

    // A supervisor swaps in the other value; both desks follow.
    await expect(a.repos.syncConflicts.swap(clerk, listA[0]!.id)).rejects.toThrow();
    await a.repos.syncConflicts.swap(supervisor, listA[0]!.id);
    await converge(a, b);
    expect((await b.db.people.get(person.id))?.name).toBe('张叁');
    expect((await b.db.syncConflicts.get(listA[0]!.id))?.status).toBe('swapped');
    expect(await b.repos.syncConflicts.countOpen()).toBe(0);
    expect(await a.repos.syncConflicts.countOpen()).toBe(0);
  });

  it('changes made during a push are not lost', async () => {
    const a = await makeDesk('', loop.estate.target('A'));
    const unit = await a.repos.units.create(makeUnit(), clerk);
    const person = await a.repos.people.create(unit.id, makePerson({ name: '王五' }), clerk);
    const pushing = a.bridge.push();
    await a.repos.people.update(person.id, makePerson({ name: '王六' }), clerk);
    await pushing;
    await a.sync();
    const b = await makeDesk('B', loop.estate.target('B'));
    await b.sync();
    expect((await b.db.people.get(person.id))?.name).toBe('王六');
    expect(await a.bridge.pendingCount()).toBe(0);
  });

  it('a revisit recorded on one desk while the other edits keeps both (stays reopened)', async () => {
    const a = await makeDesk('', loop.estate.target('A'));
    const b = await makeDesk('B', loop.estate.target('B'));
    // A generic record with a flow: written straight through the audited path.
    const { insertAudited, updateAudited } = await import('../../renderer/src/db/audited');
    const created = await a.db.transaction('rw', [a.db.cases, a.db.audit], () =>
      insertAudited(
        a.db,
        a.db.cases,
        { kind: 'complaint', status: 'closed', revisits: [], history: [] } as never,
        clerk,
      ),
    );
    await converge(a, b);
    await a.db.transaction('rw', [a.db.cases, a.db.audit], () =>
      updateAudited(
        a.db,
        a.db.cases,
        created.id,
        {
          status: 'open',
          revisits: [{ id: 'rv1', satisfaction: 'unsatisfied', at: fromNow(0) }],
        } as never,
        clerk,
      ),
    );
    await new Promise((r) => setTimeout(r, 5));
    await b.db.transaction('rw', [b.db.cases, b.db.audit], () =>
      updateAudited(b.db, b.db.cases, created.id, { status: 'revisited' } as never, otherClerk),
    );
    await converge(a, b);
    const onA = (await a.db.cases.get(created.id)) as unknown as Record<string, unknown>;
    const onB = (await b.db.cases.get(created.id)) as unknown as Record<string, unknown>;
    expect(onA).toEqual(onB);
    expect(onA['status']).toBe('open');
    expect(onA['revisits']).toHaveLength(1);
  });
});
