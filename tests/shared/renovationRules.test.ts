import { describe, expect, it } from 'vitest';
import { reusedRequestProblem, type StoredRequestDoc } from '@shared/domain/receipt';
import {
  pastPeriodProblem,
  renovationApplicationSchemaOn,
  reviewerDocumentsOpen,
} from '@shared/domain/renovationApplication';
import { canDo, nextState, refusal, waitingReason } from '@shared/domain/renovationFlow';
import { renovationMonthStats } from '@shared/domain/renovationStats';
import { HOME_SCOPE as home, makeRenovation } from '../fixtures/renovation';

describe('fire approval (消防审批意见书) asked of every application', () => {
  it('the reviewer finds it ticked or marks it not applicable with a reason', () => {
    expect(reviewerDocumentsOpen(home, [], {})).toEqual(['fireApproval']);
    expect(reviewerDocumentsOpen(home, [], { fireApproval: '  ' })).toEqual(['fireApproval']);
    expect(reviewerDocumentsOpen(home, [], { fireApproval: '住宅室内装修，不涉及消防' })).toEqual(
      [],
    );
    expect(reviewerDocumentsOpen(home, ['fireApproval'], {})).toEqual([]);
    // A shop cannot even be submitted without it: nothing is left to the reviewer.
    expect(reviewerDocumentsOpen({ ...home, commercial: true }, [], {})).toEqual([]);
  });
});

describe('past dates', () => {
  it('refuses a period that is wholly past, at the completion date', () => {
    expect(pastPeriodProblem('2026-11-16', '2026-11-17')).toContain('施工期已全部过去');
    expect(pastPeriodProblem('2026-11-17', '2026-11-17')).toBeNull();
    const parsed = renovationApplicationSchemaOn('2026-11-17').safeParse(
      makeRenovation({ plannedStart: '2026-10-01', plannedEnd: '2026-11-10' }),
    );
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['plannedEnd', expect.stringContaining('完工日期 2026-11-10 早于今天 2026-11-17')],
    ]);
    // Started in the past but still running: fine.
    expect(
      renovationApplicationSchemaOn('2026-11-17').safeParse(
        makeRenovation({ plannedStart: '2026-10-01', plannedEnd: '2026-12-10' }),
      ).success,
    ).toBe(true);
  });
});

describe('withdrawing and owing', () => {
  it('the desk withdraws an application until it is approved', () => {
    expect(canDo('applying', 'withdraw', 'clerk')).toBe(true);
    expect(canDo('pendingReview', 'withdraw', 'clerk')).toBe(true);
    expect(refusal('approved', 'withdraw', 'clerk')).toBe('装修单已批准，不能撤回申请');
    expect(nextState('pendingReview', 'withdraw')).toBe('withdrawn');
  });
  it('a settlement that leaves something owed waits 欠款待缴 until it is paid', () => {
    expect(nextState('pendingRefund', 'refund', { settled: true, owes: true })).toBe('owing');
    expect(canDo('owing', 'refund', 'manager')).toBe(false);
    expect(nextState('owing', 'collectArrears')).toBe('closed');
  });
});

describe('why an application waits', () => {
  const facts = {
    missing: [] as string[],
    feesDue: false,
    cardsOut: 0,
    owedFen: 0,
    reviewDays: 5,
  };
  it('tells the clerk that the review needs a supervisor or manager', () => {
    expect(waitingReason({ ...facts, state: 'pendingReview' }, 'clerk')).toBe(
      '等待审批：需主管或经理审批（您无此权限），审批期限 5 个工作日',
    );
    expect(waitingReason({ ...facts, state: 'pendingReview' }, 'manager')).toBe(
      '等待审批：需主管或经理审批，审批期限 5 个工作日',
    );
    expect(
      waitingReason({ ...facts, state: 'applying', missing: ['装修平面图', '系统图'] }, 'clerk'),
    ).toBe('资料不全，待补：装修平面图、系统图；补齐后自动提交审批');
    expect(waitingReason({ ...facts, state: 'owing', owedFen: 42_000 }, 'clerk')).toContain(
      '尚欠 420.00 元',
    );
    expect(waitingReason({ ...facts, state: 'closed' }, 'clerk')).toBeNull();
  });
});

describe('a request id names one document', () => {
  const stored: StoredRequestDoc = {
    no: 'SJ2026-000001',
    kind: 'receipt',
    status: 'valid',
    payerName: '李四',
    unitId: 'u1',
    lines: [
      { code: 'renovation_deposit_owner', quantity: 1, unitFen: 100_000, amountFen: 100_000 },
    ],
  };
  it('a retry of the same receipt gets it back; anything else is refused', () => {
    const same = {
      kind: 'receipt' as const,
      payerName: ' 李四 ',
      unitId: 'u1',
      lines: [{ code: 'renovation_deposit_owner', quantity: 1 }],
    };
    expect(reusedRequestProblem(stored, same)).toBeNull();
    expect(reusedRequestProblem(stored, { ...same, payerName: '美家装饰' })).toContain(
      '已用于 SJ2026-000001',
    );
    expect(
      reusedRequestProblem(stored, { ...same, lines: [{ code: 'permit_fee', quantity: 1 }] }),
    ).toContain('内容不同');
    expect(reusedRequestProblem({ ...stored, status: 'void' }, same)).toContain('已作废');
  });
  it('a refund retried with other amounts is refused', () => {
    const voucher: StoredRequestDoc = {
      ...stored,
      no: 'TK2026-000001',
      kind: 'refund',
      refundOf: 'r1',
      lines: [
        { code: 'renovation_deposit_owner', quantity: 1, unitFen: 90_000, amountFen: 90_000 },
      ],
      deductions: [{ code: 'renovation_deposit_owner', reason: '遗失', amountFen: 10_000 }],
    };
    const request = {
      kind: 'refund' as const,
      originalId: 'r1',
      lines: [{ code: 'renovation_deposit_owner', refundFen: 90_000 }],
      deductions: [{ code: 'renovation_deposit_owner', reason: '遗失', amountFen: 10_000 }],
    };
    expect(reusedRequestProblem(voucher, request)).toBeNull();
    expect(
      reusedRequestProblem(voucher, {
        ...request,
        lines: [{ code: 'renovation_deposit_owner', refundFen: 100_000 }],
        deductions: [],
      }),
    ).toContain('内容不同');
    expect(reusedRequestProblem(voucher, { ...request, originalId: 'r2' })).toContain('内容不同');
  });
});

describe('每月装修统计表 and withdrawn applications', () => {
  it('a withdrawn application is listed in its month only, like a rejected one', () => {
    const job = {
      no: 'ZX2026-0009',
      unitCode: '3-1-1201',
      ownerName: '李四',
      contractorName: '美家装饰',
      state: 'withdrawn' as const,
      appliedAt: '2026-10-20T02:00:00Z',
      depositsCollectedFen: 0,
      depositsSettledFen: 0,
    };
    expect(renovationMonthStats([job], '2026-10').rows).toHaveLength(1);
    expect(renovationMonthStats([job], '2026-11').rows).toHaveLength(0);
  });
});
