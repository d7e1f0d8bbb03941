import { describe, expect, it } from 'vitest';
import { MoneyRuleError } from '@shared/domain/receipt';
import { TEST_TODAY } from '../fixtures/clock';
import { createRepositories } from '../../renderer/src/db/repositories';
import {
  clerk,
  makeIssueInput,
  otherClerk,
  makeDepositRefund,
  supervisor,
} from '../fixtures/moneyActors';
import { makeTestDb } from './makeTestDb';

function setup() {
  return createRepositories(makeTestDb());
}

const cash = (over: Parameters<typeof makeIssueInput>[0] = {}) =>
  makeIssueInput({ lines: [{ code: 'renovation_deposit_owner', quantity: 1 }], ...over });

describe('cash-up (交班对账)', () => {
  it("sums the clerk's shift by method and works out the cash expected", async () => {
    const repos = setup();
    const deposit = await repos.receipts.issue(clerk, cash());
    await repos.receipts.issue(clerk, cash({ method: 'wechat' }));
    const wrong = await repos.receipts.issue(clerk, cash());
    await repos.receipts.void(supervisor, wrong.id, '重复收款');
    await repos.receipts.issue(otherClerk, cash());
    await repos.receipts.refund(supervisor, makeDepositRefund('r1', deposit.id, 100_000));
    const shift = await repos.cashups.currentShift(clerk.id, 20_000);
    // The refund was paid by the supervisor: it is in the supervisor's drawer, not the clerk's.
    expect(shift.summary).toMatchObject({
      receiptCount: 2,
      receivedFen: 200_000,
      voidCount: 1,
      refundCount: 0,
    });
    expect(shift.summary.expectedCashFen).toBe(120_000);
    expect(shift.docs.map((d) => d.status)).toEqual(['valid', 'valid', 'void']);
    const supShift = await repos.cashups.currentShift(supervisor.id);
    expect(supShift.summary).toMatchObject({
      refundCount: 1,
      refundedFen: 100_000,
      expectedCashFen: -100_000,
    });
  });

  it('refuses to close with a difference until it is explained (账款不相符不走)', async () => {
    const repos = setup();
    await repos.receipts.issue(clerk, cash());
    const { summary } = await repos.cashups.currentShift(clerk.id);
    const close = (countedCashFen: number, explanation: string) =>
      repos.cashups.close(clerk, {
        floatFen: 0,
        countedCashFen,
        explanation,
        handedTo: '李前台',
        expectedCashFen: summary.expectedCashFen,
      });
    const err = await close(99_950, '').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MoneyRuleError);
    expect((err as Error).message).toBe('账款不相符（短款 0.50 元），请说明原因后再交班');
    expect(await repos.cashups.list(clerk.id)).toEqual([]);
    const closed = await close(99_950, '找零时多找五角');
    expect(closed).toMatchObject({
      differenceFen: -50,
      explanation: '找零时多找五角',
      handedTo: '李前台',
    });
    expect(closed.docs).toHaveLength(1);
  });

  it('starts the next shift at the close and carries late voids into it', async () => {
    const repos = setup();
    const early = await repos.receipts.issue(clerk, cash());
    const first = await repos.cashups.currentShift(clerk.id);
    await repos.cashups.close(clerk, {
      floatFen: 0,
      countedCashFen: 100_000,
      explanation: '',
      handedTo: '',
      expectedCashFen: first.summary.expectedCashFen,
    });
    await repos.receipts.issue(clerk, cash({ method: 'card' }));
    await repos.receipts.void(supervisor, early.id, '开错单位');
    const next = await repos.cashups.currentShift(clerk.id);
    expect(next.summary).toMatchObject({
      receiptCount: 1,
      lateVoidCount: 1,
      lateVoidFen: -100_000,
    });
    expect(next.summary.expectedCashFen).toBe(-100_000);
    expect(next.docs.find((d) => d.id === early.id)?.lateVoid).toBe(true);
    // The closed sheet still shows the receipt as it was at closing.
    const [closed] = await repos.cashups.list(clerk.id);
    expect(closed?.docs[0]?.status).toBe('valid');
  });

  it('refuses to close when a document came in after the clerk looked', async () => {
    const repos = setup();
    await repos.receipts.issue(clerk, cash());
    const seen = await repos.cashups.currentShift(clerk.id);
    await repos.receipts.issue(clerk, cash());
    await expect(
      repos.cashups.close(clerk, {
        floatFen: 0,
        countedCashFen: seen.summary.expectedCashFen,
        explanation: '',
        handedTo: '',
        expectedCashFen: seen.summary.expectedCashFen,
      }),
    ).rejects.toThrow('请重新核对');
  });

  it("gives the day's book across clerks, or one clerk's", async () => {
    const repos = setup();
    await repos.receipts.issue(clerk, cash());
    await repos.receipts.issue(otherClerk, cash({ method: 'alipay' }));
    const today = TEST_TODAY;
    const all = await repos.cashups.dayBook(today);
    expect(all.docs).toHaveLength(2);
    expect(all.summary.receivedFen).toBe(200_000);
    expect((await repos.cashups.dayBook(today, otherClerk.id)).docs).toHaveLength(1);
    expect((await repos.cashups.dayBook('2020-01-01')).docs).toHaveLength(0);
  });
});
