import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  applyBillChanges,
  settleOldestFirst,
  unitArrears,
  type ArrearsSummary,
} from '@shared/domain/arrears';
import { DEFAULT_BILLING } from '@shared/domain/billing';
import type { Actor } from '@shared/domain/record';
import { TaizhangDB } from '../../renderer/src/db/database';
import { SCHEMA_VERSIONS } from '../../renderer/src/db/schema';
import { clerk, supervisor } from '../fixtures/moneyActors';
import { makeTestRepos, type TestRepos } from './makeTestDb';
import { billingWith, RUBBISH_FEE } from '../fixtures/billing';

const manager: Actor = { id: 'mgr-7', name: '周经理', role: 'manager' };

/** Property fee 3.00 a ㎡ and a 20.00 rubbish fee a month: two bills per unit and period. */
const rate = 300;
const billing = billingWith({
  from: '2026-01',
  propertyRates: { residential: rate, commercial: rate, office: rate, villa: rate, other: rate },
  monthlyItems: [{ ...RUBBISH_FEE, amountFen: 2000 }],
});

async function desk(): Promise<TestRepos & { unitIds: string[] }> {
  const repos = makeTestRepos();
  await repos.settings.set('billing', billing, manager);
  const unitIds: string[] = [];
  for (const room of ['301', '302', '1001']) {
    unitIds.push((await repos.units.create({ building: '5', room, builtArea: 80 }, manager)).id);
  }
  return { ...repos, unitIds };
}

/** What the summary must hold: derived afresh from every stored bill. */
async function derived(repos: TestRepos): Promise<ArrearsSummary[]> {
  const bills = await repos.db.bills.toArray();
  const out: ArrearsSummary[] = [];
  for (const unitId of new Set(bills.map((b) => b.unitId))) {
    const row = applyBillChanges(
      undefined,
      unitId,
      bills.filter((b) => b.unitId === unitId).map((after) => ({ after })),
    );
    if (row) out.push(row);
  }
  return out.sort((a, b) => a.unitId.localeCompare(b.unitId));
}

/** The list as it was computed before the summary: every open bill read and aged. */
async function fromOpenBills(repos: TestRepos, month: string) {
  const open = await repos.db.bills.where('status').equals('open').toArray();
  return unitArrears(
    open.filter((b) => !b.deletedAt).map((b) => ({ ...b, openFen: b.amountFen - b.paidFen })),
    month,
    DEFAULT_BILLING,
  );
}

async function expectKept(repos: TestRepos, month = '2026-11') {
  const kept = (await repos.db.billArrears.toArray()).sort((a, b) =>
    a.unitId.localeCompare(b.unitId),
  );
  expect(kept).toEqual(await derived(repos));
  const listed = (await repos.bills.arrears(month)).units.map(
    ({ occupantName: _n, occupantPhone: _p, lastChase: _c, ...row }) => row,
  );
  expect(listed).toEqual(await fromOpenBills(repos, month));
}

const payFor = (repos: TestRepos, unitId: string, allocations: { billId: string; fen: number }[]) =>
  repos.bills.pay(clerk, {
    requestId: `summary-${unitId}-${allocations.length}-${allocations[0]?.fen}`,
    unitId,
    payerKind: 'person',
    payerName: '李四',
    method: 'wechat',
    allocations,
    prepayFen: 0,
  });

describe('the arrears summary kept with the bills (issue 21)', () => {
  it('follows generating, paying, part-paying, voiding, waiving and adjusting', async () => {
    const repos = await desk();
    const [a, b, c] = repos.unitIds as [string, string, string];
    await repos.bills.generate(clerk, { period: '2026-09' });
    await repos.bills.generate(clerk, { period: '2026-10' });
    await expectKept(repos);
    expect(await repos.db.billArrears.get(a)).toMatchObject({
      unitCode: '5-301',
      building: '5',
      due: { '2026-09': { fen: 26000, bills: 2 }, '2026-10': { fen: 26000, bills: 2 } },
    });

    // Paid in full: September leaves the unit's summary.
    const full = await payFor(
      repos,
      a,
      settleOldestFirst(await repos.bills.openForUnit(a), 26000).allocations,
    );
    await expectKept(repos);
    expect(Object.keys((await repos.db.billArrears.get(a))!.due)).toEqual(['2026-10']);

    // Part-paid: the month stays with what is still owed.
    const part = await payFor(
      repos,
      b,
      settleOldestFirst(await repos.bills.openForUnit(b), 10000).allocations,
    );
    await expectKept(repos);
    expect((await repos.db.billArrears.get(b))!.due['2026-09']).toEqual({ fen: 16000, bills: 2 });

    // Voiding the receipts reopens what they paid.
    await repos.receipts.void(supervisor, part.id, '收错户');
    await repos.receipts.void(supervisor, full.id, '金额有误');
    await expectKept(repos);
    expect((await repos.db.billArrears.get(a))!.due['2026-09']).toEqual({ fen: 26000, bills: 2 });

    // Waived and adjusted by a supervisor.
    const [first, second] = await repos.bills.openForUnit(c);
    await repos.bills.waive(supervisor, first!.id, '经理批准减免');
    await repos.bills.adjust(supervisor, second!.id, 500, '少收一个月');
    await expectKept(repos);
    expect((await repos.db.billArrears.get(c))!.due['2026-09']).toEqual({ fen: 500, bills: 1 });

    // Every bill of a unit paid: the unit is no longer in the summary at all.
    const rest = await repos.bills.openForUnit(c);
    await payFor(repos, c, settleOldestFirst(rest, 26500).allocations);
    expect(await repos.db.billArrears.get(c)).toBeUndefined();
    await expectKept(repos);
  });

  it('follows a bill written outside the repository (a desk sync, a fixture) and a clear', async () => {
    const repos = await desk();
    await repos.bills.generate(clerk, { period: '2026-10' });
    const [bill] = await repos.bills.openForUnit(repos.unitIds[0]!);
    // A table's own implicit transaction gets the summary too (database.ts).
    await repos.db.bills.update(bill!.id, { paidFen: bill!.amountFen, status: 'paid' });
    await repos.db.bills.put({ ...bill!, id: 'other-desk', key: 'k|other', dueMonth: '2026-07' });
    await expectKept(repos);
    await repos.db.bills.delete('other-desk');
    await expectKept(repos);
    await repos.db.bills.clear();
    expect(await repos.db.billArrears.count()).toBe(0);
  });

  it('is filled from the open bills when a desk upgrades to schema version 15 (and on to 16)', async () => {
    const name = `upgrade-${Math.random()}`;
    const indexedDB = new IDBFactory();
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 14)) {
      old.version(v.version).stores(v.stores);
    }
    const bill = (id: string, unitId: string, dueMonth: string, status: string, paidFen = 0) => ({
      id,
      key: `${unitId}|property_fee|${dueMonth}`,
      unitId,
      unitCode: unitId.toUpperCase(),
      building: '9',
      period: dueMonth,
      dueMonth,
      itemCode: 'property_fee',
      amountFen: 10000,
      paidFen,
      status,
    });
    await old
      .table('bills')
      .bulkAdd([
        bill('b1', 'u1', '2026-08', 'open', 2500),
        bill('b2', 'u1', '2026-09', 'open'),
        bill('b3', 'u2', '2026-09', 'paid', 10000),
        bill('b4', 'u3', '2026-09', 'waived'),
      ]);
    old.close();
    const db = new TaizhangDB(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(await db.billArrears.toArray()).toEqual([
      {
        unitId: 'u1',
        unitCode: 'U1',
        building: '9',
        due: { '2026-08': { fen: 7500, bills: 1 }, '2026-09': { fen: 10000, bills: 1 } },
      },
    ]);
    // Version 16 drops the bills' unused `building` and `itemCode` indexes; the bills stay.
    const store = db.backendDB().transaction('bills').objectStore('bills');
    expect([...store.indexNames].sort()).toEqual(['dueMonth', 'key', 'period', 'status', 'unitId']);
    expect(await db.bills.where('status').equals('open').count()).toBe(2);
    db.close();
  });
});
