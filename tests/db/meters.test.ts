import { describe, expect, it } from 'vitest';
import { BillingRuleError } from '@shared/domain/billing';
import type { MeterKind } from '@shared/domain/billingSettings';
import type { Actor } from '@shared/domain/record';
import { clerk } from '../fixtures/moneyActors';
import { makeTestRepos } from './makeTestDb';

const manager: Actor = { id: 'mgr-1', name: '钱经理', role: 'manager' };

async function setup() {
  const repos = makeTestRepos();
  const a = await repos.units.create({ building: '1', room: '101', builtArea: 90 }, manager);
  const b = await repos.units.create({ building: '1', room: '102', builtArea: 90 }, manager);
  return { repos, a, b };
}

type Repos = Awaited<ReturnType<typeof setup>>['repos'];
const read = (repos: Repos, unitId: string, meter: MeterKind, month: string, value: number) =>
  repos.meters.save(clerk, { unitId, meter, month, value });

describe('meter readings', () => {
  it('keeps one reading a month, refuses a lower one, takes a replaced meter', async () => {
    const { repos, a } = await setup();
    await read(repos, a.id, 'water', '2026-10', 10000);
    const nov = await read(repos, a.id, 'water', '2026-11', 11250);
    expect(nov).toMatchObject({ previous: 10000, consumption: 1250, unusual: false });
    await expect(read(repos, a.id, 'water', '2026-12', 900)).rejects.toThrow(BillingRuleError);
    const dec = await repos.meters.save(clerk, {
      unitId: a.id,
      meter: 'water',
      month: '2026-12',
      value: 900,
      replacement: { oldFinal: 11500, newStart: 0 },
    });
    expect(dec.consumption).toBe(250 + 900);
    // A second reading of the same month replaces the first.
    await read(repos, a.id, 'water', '2026-11', 11300);
    const sheet = await repos.meters.sheet('1', 'water', '2026-11');
    expect(sheet[0]).toMatchObject({ unitCode: '1-101', previous: 10000 });
    expect(sheet[0]?.current?.consumption).toBe(1300);
  });

  it('checks an import without writing, then writes all checked rows at once', async () => {
    const { repos, a } = await setup();
    await read(repos, a.id, 'power', '2026-10', 50000);
    const checks = await repos.meters.checkImport([
      { row: 2, unitCode: '1-101', meter: 'power', month: '2026-11', value: 40000 },
      { row: 3, unitCode: '1-102', meter: 'power', month: '2026-11', value: 1000 },
      { row: 4, unitCode: '9-999', meter: 'power', month: '2026-11', value: 1000 },
    ]);
    expect(checks.map((c) => c.problems.length > 0)).toEqual([true, false, true]);
    expect(checks[0]?.problems[0]).toContain('小于上次读数');
    expect(await repos.db.meterReadings.count()).toBe(1);
    await repos.meters.commitImport(
      clerk,
      checks.flatMap((c) => (c.request ? [c.request] : [])),
    );
    expect(await repos.db.meterReadings.count()).toBe(2);
  });
});
