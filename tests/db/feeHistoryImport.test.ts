import { describe, expect, it } from 'vitest';
import { feeHistoryMapping } from '@shared/domain/feeHistory';
import { PermissionError, type Actor } from '@shared/domain/record';
import { clerk, supervisor } from '../fixtures/moneyActors';
import { FEE_HISTORY_HEADERS, historyRow } from '../fixtures/movingIn';
import { makeTestRepos } from './makeTestDb';

const manager: Actor = { id: 'mgr-1', name: '钱经理', role: 'manager' };
const MAPPING = feeHistoryMapping(FEE_HISTORY_HEADERS);
const TODAY = '2026-11-17';

/** The other system's export: Q1 paid, Q2 part-paid, Q3 unpaid, and a unit not in the archive. */
const SHEET = [
  historyRow(),
  historyRow({
    开始时间: '2026-04-01',
    结束时间: '2026-06-30',
    缴费时间: '2026-05-20',
    实缴金额: 200,
    备注: '余款承诺年底交',
  }),
  historyRow({
    开始时间: '2026/7/1',
    结束时间: '2026/9/30',
    缴费时间: null,
    实缴金额: null,
    应缴金额: '403.02',
  }),
  historyRow({ 房屋: '9-9-909', 应缴金额: 10, 实缴金额: null, 缴费时间: null }),
];

async function estate() {
  const repos = makeTestRepos();
  const unit = await repos.units.create(
    { building: '1', entrance: '1', room: '101', status: 'occupied', builtArea: 89.56 },
    manager,
  );
  await repos.people.create(
    unit.id,
    { kind: 'owner', name: '张三', phones: ['13812345678'] },
    manager,
  );
  return { repos, unit };
}

describe('fee-history import', () => {
  it('previews with row errors and writes nothing until committed', async () => {
    const { repos } = await estate();
    const result = await repos.bills.history.check(SHEET, MAPPING, TODAY);
    expect(result.valid).toHaveLength(3);
    expect(result.errors).toEqual([
      { row: 5, column: '房屋', message: '档案中没有房号 9-9-909，请先导入业户名册' },
    ]);
    expect(await repos.db.bills.count()).toBe(0);
    expect(await repos.db.billPayments.count()).toBe(0);
  });

  it('writes past bills, history payments without receipts and the opening arrears, once', async () => {
    const { repos, unit } = await estate();
    const auditBefore = await repos.db.audit.count();
    const checked = await repos.bills.history.check(SHEET, MAPPING, TODAY);
    const done = await repos.bills.history.commit(supervisor, '历史缴费.xlsx', checked.valid, 1);
    expect(done).toMatchObject({ bills: 3, payments: 2, already: 0, openingArrearsFen: 60_604 });
    expect(done.summary).toBe(
      '导入历史缴费《历史缴费.xlsx》：历史账单 3 条，原系统收款 2 笔 603.02 元，期初欠费 606.04 元，跳过有误的行 1 行',
    );
    // One audited write for the batch.
    expect(await repos.db.audit.count()).toBe(auditBefore + 1);
    const audit = await repos.db.audit.where('table').anyOf(['bills', 'billPayments']).toArray();
    expect(audit.map((a) => [a.action, a.table])).toEqual([['import', 'bills']]);

    const bills = await repos.bills.forUnit(unit.id);
    expect(bills.map((b) => [b.period, b.status, b.amountFen, b.paidFen, b.source])).toEqual([
      ['2026-Q1', 'paid', 40_302, 40_302, 'imported'],
      ['2026-Q2', 'open', 40_302, 20_000, 'imported'],
      ['2026-Q3', 'open', 40_302, 0, 'imported'],
    ]);
    expect(bills[1]?.note).toBe('余款承诺年底交');

    // The other system's payments: dated then, its cashier kept, no receipt of this desk.
    const payments = await repos.bills.paymentsForUnit(unit.id);
    expect(payments.map((p) => [p.kind, p.receiptId, p.receiptNo, p.at, p.history])).toEqual([
      [
        'bill',
        undefined,
        undefined,
        '2026-05-19T16:00:00.000Z',
        { cashier: '王丽', paidOn: '2026-05-20', file: '历史缴费.xlsx' },
      ],
      [
        'bill',
        undefined,
        undefined,
        '2026-03-04T16:00:00.000Z',
        { cashier: '王丽', paidOn: '2026-03-05', file: '历史缴费.xlsx' },
      ],
    ]);
    expect(await repos.db.receipts.count()).toBe(0);
    expect(await repos.db.counters.count()).toBe(0);

    // Opening arrears in the list and its age bands (as of November: Q2 is 6 months, Q3 3).
    const { units } = await repos.bills.arrears('2026-11');
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ unitCode: '1-1-101', owedFen: 60_604, openBills: 2 });
    expect(units[0]!.buckets).toEqual({ m1: 0, m2_3: 40_302, m4_6: 20_302, m7_12: 0, m12plus: 0 });

    // The same file again adds nothing: the preview counts it as there, a stale commit skips it.
    const again = await repos.bills.history.check(SHEET, MAPPING, TODAY);
    expect(again).toMatchObject({ already: 3, valid: [] });
    const stale = await repos.bills.history.commit(supervisor, '历史缴费.xlsx', checked.valid, 0);
    expect(stale).toMatchObject({ bills: 0, payments: 0, already: 3 });
    expect(await repos.db.bills.count()).toBe(3);
    expect(await repos.db.billPayments.count()).toBe(2);
  });

  it('history is recognised by the desk’s own billing: the period is not billed again', async () => {
    const { repos } = await estate();
    const sheet = [
      {
        房屋: '1-1-101',
        收费项目: '物业管理费',
        开始时间: '2026-10-01',
        结束时间: '2026-10-31',
        应缴金额: 134.34,
      },
    ];
    const checked = await repos.bills.history.check(sheet, MAPPING, TODAY);
    await repos.bills.history.commit(supervisor, 'h.xlsx', checked.valid, 0);
    const gen = await repos.bills.generate(clerk, { period: '2026-10' });
    expect(gen.skipped).toBeGreaterThanOrEqual(1);
    const property = (await repos.db.bills.toArray()).filter((b) => b.itemCode === 'property_fee');
    expect(property).toHaveLength(1);
  });

  it('months imported one by one are not billed again by the desk’s quarter', async () => {
    const { repos } = await estate();
    const month = (start: string, end: string) => ({
      房屋: '1-1-101',
      收费项目: '物业管理费',
      开始时间: start,
      结束时间: end,
      应缴金额: 134.34,
    });
    const checked = await repos.bills.history.check(
      [month('2026-07-01', '2026-07-31'), month('2026-08-01', '2026-08-31')],
      MAPPING,
      TODAY,
    );
    await repos.bills.history.commit(supervisor, 'h.xlsx', checked.valid, 0);
    const gen = await repos.bills.generate(clerk, { period: '2026-Q3' });
    expect(gen.skipped).toBe(1);
    const property = (await repos.db.bills.toArray()).filter((b) => b.itemCode === 'property_fee');
    expect(property.map((b) => b.period).sort()).toEqual(['2026-07', '2026-08']);
  });

  it('a span and a year imported are not billed again by a month they cover', async () => {
    // What the run reads of the stored bills is chosen by period (billOverlap.ts
    // `periodsDeciding`): a span is stored under its last month, a year before its months.
    const { repos } = await estate();
    const row = (item: string, start: string, end: string) => ({
      房屋: '1-1-101',
      收费项目: item,
      开始时间: start,
      结束时间: end,
      应缴金额: 100,
    });
    const checked = await repos.bills.history.check(
      [
        row('物业管理费', '2026-09-15', '2026-10-14'),
        row('物业管理费', '2025-01-01', '2025-12-31'),
      ],
      MAPPING,
      TODAY,
    );
    expect(checked.errors).toEqual([]);
    await repos.bills.history.commit(supervisor, 'h.xlsx', checked.valid, 0);
    const stored = (await repos.db.bills.toArray()).map((b) => b.period).sort();
    expect(stored).toEqual(['2025', '2026-10']);
    // September is covered by the span stored under October; November 2025 by the year.
    expect(await repos.bills.generate(clerk, { period: '2026-09' })).toMatchObject({
      created: 0,
      skipped: 1,
    });
    expect(await repos.bills.generate(clerk, { period: '2025-11' })).toMatchObject({
      created: 0,
      skipped: 1,
    });
    expect(await repos.bills.generate(clerk, { period: '2026-08' })).toMatchObject({
      created: 1,
    });
  });

  it('the reverse: a quarter the desk billed refuses its months in a history file', async () => {
    const { repos } = await estate();
    await repos.bills.generate(clerk, { period: '2026-Q3' });
    const checked = await repos.bills.history.check(
      [
        {
          房屋: '1-1-101',
          收费项目: '物业费',
          开始时间: '2026-08-01',
          结束时间: '2026-08-31',
          应缴金额: 134.34,
        },
      ],
      MAPPING,
      TODAY,
    );
    expect(checked.valid).toEqual([]);
    expect(checked.errors[0]?.message).toContain('2026年第3季度');
  });

  it('remembers the clerk’s column mapping for the next file', async () => {
    const { repos } = await estate();
    const headers = ['房产', '项目', '起', '止', '本期应收'];
    const mapping = { unit: '房产', item: '项目', start: '起', end: '止', due: '本期应收' };
    expect(feeHistoryMapping(headers, await repos.settings.get('feeHistoryColumns'))).toEqual({});
    const sheet = [{ 房产: '1-1-101', 项目: '物业费', 起: 46023, 止: 46112, 本期应收: 403.02 }];
    const checked = await repos.bills.history.check(sheet, mapping, TODAY);
    expect(checked.errors).toEqual([]);
    await repos.settings.set('feeHistoryColumns', mapping, supervisor);
    expect(feeHistoryMapping(headers, await repos.settings.get('feeHistoryColumns'))).toEqual(
      mapping,
    );
  });

  it('a clerk may preview but not write history', async () => {
    const { repos } = await estate();
    const checked = await repos.bills.history.check(SHEET, MAPPING, TODAY);
    await expect(
      repos.bills.history.commit(clerk, 'h.xlsx', checked.valid, 0),
    ).rejects.toBeInstanceOf(PermissionError);
    expect(await repos.db.bills.count()).toBe(0);
  });
});
