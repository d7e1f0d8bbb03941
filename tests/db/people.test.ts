import { describe, expect, it } from 'vitest';
import { RecordNotFoundError } from '../../renderer/src/db/audited';
import { ArchiveInputError } from '../../renderer/src/db/repositories/archiveErrors';
import { archiveClerk as clerk, makePerson, makeUnit } from '../fixtures/archive';
import { makeTestRepos } from './makeTestDb';

async function withUnit() {
  const repos = makeTestRepos();
  const unit = await repos.units.create(makeUnit({ room: '1201' }), clerk);
  return { repos, unit };
}

describe('person repository', () => {
  it('creates a person on a unit, normalised by the schema, with its audit entry', async () => {
    const { repos, unit } = await withUnit();
    const p = await repos.people.create(
      unit.id,
      makePerson({ phones: ['138 1234 5678'], idNumber: '11010519491231002x' }),
      clerk,
    );
    expect(p).toMatchObject({
      unitId: unit.id,
      phones: ['13812345678'],
      idNumber: '11010519491231002X',
    });
    expect(p.terms).toEqual(expect.arrayContaining(['张三', '13812345678', '5678', '002x']));
    expect(await repos.audit.list({ recordId: p.id })).toMatchObject([
      { action: 'create', table: 'people' },
    ]);
  });

  it('refuses a person on a unit that does not exist, and a bad ID checksum', async () => {
    const { repos, unit } = await withUnit();
    await expect(repos.people.create('nope', makePerson(), clerk)).rejects.toBeInstanceOf(
      RecordNotFoundError,
    );
    const err = await repos.people
      .create(unit.id, makePerson({ idNumber: '110105194912310021' }), clerk)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArchiveInputError);
    expect((err as Error).message).toContain('校验位');
    expect(await repos.people.count()).toBe(0);
  });

  it('audits an update as a field diff, clearing fields the clerk emptied', async () => {
    const { repos, unit } = await withUnit();
    const p = await repos.people.create(unit.id, makePerson({ notes: '养狗' }), clerk);
    const after = await repos.people.update(p.id, makePerson({ phones: ['13900001111'] }), clerk);
    expect(after.notes).toBeUndefined();
    const [latest] = await repos.audit.list({ recordId: p.id });
    expect(latest?.action).toBe('update');
    expect(latest?.changes?.phones).toEqual([['13812345678'], ['13900001111']]);
    expect(latest?.changes?.notes).toEqual(['养狗', undefined]);
  });

  it('soft delete hides the person from lists and search, but the row and audit remain', async () => {
    const { repos, unit } = await withUnit();
    const p = await repos.people.create(unit.id, makePerson({ name: '李四' }), clerk);
    await expect(repos.people.softDelete(p.id, '  ', clerk)).rejects.toBeInstanceOf(
      ArchiveInputError,
    );
    await repos.people.softDelete(p.id, '重复登记', clerk);
    expect(await repos.people.get(p.id)).toBeUndefined();
    expect(await repos.people.listByUnit(unit.id)).toEqual([]);
    expect(await repos.people.listAll()).toEqual([]);
    expect(await repos.people.count()).toBe(0);
    expect(await repos.search.query('李四', 10)).toEqual([]);
    expect(await repos.db.people.get(p.id)).toMatchObject({ name: '李四', deletedBy: clerk.id });
    const audit = await repos.audit.list({ recordId: p.id });
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete']);
    expect(audit.find((a) => a.action === 'delete')?.summary).toBe('重复登记');
    await expect(repos.people.update(p.id, makePerson(), clerk)).rejects.toBeInstanceOf(
      RecordNotFoundError,
    );
  });

  it('lists a unit’s people owners first', async () => {
    const { repos, unit } = await withUnit();
    await repos.people.create(unit.id, makePerson({ name: '租客甲', kind: 'tenant' }), clerk);
    await repos.people.create(
      unit.id,
      makePerson({ name: '业主乙', kind: 'owner', idNumber: undefined }),
      clerk,
    );
    expect((await repos.people.listByUnit(unit.id)).map((p) => p.name)).toEqual([
      '业主乙',
      '租客甲',
    ]);
  });
});
