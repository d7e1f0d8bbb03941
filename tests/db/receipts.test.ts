import { describe, expect, it } from 'vitest';
import { TEST_YEAR } from '../fixtures/clock';
import { PermissionError } from '@shared/domain/record';
import { MoneyRuleError } from '@shared/domain/receipt';
import { createRepositories } from '../../renderer/src/db/repositories';
import { defaultMoneySettings } from '../../renderer/src/db/repositories/moneySettings';
import { receiptTables } from '../../renderer/src/db/repositories/receiptRepository';
import { clerk, makeDepositRefund, makeIssueInput, supervisor } from '../fixtures/moneyActors';
import { makeTestDb } from './makeTestDb';

function setup() {
  const db = makeTestDb();
  return { db, repos: createRepositories(db) };
}

const year = () => TEST_YEAR;
const seqOf = (no: string) => Number(no.slice(no.lastIndexOf('-') + 1));

describe('issuing receipts', () => {
  it('stores the receipt with its number, lines, total and an audit entry', async () => {
    const { repos } = setup();
    const r = await repos.receipts.issue(clerk, makeIssueInput({ methodRef: ' ', note: '首次' }));
    expect(r).toMatchObject({
      no: `SJ${year()}-000001`,
      kind: 'receipt',
      status: 'valid',
      payerName: '张三',
      unitCode: '3-1-1201',
      totalFen: 102_000,
      itemCodes: ['renovation_deposit_owner', 'permit_fee'],
      clerkId: clerk.id,
      clerkName: clerk.name,
      printCount: 0,
      note: '首次',
    });
    expect(r).not.toHaveProperty('methodRef');
    expect(r.lines.map((l) => [l.name, l.amountFen, l.refundable])).toEqual([
      ['装修保证金（业主）', 100_000, true],
      ['施工许可证工本费', 2_000, false],
    ]);
    const audit = await repos.audit.list({ recordId: r.id });
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('gives 50 concurrent 收款 50 consecutive numbers, no gap, no repeat', async () => {
    const { repos } = setup();
    const made = await Promise.all(
      Array.from({ length: 50 }, () => repos.receipts.issue(clerk, makeIssueInput())),
    );
    const seqs = made.map((r) => seqOf(r.no)).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(made.map((r) => r.no)).size).toBe(50);
    expect((await repos.receipts.search({})).rows).toHaveLength(50);
  });

  it('makes one receipt of a double-clicked 收款 (same request id)', async () => {
    const { repos } = setup();
    const input = makeIssueInput();
    const [a, b, c] = await Promise.all([
      repos.receipts.issue(clerk, input),
      repos.receipts.issue(clerk, input),
      repos.receipts.issue(clerk, input),
    ]);
    expect(a.id).toBe(b.id);
    expect(b.id).toBe(c.id);
    expect((await repos.receipts.search({})).rows).toHaveLength(1);
    const next = await repos.receipts.issue(clerk, makeIssueInput());
    expect(seqOf(next.no)).toBe(2);
  });

  it('leaves neither receipt nor number used when the transaction throws halfway', async () => {
    const { db, repos } = setup();
    const settings = await defaultMoneySettings();
    await expect(
      db.transaction('rw', receiptTables(db), async () => {
        await repos.receipts.issueWithin(clerk, makeIssueInput(), settings);
        throw new Error('printer caught fire');
      }),
    ).rejects.toThrow('printer caught fire');
    expect(await db.receipts.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
    const r = await repos.receipts.issue(clerk, makeIssueInput());
    expect(seqOf(r.no)).toBe(1);
  });

  it('refuses bad lines and a missing payer without taking a number', async () => {
    const { db, repos } = setup();
    const bad = makeIssueInput({ payerName: ' ', lines: [{ code: 'paid_service', quantity: 1 }] });
    const err = await repos.receipts.issue(clerk, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MoneyRuleError);
    expect((err as MoneyRuleError).problems).toEqual([
      '请填写缴款人',
      '第 1 行（有偿服务费）：请输入有偿服务费金额',
    ]);
    expect(await db.counters.count()).toBe(0);
    const over = makeIssueInput({
      lines: [{ code: 'paid_service', quantity: 1, unitFen: 10_000_001 }],
    });
    await expect(repos.receipts.issue(clerk, over)).rejects.toThrow(
      '合计金额超过单张收据上限（100,000.00 元）',
    );
  });
});

describe('voids', () => {
  it('refuses a clerk (PermissionError) and changes nothing', async () => {
    const { repos } = setup();
    const r = await repos.receipts.issue(clerk, makeIssueInput());
    await expect(repos.receipts.void(clerk, r.id, '金额录错')).rejects.toBeInstanceOf(
      PermissionError,
    );
    expect((await repos.receipts.get(r.id))?.status).toBe('valid');
  });

  it('lets a supervisor void with a reason; the number stays and the audit says void', async () => {
    const { repos } = setup();
    const r = await repos.receipts.issue(clerk, makeIssueInput());
    const v = await repos.receipts.void(supervisor, r.id, ' 金额录错 ');
    expect(v).toMatchObject({
      no: r.no,
      status: 'void',
      voidReason: '金额录错',
      voidedByName: '赵主管',
    });
    expect((await repos.receipts.getByNo(r.no))?.status).toBe('void');
    const audit = await repos.audit.list({ recordId: r.id });
    expect(audit.map((a) => a.action)).toContain('void');
    await expect(repos.receipts.void(supervisor, r.id, '再来一次')).rejects.toThrow(
      '已作废，不能重复作废',
    );
    await expect(repos.receipts.void(supervisor, r.id, '')).rejects.toBeInstanceOf(MoneyRuleError);
  });
});

describe('refunds', () => {
  it('refunds a deposit on its own TK voucher pointing at the receipt, minus a deduction', async () => {
    const { repos } = setup();
    const r = await repos.receipts.issue(clerk, makeIssueInput());
    const t = await repos.receipts.refund(supervisor, {
      requestId: 'refund-1',
      originalId: r.id,
      lines: [{ code: 'renovation_deposit_owner', refundFen: 90_000 }],
      deductions: [
        {
          code: 'renovation_deposit_owner',
          amountFen: 10_000,
          reason: '遗失施工许可证',
          feeCode: 'lost_permit',
        },
      ],
      method: 'cash',
    });
    expect(t).toMatchObject({
      no: `TK${year()}-000001`,
      kind: 'refund',
      refundOf: r.id,
      refundOfNo: r.no,
      payerName: '张三',
      totalFen: 90_000,
      itemCodes: ['renovation_deposit_owner', 'lost_permit'],
    });
    expect(await repos.receipts.depositBalances(r.id)).toEqual([
      expect.objectContaining({
        collectedFen: 100_000,
        refundedFen: 90_000,
        deductedFen: 10_000,
        remainingFen: 0,
      }),
    ]);
    const audit = await repos.audit.list({ recordId: r.id });
    expect(audit.map((a) => a.action)).toContain('refund');
    await expect(
      repos.receipts.refund(supervisor, makeDepositRefund('refund-2', r.id, 1)),
    ).rejects.toThrow('不能重复退款');
    await expect(repos.receipts.void(supervisor, r.id, '开错了')).rejects.toThrow(
      '请先作废退款凭证',
    );
  });

  it('lets only one of two refunds of the whole deposit through at the same moment', async () => {
    const { repos } = setup();
    const r = await repos.receipts.issue(clerk, makeIssueInput());
    const refundAll = (requestId: string) =>
      repos.receipts.refund(supervisor, makeDepositRefund(requestId, r.id, 100_000));
    const results = await Promise.allSettled([refundAll('a'), refundAll('b')]);
    expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((x) => x.status === 'rejected')).toHaveLength(1);
    expect(await repos.receipts.refundsOf(r.id)).toHaveLength(1);
  });

  it('refuses a clerk and an over-refund', async () => {
    const { repos } = setup();
    const r = await repos.receipts.issue(clerk, makeIssueInput());
    const input = {
      requestId: 'x',
      originalId: r.id,
      lines: [{ code: 'renovation_deposit_owner', refundFen: 100_001 }],
      deductions: [],
      method: 'cash' as const,
    };
    await expect(repos.receipts.refund(clerk, input)).rejects.toBeInstanceOf(PermissionError);
    await expect(repos.receipts.refund(supervisor, input)).rejects.toThrow(
      '超过尚未退还的 1,000.00 元',
    );
    expect(await repos.receipts.refundsOf(r.id)).toEqual([]);
  });
});

describe('prints', () => {
  it('counts prints, so the second is a 补打, and audits each as print', async () => {
    const { repos } = setup();
    const r = await repos.receipts.issue(clerk, makeIssueInput());
    expect((await repos.receipts.markPrinted(clerk, r.id)).printCount).toBe(1);
    const again = await repos.receipts.markPrinted(clerk, r.id);
    expect(again.printCount).toBe(2);
    expect(again.lastPrintedAt).toBeDefined();
    const prints = (await repos.audit.list({ recordId: r.id })).filter((a) => a.action === 'print');
    expect(prints).toHaveLength(2);
  });
});
