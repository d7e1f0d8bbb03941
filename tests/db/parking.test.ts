import { describe, expect, it } from 'vitest';
import { PermissionError, type Actor } from '@shared/domain/record';
import { clerk, supervisor } from '../fixtures/moneyActors';
import { makeTestRepos, type TestRepos } from './makeTestDb';
import { billingWith } from '../fixtures/billing';

const manager: Actor = { id: 'mgr-1', name: '钱经理', role: 'manager' };

async function estate(): Promise<TestRepos & { unitId: string; spaceId: string }> {
  const repos = makeTestRepos();
  const unit = await repos.units.create(
    { building: '3', room: '1201', status: 'vacant', builtArea: 100 },
    manager,
  );
  const space = await repos.parking.createSpace(supervisor, {
    no: 'b2-015',
    zone: '地下二层 B区',
    kind: 'property',
  });
  return { ...repos, unitId: unit.id, spaceId: space.id };
}

const letOf = (r: { unitId: string; spaceId: string }, over: Record<string, unknown> = {}) => ({
  spaceId: r.spaceId,
  unitId: r.unitId,
  unitCode: '3-1201',
  holderName: '张三',
  holderPhone: '13812345678',
  use: 'lease' as const,
  startDate: '2026-01-01',
  endDate: '2026-12-10',
  plates: ['粤B·D12345'],
  monthlyFeeFen: 15_000,
  note: '',
  ...over,
});

describe('parking spaces and their lets (车位手续)', () => {
  it('a supervisor keeps the spaces; a clerk may not add one', async () => {
    const r = await estate();
    expect((await r.parking.listSpaces()).map((s) => s.no)).toEqual(['B2-015']);
    await expect(
      r.parking.createSpace(clerk, { no: 'B2-016', zone: 'B', kind: 'public' }),
    ).rejects.toBeInstanceOf(PermissionError);
    await expect(
      r.parking.createSpace(supervisor, { no: 'B2-015', zone: 'B', kind: 'public' }),
    ).rejects.toThrow('车位号 B2-015 已登记');
  });

  it('numbers a let, audits it in the same write, and refuses overlapping dates', async () => {
    const r = await estate();
    const l = await r.parking.createLease(clerk, letOf(r));
    expect(l).toMatchObject({ no: 'CW2026-0001', spaceNo: 'B2-015', plates: ['粤BD12345'] });
    const audit = await r.db.audit.where('recordId').equals(l.id).toArray();
    expect(audit.map((a) => [a.action, a.summary])).toEqual([
      ['create', '车位 B2-015 租用 3-1201（CW2026-0001）'],
    ]);
    await expect(
      r.parking.createLease(clerk, letOf(r, { startDate: '2026-12-01', endDate: '2027-01-31' })),
    ).rejects.toThrow('日期不能重叠');
  });

  it('never sells a civil-defence space', async () => {
    const r = await estate();
    const rf = await r.parking.createSpace(supervisor, {
      no: 'RF-01',
      zone: '人防区',
      kind: 'civilDefence',
    });
    await expect(
      r.parking.createLease(clerk, letOf(r, { spaceId: rf.id, use: 'sale', endDate: '' })),
    ).rejects.toThrow('人防车位只能租用，不能出售');
  });

  it('reminds of a let ending, and a renewal takes it off the board', async () => {
    // TEST_NOW is 2026-11-17: a let ending 2026-12-10 is within 30 days.
    const r = await estate();
    const l = await r.parking.createLease(clerk, letOf(r));
    const board = async () =>
      (await r.today.items(new Date().toISOString())).filter((i) => i.kind === 'parkingExpiry');
    expect((await board()).map((i) => [i.no, i.detail, i.state, i.route])).toEqual([
      ['CW2026-0001', 'expiring', 'today', `/parking?open=${l.id}`],
    ]);
    const next = await r.parking.renew(clerk, l.id, 12, 16_000);
    expect(next).toMatchObject({ startDate: '2026-12-11', endDate: '2027-12-10', renewsId: l.id });
    expect((await r.parking.get(l.id))?.renewedById).toBe(next.id);
    expect(await board()).toEqual([]);
    await expect(r.parking.renew(clerk, l.id, 12, 16_000)).rejects.toThrow('不能续租');
  });

  it('ends a let early with its reason, and finds lets by plate', async () => {
    const r = await estate();
    const l = await r.parking.createLease(clerk, letOf(r));
    await expect(r.parking.end(clerk, l.id, '2026-11-30', '')).rejects.toThrow('请填写终止原因');
    const ended = await r.parking.end(clerk, l.id, '2026-11-30', '业主出售车辆');
    expect(ended).toMatchObject({ endedOn: '2026-11-30', endReason: '业主出售车辆' });
    expect((await r.parking.list({ text: '粤b·d123' })).map((x) => x.id)).toEqual([l.id]);
    expect((await r.parking.list({ text: 'bd12345' })).map((x) => x.id)).toEqual([l.id]);
    // The header search's keys: the unit as the clerk says it (3栋1201) finds the 3-1201 let.
    expect((await r.parking.list({ text: '3栋1201' })).map((x) => x.id)).toEqual([l.id]);
    expect(await r.parking.list({ text: '粤B99999' })).toEqual([]);
    expect(await r.parking.list({ state: 'expiring' })).toEqual([]);
  });
});

describe('the parking line of the fee bills', () => {
  it("bills a unit's let as its 车位管理费 line, instead of the standard's item", async () => {
    const r = await estate();
    await r.settings.set(
      'billing',
      billingWith({
        monthlyItems: [{ code: 'parking_fee', name: '车位管理费', amountFen: 3000 }],
      }),
      manager,
    );
    await r.parking.createLease(clerk, letOf(r, { startDate: '2026-11-15' }));
    await r.bills.generate(clerk, { period: '2026-11' });
    const parking = (await r.bills.forUnit(r.unitId)).filter((b) => b.itemCode === 'parking_fee');
    expect(parking.map((b) => [b.amountFen, b.basis])).toEqual([[15_000, 'B2-015 150.00元 × 1月']]);
    // December: the let ends on the 10th, so the month is not billed for the space.
    await r.bills.generate(clerk, { period: '2026-12' });
    const dec = (await r.bills.forUnit(r.unitId)).filter((b) => b.period === '2026-12');
    expect(dec.filter((b) => b.itemCode === 'parking_fee').map((b) => b.amountFen)).toEqual([3000]);
  });

  it('counts the month for the review', async () => {
    const r = await estate();
    await r.parking.createLease(clerk, letOf(r, { startDate: '2026-11-15' }));
    expect(await r.parking.monthFigures('2026-11')).toMatchObject({
      spaces: 1,
      taken: 1,
      leasesStarted: 1,
      expiringNext: 1,
      feeFen: 15_000,
    });
  });
});
