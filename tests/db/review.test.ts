import { describe, expect, it } from 'vitest';
import { officeMonthOf } from '@shared/domain/rates';
import type { MailItemRecord, ReceiptRecord } from '../../renderer/src/db/records';
import { createReviewRepository } from '../../renderer/src/db/repositories/reviewRepository';
import { clerk, makeIssueInput, supervisor } from '../fixtures/moneyActors';
import { depositLine, feeLineOf, STAMPS, storedReceipt } from '../fixtures/money';
import { renovationApplicationSchema } from '@shared/domain/renovationApplication';
import { makeRenovation } from '../fixtures/renovation';
import type { RenovationRecord } from '../../renderer/src/db/repositories/renovationRecords';
import { makeTestRepos } from './makeTestDb';

const stored = storedReceipt;

function waitingMail(id: string, receivedAt: string): MailItemRecord {
  return {
    ...STAMPS,
    id,
    batchId: 'b1',
    carrier: '邮政',
    receivedAt,
    receivedByName: '王前台',
    kind: 'letter',
    count: 1,
    unitCode: '5-301',
    status: 'waiting',
    terms: [],
  };
}

function job(id: string, docs: { receipts: ReceiptRecord[]; refunds: ReceiptRecord[] }) {
  const link = (d: ReceiptRecord) => ({
    payer: 'contractor' as const,
    docId: d.id,
    docNo: d.no,
    totalFen: d.totalFen,
  });
  return {
    ...STAMPS,
    ...renovationApplicationSchema.parse(makeRenovation()),
    id,
    no: `ZX-${id}`,
    state: 'working',
    appliedAt: '2026-08-01T02:00:00.000Z',
    startedAt: '2026-08-10T02:00:00.000Z',
    receipts: docs.receipts.map(link),
    depositsCollectedFen: 0,
    permitValidUntil: '2026-12-31',
    permitsLost: 0,
    passes: [],
    passNos: [],
    acceptances: [],
    refunds: docs.refunds.map((d) => ({ ...link(d), deductedFen: 0, shortfallFen: 0 })),
    depositsSettledFen: 0,
    terms: [],
  } satisfies RenovationRecord;
}

describe('review repository', () => {
  it('reviews the month of records made through the registers and lists those behind a bar', async () => {
    const repos = makeTestRepos();
    const r1 = await repos.receipts.issue(clerk, makeIssueInput());
    await repos.receipts.issue(clerk, makeIssueInput({ method: 'wechat' }));
    const bad = await repos.receipts.issue(clerk, makeIssueInput());
    await repos.receipts.void(supervisor, bad.id, '金额写错');
    await repos.mail.receiveBatch(clerk, {
      carrier: '邮政',
      items: [{ kind: 'letter', count: 1, unitCode: '5-301', addressee: '', trackingNo: 'EMS1' }],
    });
    const month = officeMonthOf(r1.issuedAt);

    const review = await repos.review.monthly(month);
    expect(review.current.month).toBe(month);
    expect(review.current.money).toMatchObject({
      receiptCount: 2,
      receivedFen: 204_000,
      byMethodFen: { cash: 102_000, wechat: 102_000 },
      byItemFen: { renovation_deposit_owner: 200_000, permit_fee: 4_000 },
      voidCount: 1,
      voidFen: 102_000,
    });
    expect(review.current.registers.mailReceived).toBe(1);
    expect(review.current.registers.mailOutstanding).toBe(1);
    expect(review.targets).toEqual({
      perHousehold: 0.01,
      onTime: 0.95,
      revisit: 1,
      satisfaction: 0.9,
    });
    // No units in the archive: the 有效投诉率 is not applicable, never NaN.
    expect(review.current.complaints.rates.perHousehold).toEqual({
      numerator: 0,
      denominator: 0,
      value: null,
    });
    expect(review.trend).toHaveLength(12);
    expect(review.trend.at(-1)!.receivedFen).toBe(204_000);

    const rows = await repos.review.recordsBehind('money', 'method:cash', month);
    expect(rows).toEqual([
      expect.objectContaining({
        id: r1.id,
        number: r1.no,
        unit: '3-1-1201',
        summary: '张三 · ¥1,020.00',
        path: `/money?no=${encodeURIComponent(r1.no)}`,
      }),
    ]);
    expect(await repos.review.recordsBehind('money', 'voids', month)).toMatchObject([
      { number: bad.no },
    ]);
  });

  it('reads only the window, and what still waits from before it', async () => {
    const repos = makeTestRepos();
    await repos.db.receipts.bulkAdd([
      stored('2026-10-01T02:00:00.000Z', 10_000),
      // 2026-10-31 23:30 in China: still October.
      stored('2026-10-31T15:30:00.000Z', 20_000),
      // 2026-11-01 00:30 in China: November, outside.
      stored('2026-10-31T16:30:00.000Z', 40_000),
      stored('2025-10-15T02:00:00.000Z', 7_000),
      stored('2025-09-15T02:00:00.000Z', 80_000),
    ]);
    await repos.db.mailItems.bulkAdd([
      waitingMail('old', '2025-01-02T02:00:00.000Z'),
      waitingMail('late', '2026-11-02T02:00:00.000Z'),
    ]);
    const review = createReviewRepository(
      repos.db,
      repos.settings,
      () => '2026-11-20T00:00:00.000Z',
    );

    const r = await review.monthly('2026-10');
    expect(r.current.money.receivedFen).toBe(30_000);
    expect(r.previous.money.receivedFen).toBe(0);
    expect(r.lastYear.month).toBe('2025-10');
    expect(r.lastYear.money.receivedFen).toBe(7_000);
    expect(r.trend.map((p) => p.receivedFen)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30_000]);
    expect(r.current.registers).toMatchObject({ mailOutstanding: 1, mailOutstandingOver3Days: 1 });
    expect(await review.recordsBehind('registers', 'mailOutstanding', '2026-10')).toMatchObject([
      { id: 'old', unit: '5-301', path: '/mail' },
    ]);
    await expect(review.monthly('2026-13')).rejects.toThrow(RangeError);
  });

  it('follows a job’s own ledger links for the deposits it still holds', async () => {
    const repos = makeTestRepos();
    const taken = stored('2026-08-08T02:00:00.000Z', 0, {
      lines: [
        depositLine('renovation_deposit_contractor', 300_000),
        feeLineOf('permit_fee', 2_000),
      ],
      totalFen: 302_000,
    });
    // Paid back 1 000 元 and kept 500 元 for damage: 1 500 元 of 3 000 settled.
    const refund = stored('2026-10-15T02:00:00.000Z', 100_000, {
      kind: 'refund',
      deductions: [{ code: 'renovation_deposit_contractor', reason: '损坏', amountFen: 50_000 }],
    });
    const voided = stored('2026-09-01T02:00:00.000Z', 0, {
      status: 'void',
      lines: [depositLine('renovation_deposit_contractor', 900_000)],
    });
    await repos.db.receipts.bulkAdd([taken, refund, voided]);
    await repos.db.renovations.add(job('j1', { receipts: [taken, voided], refunds: [refund] }));
    const review = createReviewRepository(
      repos.db,
      repos.settings,
      () => '2026-11-20T00:00:00.000Z',
    );

    const r = await review.monthly('2026-10');
    expect(r.current.renovation).toMatchObject({
      refunded: 1,
      depositsHeldCount: 1,
      depositsHeldFen: 150_000,
      depositsHeldByAge: { '31-90': 150_000 },
    });
    expect(r.previous.renovation).toMatchObject({ depositsHeldFen: 300_000 });
    expect(await review.recordsBehind('renovation', 'held', '2026-10')).toMatchObject([
      { id: 'j1', number: 'ZX-j1', path: '/renovation' },
    ]);
  });
});
