import { describe, expect, it } from 'vitest';
import { validateChineseIdNumber, validatePhone } from '@shared/domain/identity';
import {
  DemoRefusedError,
  demoEstateRows,
  loadDemoEstate,
  removeDemoEstate,
} from '../../renderer/src/features/archive/demoEstate';
import { archiveClerk as clerk, makePerson, makeUnit } from '../fixtures/archive';
import { makeTestRepos } from './makeTestDb';

describe('demo estate', () => {
  it('holds about 60 units and 120 people with valid ID numbers and phones', () => {
    const rows = demoEstateRows();
    const people = rows.flatMap((r) => (r.person ? [r.person] : []));
    expect(
      new Set(rows.map((r) => `${r.unit.building}-${r.unit.entrance}-${r.unit.room}`)).size,
    ).toBeGreaterThanOrEqual(55);
    expect(people.length).toBeGreaterThanOrEqual(100);
    for (const p of people) {
      if (p.idType === 'idCard')
        expect(validateChineseIdNumber(p.idNumber ?? '').ok, p.idNumber).toBe(true);
      for (const phone of p.phones) expect(validatePhone(phone).ok, phone).toBe(true);
    }
  });

  it('loads into an empty archive tagged as demo, once, and can be removed again', async () => {
    const repos = makeTestRepos();
    const loaded = await loadDemoEstate(repos, clerk);
    expect(loaded.unitsCreated).toBe(await repos.units.count());
    expect(loaded.peopleCreated).toBe(await repos.people.count());
    expect(await repos.units.demoState()).toMatchObject({
      hasRealData: false,
      demoUnits: loaded.unitsCreated,
    });
    await expect(loadDemoEstate(repos, clerk)).rejects.toBeInstanceOf(DemoRefusedError);

    const removed = await removeDemoEstate(repos, clerk);
    expect(removed).toEqual({
      units: loaded.unitsCreated,
      people: loaded.peopleCreated,
      keptUnits: 0,
    });
    expect(await repos.units.count()).toBe(0);
    expect(await repos.db.people.count()).toBe(0);
    const actions = (await repos.audit.list()).map((a) => a.action).sort();
    expect(actions).toEqual(['delete', 'import']);
  });

  it('refuses when the archive holds real data, unless forced; real data survives removal', async () => {
    const repos = makeTestRepos();
    const real = await repos.units.create(
      makeUnit({ building: '1', entrance: '1', room: '101' }),
      clerk,
    );
    await expect(loadDemoEstate(repos, clerk)).rejects.toThrow('已有真实数据');
    expect(await repos.units.count()).toBe(1);

    const loaded = await loadDemoEstate(repos, clerk, { force: true });
    expect(loaded.unitsReused).toBe(0);
    expect(await repos.people.listByUnit(real.id)).toEqual([]);
    const demoUnit = (await repos.units.listByBuilding('2'))[0];
    await repos.people.create(demoUnit?.id ?? '', makePerson({ name: '真实住户' }), clerk);

    const removed = await removeDemoEstate(repos, clerk);
    expect(removed.keptUnits).toBe(1);
    expect((await repos.units.listAll()).map((u) => u.id).sort()).toEqual(
      [real.id, demoUnit?.id].sort(),
    );
    expect((await repos.people.listAll()).map((p) => p.name)).toEqual(['真实住户']);
  });
});
