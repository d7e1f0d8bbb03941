import { describe, expect, it, vi } from 'vitest';
import { settleOldestFirst } from '@shared/domain/arrears';
import { PermissionError, type Actor } from '@shared/domain/record';
import { MoneyRuleError } from '@shared/domain/receipt';
import { clerk, supervisor } from '../fixtures/moneyActors';
import { PEOPLE_SCAN_UNITS } from '../../renderer/src/db/repositories/occupantCache';
import { makeTestRepos, type TestRepos } from './makeTestDb';
import { stamps } from '../fixtures/money';
import { billingWith, ratesWith, RUBBISH_FEE } from '../fixtures/billing';

const manager: Actor = { id: 'mgr-1', name: '钱经理', role: 'manager' };

const billing = billingWith({
  from: '2026-01',
  propertyRates: ratesWith({ residential: 200 }),
  monthlyItems: [RUBBISH_FEE],
});

async function estate(): Promise<TestRepos & { unitIds: string[] }> {
  const repos = makeTestRepos();
  await repos.settings.set('billing', billing, manager);
  const unitIds: string[] = [];
  for (const [building, room, status, area] of [
    ['1', '101', 'occupied', 100],
    ['1', '102', 'custody', 100],
    ['2', '101', 'vacant', 50.5],
  ] as const) {
    const u = await repos.units.create({ building, room, status, builtArea: area }, manager);
    unitIds.push(u.id);
  }
  await repos.people.create(
    unitIds[0]!,
    { kind: 'owner', name: '张三', phones: ['13812345678'] },
    manager,
  );
  return { ...repos, unitIds };
}

const pay = (
  repos: TestRepos,
  unitId: string,
  allocations: { billId: string; fen: number }[],
  prepayFen = 0,
) =>
  repos.bills.pay(clerk, {
    requestId: `pay-${Math.random()}`,
    unitId,
    payerKind: 'person',
    payerName: '张三',
    method: 'cash',
    allocations,
    prepayFen,
  });

describe('generating bills', () => {
  it('bills every unit once; custody at 70 %; a second run adds nothing', async () => {
    const repos = await estate();
    const progress: number[] = [];
    const first = await repos.bills.generate(clerk, { period: '2026-10' }, (done) =>
      progress.push(done),
    );
    expect(first).toMatchObject({ created: 6, skipped: 0, units: 3 });
    expect(progress.at(-1)).toBe(3);
    const custody = await repos.bills.forUnit(repos.unitIds[1]!);
    expect(custody.find((b) => b.itemCode === 'property_fee')?.amountFen).toBe(14000);
    const again = await repos.bills.generate(clerk, { period: '2026-10' });
    expect(again).toMatchObject({ created: 0, skipped: 6 });
    expect(await repos.db.bills.count()).toBe(6);
  });

  it('a bill stored after the run read the period (another desk) is skipped, not doubled', async () => {
    const repos = await estate();
    const unitId = repos.unitIds[0]!;
    let slipped: Promise<unknown> | undefined;
    // Progress 0 is reported after the stored keys are read and before the first chunk: a
    // row written then, as the sync bridge would, is one the chunk's own check must meet.
    const run = await repos.bills.generate(clerk, { period: '2026-10' }, (done) => {
      if (done > 0) return;
      slipped = repos.db.bills.add({
        id: 'other-desk',
        key: `${unitId}|property_fee|2026-10`,
        unitId,
        unitCode: '1-101',
        building: '1',
        period: '2026-10',
        dueMonth: '2026-10',
        itemCode: 'property_fee',
        itemName: '物业管理费',
        amountFen: 20000,
        baseFen: 20000,
        paidFen: 0,
        status: 'open',
        source: 'generated',
        basis: '另一台前台',
        adjustments: [],
        ...stamps('2026-10-01T01:00:00.000Z', clerk.id),
      });
    });
    await slipped;
    expect(run).toMatchObject({ created: 5, skipped: 1, units: 3 });
    const bills = await repos.db.bills.toArray();
    expect(bills).toHaveLength(6);
    expect(new Set(bills.map((b) => b.key)).size).toBe(6);
    expect(bills.find((b) => b.key === `${unitId}|property_fee|2026-10`)?.id).toBe('other-desk');
    // One audit entry for the one chunk written (the one rolled back left none).
    const audit = await repos.audit.list({ recordId: '2026-10' });
    expect(audit.map((a) => a.summary)).toEqual([expect.stringContaining('账单 5 条')]);
    const summary = await repos.db.billArrears.get(unitId);
    expect(summary?.due['2026-10']).toEqual({ fen: 21000, bills: 2 });
  });

  it('bills only the chosen buildings', async () => {
    const repos = await estate();
    const r = await repos.bills.generate(clerk, { period: '2026-10', buildings: ['2'] });
    expect(r).toMatchObject({ units: 1, created: 2 });
    expect((await repos.bills.forUnit(repos.unitIds[2]!))[0]?.amountFen).toBe(10100);
  });
});

describe('paying bills through the ledger', () => {
  it('pays oldest first with one SJ receipt, part-pays, and voiding reopens the bills', async () => {
    const repos = await estate();
    await repos.bills.generate(clerk, { period: '2026-09' });
    await repos.bills.generate(clerk, { period: '2026-10' });
    const unitId = repos.unitIds[0]!;
    const open = await repos.bills.openForUnit(unitId);
    expect(open.map((b) => [b.dueMonth, b.itemCode, b.openFen])).toEqual([
      ['2026-09', 'property_fee', 20000],
      ['2026-09', 'rubbish_fee', 1000],
      ['2026-10', 'property_fee', 20000],
      ['2026-10', 'rubbish_fee', 1000],
    ]);
    const { allocations } = settleOldestFirst(open, 30000);
    const receipt = await pay(repos, unitId, allocations);
    expect(receipt.no).toMatch(/^SJ\d{4}-000001$/);
    expect(receipt.totalFen).toBe(30000);
    expect(receipt.lines.map((l) => l.name)).toContain('物业管理费（2026年9月）');
    const after = await repos.bills.openForUnit(unitId);
    expect(after.map((b) => b.openFen)).toEqual([11000, 1000]); // Oct property part-paid
    await repos.receipts.void(supervisor, receipt.id, '收错户');
    const reopened = await repos.bills.openForUnit(unitId);
    expect(reopened.map((b) => b.openFen)).toEqual([20000, 1000, 20000, 1000]);
  });

  it('holds an overpayment as prepayment and settles the next period from it', async () => {
    const repos = await estate();
    await repos.bills.generate(clerk, { period: '2026-10' });
    const unitId = repos.unitIds[0]!;
    const open = await repos.bills.openForUnit(unitId);
    const receipt = await pay(repos, unitId, settleOldestFirst(open, 21000).allocations, 30000);
    expect(receipt.lines.at(-1)).toMatchObject({ code: 'prepayment', amountFen: 30000 });
    expect(await repos.bills.credit(unitId)).toBe(30000);
    const next = await repos.bills.generate(clerk, { period: '2026-11' });
    expect(next.credited).toBe(2);
    expect(await repos.bills.openForUnit(unitId)).toEqual([]);
    expect(await repos.bills.credit(unitId)).toBe(9000);
    // The prepayment is spent on November: the receipt that brought it can no longer be voided.
    await expect(repos.receipts.void(supervisor, receipt.id, '收错户')).rejects.toThrow(
      MoneyRuleError,
    );
  });

  it('refuses paying more than a bill owes, and a repeat of the request pays once', async () => {
    const repos = await estate();
    await repos.bills.generate(clerk, { period: '2026-10' });
    const unitId = repos.unitIds[0]!;
    const [bill] = await repos.bills.openForUnit(unitId);
    await expect(pay(repos, unitId, [{ billId: bill!.id, fen: 20001 }])).rejects.toThrow(
      '不能超过欠费',
    );
    const input = {
      requestId: 'same-request',
      unitId,
      payerKind: 'person' as const,
      payerName: '张三',
      method: 'cash' as const,
      allocations: [{ billId: bill!.id, fen: 5000 }],
      prepayFen: 0,
    };
    const a = await repos.bills.pay(clerk, input);
    const b = await repos.bills.pay(clerk, input);
    expect(b.id).toBe(a.id);
    expect((await repos.bills.openForUnit(unitId))[0]?.openFen).toBe(15000);
  });
});

describe('adjusting and waiving', () => {
  it('lets only a supervisor adjust, with a reason, audited', async () => {
    const repos = await estate();
    await repos.bills.generate(clerk, { period: '2026-10' });
    const [bill] = await repos.bills.openForUnit(repos.unitIds[0]!);
    await expect(repos.bills.adjust(clerk, bill!.id, 100, '面积有误')).rejects.toThrow(
      PermissionError,
    );
    const adjusted = await repos.bills.adjust(supervisor, bill!.id, 18000, '面积有误');
    expect(adjusted).toMatchObject({ amountFen: 18000, baseFen: 20000 });
    const waived = await repos.bills.waive(supervisor, bill!.id, '经理批准减免');
    expect(waived.status).toBe('waived');
    const audit = await repos.audit.list({ recordId: bill!.id });
    expect(audit.length).toBe(2);
  });
});

describe('arrears and chasing', () => {
  it('lists owing units with the occupant phone masked, and a broken promise', async () => {
    const repos = await estate();
    await repos.bills.generate(clerk, { period: '2026-08' });
    const { units, buildings } = await repos.bills.arrears('2026-11');
    expect(units).toHaveLength(3);
    const first = units.find((u) => u.unitId === repos.unitIds[0]);
    expect(first).toMatchObject({
      occupantName: '张三',
      occupantPhone: '138****5678',
      oldestMonths: 4,
    });
    expect(first?.buckets.m4_6).toBe(21000);
    expect(buildings.map((b) => b.building)).toEqual(['1', '2']);
    await repos.bills.addChase(clerk, repos.unitIds[0]!, {
      kind: 'promise',
      note: '月底前交',
      promiseDate: '2026-11-20',
    });
    expect(await repos.bills.brokenPromises('2026-11-18')).toEqual([]);
    const broken = await repos.bills.brokenPromises('2026-11-21');
    expect(broken.map((c) => c.unitCode)).toEqual(['1-101']);
  });

  it('keeps the occupants of a long list between reads, until a person changes', async () => {
    const repos = await estate();
    // More owing units than a short list reads by unit (PEOPLE_SCAN_UNITS): written raw, as a
    // restored estate's are; the summary follows them (arrearsSummary.ts).
    const ids = Array.from({ length: PEOPLE_SCAN_UNITS + 5 }, (_, i) => `raw-${i}`);
    const at = '2026-08-01T01:00:00.000Z';
    const stamp = { createdAt: at, updatedAt: at, createdBy: clerk.id, updatedBy: clerk.id };
    await repos.db.bills.bulkAdd(
      ids.map((unitId, i) => ({
        id: `bill-${unitId}`,
        key: `${unitId}|property_fee|2026-08`,
        unitId,
        unitCode: `9-${100 + i}`,
        building: '9',
        period: '2026-08',
        dueMonth: '2026-08',
        itemCode: 'property_fee',
        itemName: '物业管理费',
        amountFen: 10000,
        baseFen: 10000,
        paidFen: 0,
        status: 'open' as const,
        source: 'generated' as const,
        basis: '',
        adjustments: [],
        ...stamp,
      })),
    );
    await repos.db.people.bulkAdd(
      ids.map((unitId, i) => ({
        id: `person-${unitId}`,
        unitId,
        kind: 'owner' as const,
        name: `业主${i}`,
        phones: [`1390000${String(i).padStart(4, '0')}`],
        plates: [],
        grade: 'normal' as const,
        terms: [],
        ...stamp,
      })),
    );
    const row = async () =>
      (await repos.bills.arrears('2026-11')).units.find((u) => u.unitId === 'raw-3');
    expect(await row()).toMatchObject({ occupantName: '业主3', occupantPhone: '139****0003' });
    // A second read takes the occupants kept: the people table is not read whole again.
    const wholeReads = vi.spyOn(repos.db.people, 'toArray');
    expect(await row()).toMatchObject({ occupantName: '业主3' });
    expect(wholeReads).not.toHaveBeenCalled();
    // A change of any person (here through the archive) is read on the next list.
    await repos.people.update(
      'person-raw-3',
      { kind: 'owner', name: '新业主', phones: ['13712345678'] },
      manager,
    );
    expect(await row()).toMatchObject({ occupantName: '新业主', occupantPhone: '137****5678' });
    expect(wholeReads).toHaveBeenCalledTimes(1);
    await repos.people.softDelete('person-raw-3', '录入错误', manager);
    expect(await row()).toMatchObject({ occupantName: '', occupantPhone: '' });
  });

  it('gives the month collection rate', async () => {
    const repos = await estate();
    await repos.bills.generate(clerk, { period: '2026-11' });
    const open = await repos.bills.openForUnit(repos.unitIds[0]!);
    await pay(repos, repos.unitIds[0]!, settleOldestFirst(open, 21000).allocations);
    const rate = await repos.bills.collection('2026-11');
    expect(rate.billedFen).toBe(21000 + 15000 + 11100);
    expect(rate.collectedFen).toBe(21000);
  });
});
