import { beforeEach, describe, expect, it, vi } from 'vitest';
import { archiveClerk as clerk, makePerson, makeUnit } from '../fixtures/archive';
import { makeTestRepos, type TestRepos } from './makeTestDb';

describe('archive search', () => {
  let repos: TestRepos;
  let unitId = '';
  let personId = '';

  beforeEach(async () => {
    repos = makeTestRepos();
    const unit = await repos.units.create(
      makeUnit({ building: '3', entrance: '1', room: '1201' }),
      clerk,
    );
    await repos.units.create(makeUnit({ building: '5', entrance: '2', room: '302' }), clerk);
    const p = await repos.people.create(
      unit.id,
      makePerson({ name: '欧阳娜娜', phones: ['13812345678'] }),
      clerk,
    );
    unitId = unit.id;
    personId = p.id;
  });

  it('finds a person by name prefix, with the phone masked in the subtitle', async () => {
    const hits = await repos.search.query('欧阳', 10);
    expect(hits).toEqual([
      {
        kind: 'person',
        id: personId,
        title: '欧阳娜娜',
        subtitle: '3-1-1201 · 业主 · 138****5678',
        path: `/archive?person=${personId}`,
      },
    ]);
    expect(JSON.stringify(hits)).not.toContain('13812345678');
  });

  it('finds a person by full phone, phone prefix and the last four digits', async () => {
    for (const q of ['13812345678', '138 1234', '5678']) {
      expect(
        (await repos.search.query(q, 10)).map((h) => h.id),
        q,
      ).toContain(personId);
    }
  });

  it('finds a unit by its code, typed in the desk’s usual ways', async () => {
    for (const q of ['3-1-1201', '3栋1单元1201', '1201', '3-1201']) {
      const hits = await repos.search.query(q, 10);
      expect(hits[0], q).toMatchObject({
        kind: 'unit',
        id: unitId,
        title: '3-1-1201',
        path: `/archive?unit=${unitId}`,
      });
    }
  });

  it('returns nothing for blank input and respects the limit', async () => {
    expect(await repos.search.query('  ', 10)).toEqual([]);
    expect(await repos.search.query('3', 1)).toHaveLength(1);
  });

  it('reads the terms index, never scanning a table', async () => {
    const units = vi.spyOn(repos.db.units, 'toCollection');
    const people = vi.spyOn(repos.db.people, 'toCollection');
    await repos.search.query('欧阳', 10);
    expect(units).not.toHaveBeenCalled();
    expect(people).not.toHaveBeenCalled();
  });
});
