import { describe, expect, it } from 'vitest';
import {
  ArchiveInputError,
  UnitCodeTakenError,
} from '../../renderer/src/db/repositories/archiveErrors';
import { archiveClerk as clerk, makeUnit } from '../fixtures/archive';
import { makeTestRepos } from './makeTestDb';

describe('unit repository', () => {
  it('counts the households (入住户数): occupied, renovating and in custody, not vacant or removed', async () => {
    const repos = makeTestRepos();
    expect(await repos.units.householdCount()).toBe(0);
    for (const status of ['occupied', 'occupied', 'renovating', 'custody', 'vacant'] as const)
      await repos.units.create(makeUnit({ status }), clerk);
    expect(await repos.units.householdCount()).toBe(4);
    const gone = await repos.units.create(makeUnit({ status: 'occupied' }), clerk);
    await repos.db.units.update(gone.id, { deletedAt: '2026-11-17T02:30:00.000Z' });
    expect(await repos.units.householdCount()).toBe(4);
  });

  it('creates a unit with its code and search terms, and audits it in the same transaction', async () => {
    const repos = makeTestRepos();
    const unit = await repos.units.create(
      makeUnit({ building: '03', entrance: '1', room: '1201' }),
      clerk,
    );
    expect(unit).toMatchObject({
      code: '3-1-1201',
      building: '3',
      floor: 12,
      status: 'occupied',
      createdBy: clerk.id,
    });
    expect(unit.terms).toEqual(expect.arrayContaining(['3-1-1201', '1201', '3-1201']));
    const audit = await repos.audit.list({ recordId: unit.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', table: 'units', actorId: clerk.id });
    expect(audit[0]?.changes?.code).toEqual([undefined, '3-1-1201']);
  });

  it('refuses a unit code that is taken, and writes nothing for the refused one', async () => {
    const repos = makeTestRepos();
    await repos.units.create(makeUnit({ room: '501' }), clerk);
    await expect(
      repos.units.create(makeUnit({ room: '501', building: '3' }), clerk),
    ).rejects.toBeInstanceOf(UnitCodeTakenError);
    expect(await repos.units.count()).toBe(1);
    expect(await repos.audit.list({ table: 'units' })).toHaveLength(1);
  });

  it('refuses input the domain schema refuses, with its Chinese message', async () => {
    const repos = makeTestRepos();
    const err = await repos.units.create(makeUnit({ room: '' }), clerk).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArchiveInputError);
    expect((err as Error).message).toContain('请输入房号');
  });

  it('audits an update as a field diff and keeps codes unique on update', async () => {
    const repos = makeTestRepos();
    const a = await repos.units.create(makeUnit({ room: '601' }), clerk);
    await repos.units.create(makeUnit({ room: '602' }), clerk);
    const changed = await repos.units.update(
      a.id,
      { ...makeUnit({ room: '601' }), status: 'renovating', notes: '换锁' },
      clerk,
    );
    expect(changed.status).toBe('renovating');
    const [latest] = await repos.audit.list({ recordId: a.id });
    expect(latest?.action).toBe('update');
    expect(latest?.changes).toEqual({
      status: ['occupied', 'renovating'],
      notes: [undefined, '换锁'],
    });
    await expect(repos.units.update(a.id, makeUnit({ room: '602' }), clerk)).rejects.toBeInstanceOf(
      UnitCodeTakenError,
    );
  });

  it('lists buildings and their units in the order clerks read codes', async () => {
    const repos = makeTestRepos();
    for (const [building, room] of [
      ['10', '101'],
      ['2', '1001'],
      ['2', '902'],
      ['2', '101'],
    ] as const) {
      await repos.units.create(makeUnit({ building, entrance: '1', room }), clerk);
    }
    expect(await repos.units.listBuildings()).toEqual([
      { building: '2', units: 3 },
      { building: '10', units: 1 },
    ]);
    expect((await repos.units.listByBuilding('2')).map((u) => u.code)).toEqual([
      '2-1-101',
      '2-1-902',
      '2-1-1001',
    ]);
    const page = await repos.units.listPage(1, 2);
    expect(page.total).toBe(4);
    expect(page.rows).toHaveLength(2);
  });
});
