import { describe, expect, it } from 'vitest';
import { buildCalendar } from '@shared/domain/calendar';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';
import { DEFAULT_FEE_ITEMS, linesTotalFen, type FeeItem } from '@shared/domain/fees';
import { applicableChecklist, missingDocuments } from '@shared/domain/renovationApplication';
import { isRenovationOverdue, renovationDues } from '@shared/domain/renovationDue';
import {
  RENOVATION_ACTIONS,
  RENOVATION_RULES,
  RENOVATION_STATES,
  canDo,
  nextState,
  refusal,
} from '@shared/domain/renovationFlow';
import {
  feesStillDue,
  handBackRefundFen,
  lossCharges,
  planJobRefund,
  refundBlockers,
  renovationFeesByPayer,
} from '@shared/domain/renovationMoney';
import { renovationMonthStats, type RenovationStatsJob } from '@shared/domain/renovationStats';
import { HOME_SCOPE } from '../fixtures/renovation';

const cal = buildCalendar();

describe('renovation fees per payer', () => {
  it('4 workers, one permit: contractor 1000 + 300 + 4×5 + 4×20, owner 1000 + 20', () => {
    const fees = renovationFeesByPayer({ workers: 4, permits: 1 }, DEFAULT_FEE_ITEMS);
    expect(linesTotalFen(fees.contractor)).toBe(140_000);
    expect(fees.contractor.map((l) => [l.code, l.quantity, l.amountFen])).toEqual([
      ['renovation_deposit_contractor', 1, 100_000],
      ['renovation_maintenance', 1, 30_000],
      ['pass_card_fee', 4, 2_000],
      ['pass_card_deposit', 4, 8_000],
    ]);
    expect(linesTotalFen(fees.owner)).toBe(102_000);
  });

  it('follows the settings table: debris fee instead of maintenance, 12 workers', () => {
    const items: FeeItem[] = DEFAULT_FEE_ITEMS.map((i) =>
      i.code === 'renovation_maintenance'
        ? { ...i, enabled: false }
        : i.code === 'debris_removal'
          ? { ...i, enabled: true, amountFen: 45_000 }
          : i,
    );
    const fees = renovationFeesByPayer({ workers: 12, permits: 1 }, items);
    // 1000 + 450 + 12×5 + 12×20 = 1750
    expect(linesTotalFen(fees.contractor)).toBe(175_000);
    expect(fees.contractor.some((l) => l.code === 'renovation_maintenance')).toBe(false);
  });
});

describe('deductions and refunds', () => {
  const none = {};
  const held = (contractor: Record<string, number>, owner: Record<string, number> = none) => ({
    contractor,
    owner,
  });
  const card = { renovation_deposit_contractor: 100_000, pass_card_deposit: 8_000 };

  it('one lost card of four: its 20 deposit is kept and 100 comes off the deposit, 120 in all', () => {
    const charges = lossCharges(
      { lostPasses: ['CR2026-00004'], lostPermits: 0 },
      DEFAULT_FEE_ITEMS,
    );
    const plan = planJobRefund({ held: held(card), charges });
    const c = plan.payers.contractor;
    expect(c.lines).toEqual([
      { code: 'renovation_deposit_contractor', refundFen: 90_000 },
      { code: 'pass_card_deposit', refundFen: 6_000 },
    ]);
    expect(c.deductions.map((d) => [d.code, d.reason, d.amountFen])).toEqual([
      ['pass_card_deposit', '遗失出入证 CR2026-00004，押金不退', 2_000],
      ['renovation_deposit_contractor', '遗失出入证 CR2026-00004', 10_000],
    ]);
    expect([c.refundFen, c.deductedFen, plan.owedFen]).toEqual([96_000, 12_000, 0]);
  });

  it('owner: lost permit 100 from the 1000 deposit', () => {
    const charges = lossCharges({ lostPasses: [], lostPermits: 1 }, DEFAULT_FEE_ITEMS);
    const plan = planJobRefund({
      held: held(none, { renovation_deposit_owner: 100_000 }),
      charges,
    });
    expect(plan.payers.owner.refundFen).toBe(90_000);
    expect(plan.payers.owner.deductions).toEqual([
      {
        code: 'renovation_deposit_owner',
        reason: '遗失施工许可证',
        amountFen: 10_000,
        feeCode: 'lost_permit',
      },
    ]);
  });

  it("the job's deposits answer together: the contractor's excess comes off the owner's deposit", () => {
    const plan = planJobRefund({
      held: held(card, { renovation_deposit_owner: 100_000 }),
      charges: [
        { payer: 'contractor', feeCode: 'violation_deduction', reason: '擅拆', amountFen: 80_000 },
        { payer: 'contractor', feeCode: 'public_damage', reason: '电梯', amountFen: 35_000 },
      ],
    });
    // 1000 deposit + 80 pass deposits of the contractor, then 70 of the owner's 1000.
    expect(plan.payers.contractor.refundFen).toBe(0);
    expect(plan.payers.owner.refundFen).toBe(93_000);
    expect(plan.payers.owner.deductions).toEqual([
      {
        code: 'renovation_deposit_owner',
        reason: '电梯',
        amountFen: 7_000,
        feeCode: 'public_damage',
      },
    ]);
    expect(plan.owedFen).toBe(0);
  });

  it("an owner's charge beyond the owner's deposit comes off the contractor's", () => {
    const plan = planJobRefund({
      held: held(card, { renovation_deposit_owner: 100_000 }),
      charges: [{ payer: 'owner', feeCode: 'public_damage', reason: '外墙', amountFen: 130_000 }],
    });
    expect([plan.payers.owner.refundFen, plan.payers.contractor.refundFen]).toEqual([0, 78_000]);
    expect(plan.payers.contractor.deductions.map((d) => [d.code, d.amountFen])).toEqual([
      ['renovation_deposit_contractor', 30_000],
    ]);
  });

  it('beyond every deposit: nothing is paid back and only the uncovered rest is owed', () => {
    const plan = planJobRefund({
      held: held(card, { renovation_deposit_owner: 100_000 }),
      charges: [
        { payer: 'contractor', feeCode: 'violation_deduction', reason: '擅拆', amountFen: 250_000 },
      ],
    });
    expect([plan.payers.contractor.refundFen, plan.payers.owner.refundFen]).toEqual([0, 0]);
    expect(plan.owed).toEqual([
      { payer: 'contractor', feeCode: 'violation_deduction', reason: '擅拆', amountFen: 42_000 },
    ]);
    expect(plan.payers.contractor.shortfallFen).toBe(42_000);
  });

  it("a lost card's own deposit is only kept, never taken from another deposit or owed", () => {
    const charges = lossCharges({ lostPasses: ['CR1'], lostPermits: 0 }, DEFAULT_FEE_ITEMS);
    const plan = planJobRefund({ held: held({ renovation_deposit_contractor: 100_000 }), charges });
    expect(plan.payers.contractor.deductedFen).toBe(10_000);
    expect(plan.owedFen).toBe(0);
  });

  it('a card handed back mid-job gets its deposit back while the rest still covers the charges', () => {
    expect(handBackRefundFen({ cardDepositFen: 2_000, heldTotalFen: 208_000, chargesFen: 0 })).toBe(
      2_000,
    );
    expect(
      handBackRefundFen({ cardDepositFen: 2_000, heldTotalFen: 208_000, chargesFen: 207_000 }),
    ).toBe(1_000);
    expect(
      handBackRefundFen({ cardDepositFen: 2_000, heldTotalFen: 208_000, chargesFen: 300_000 }),
    ).toBe(0);
  });

  it('fees still due: what the valid receipts do not carry yet', () => {
    const plan = renovationFeesByPayer({ workers: 4, permits: 1 }, DEFAULT_FEE_ITEMS);
    expect(feesStillDue(plan.owner, [{ code: 'renovation_deposit_owner', quantity: 1 }])).toEqual([
      { code: 'permit_fee', quantity: 1 },
    ]);
    expect(feesStillDue(plan.contractor, [])).toHaveLength(4);
    expect(
      feesStillDue(plan.contractor, [
        ...plan.contractor.map((l) => ({ code: l.code, quantity: l.quantity })),
        { code: 'pass_card_deposit', quantity: 1 },
      ]),
    ).toEqual([]);
  });

  it('a card neither returned nor lost blocks the refund', () => {
    expect(
      refundBlockers([
        { no: 'CR2026-00001', status: 'returned' },
        { no: 'CR2026-00002', status: 'active' },
      ]),
    ).toEqual(['出入证 CR2026-00002 尚未退还或挂失']);
  });
});

describe('renovation deadlines across the National Day holiday', () => {
  it('review due 5 working days after a complete application (Mid-Autumn and National Day skipped)', () => {
    const dues = renovationDues(
      {
        state: 'pendingReview',
        submittedAt: '2026-09-24T15:00:00+08:00',
        worksEnd: '2026-12-31',
        passesSettled: false,
      },
      '2026-10-09T15:00:01+08:00',
      DEFAULT_DEADLINES,
      cal,
    );
    expect(dues).toEqual([{ kind: 'review', due: '2026-10-09T07:00:00.000Z', state: 'overdue' }]);
    expect(isRenovationOverdue(dues)).toBe(true);
  });

  it('deposit refund 7, pass deposit 3 working days after acceptance (Sat 10 Oct is a workday)', () => {
    const dues = renovationDues(
      {
        state: 'pendingRefund',
        acceptedAt: '2026-09-30T10:00:00+08:00',
        worksEnd: '2026-09-30',
        passesSettled: false,
      },
      '2026-10-10T09:00:00+08:00',
      DEFAULT_DEADLINES,
      cal,
    );
    expect(dues.map((d) => [d.kind, d.due, d.state])).toEqual([
      ['depositRefund', '2026-10-15T02:00:00.000Z', 'ok'],
      ['passRefund', '2026-10-10T02:00:00.000Z', 'soon'],
    ]);
  });

  it('works overdue after the end of the planned last day', () => {
    const at = (now: string) =>
      renovationDues(
        { state: 'working', worksEnd: '2026-11-20', passesSettled: false },
        now,
        DEFAULT_DEADLINES,
        cal,
      )[0]?.state;
    expect(at('2026-11-20T23:59:00+08:00')).toBe('soon');
    expect(at('2026-11-21T00:00:00+08:00')).toBe('overdue');
  });
});

describe('the renovation state machine', () => {
  it('refuses every action outside its states, and supervisor actions to a clerk', () => {
    let refused = 0;
    for (const state of RENOVATION_STATES) {
      for (const action of RENOVATION_ACTIONS) {
        const rule = RENOVATION_RULES[action];
        const allowed = rule.from.includes(state);
        expect(canDo(state, action, 'manager'), `${state} ${action}`).toBe(allowed);
        if (!allowed) refused++;
      }
    }
    expect(refused).toBeGreaterThan(60);
    expect(canDo('closed', 'refund', 'manager')).toBe(false);
    expect(canDo('rejected', 'submit', 'manager')).toBe(false);
    expect(canDo('applying', 'startWork', 'manager')).toBe(false);
    expect(refusal('pendingReview', 'review', 'clerk')).toBe('审批需要主管及以上权限');
    expect(refusal('pendingRefund', 'refund', 'clerk')).toBe('退款需要主管及以上权限');
    expect(refusal('working', 'review', 'supervisor')).toBe('装修单施工中，不能审批');
    expect(canDo('pendingReview', 'review', 'supervisor')).toBe(true);
  });

  it('moves through the flow', () => {
    expect(nextState('applying', 'submit')).toBe('pendingReview');
    expect(nextState('pendingReview', 'review', { outcome: 'conditional' })).toBe('approved');
    expect(nextState('pendingReview', 'review', { outcome: 'rejected' })).toBe('rejected');
    expect(nextState('approved', 'startWork')).toBe('working');
    expect(nextState('pendingAcceptance', 'recordAcceptance', { passed: false })).toBe(
      'pendingAcceptance',
    );
    expect(nextState('pendingAcceptance', 'recordAcceptance', { passed: true })).toBe(
      'pendingRefund',
    );
    expect(nextState('pendingRefund', 'refund', { settled: false })).toBe('pendingRefund');
    expect(nextState('pendingRefund', 'refund', { settled: true })).toBe('closed');
  });
});

describe('the application checklist', () => {
  const home = HOME_SCOPE;
  it('a home without gas or plumbing changes: the nine basic items and the fire approval', () => {
    expect(applicableChecklist(home)).toHaveLength(10);
    expect(applicableChecklist(home)).toContain('fireApproval');
    expect(applicableChecklist(home)).not.toContain('gasDrawing');
    // Asked of every application, but for a home the reviewer decides whether it applies.
    const ticked = applicableChecklist(home).filter((i) => i !== 'fireApproval');
    expect(missingDocuments(home, ticked)).toEqual([]);
  });
  it('gas, an agent and a shop add their documents', () => {
    const shop = { ...home, applicantKind: 'agent' as const, commercial: true, changesGas: true };
    const basics = applicableChecklist(home).filter((i) => i !== 'fireApproval');
    expect(missingDocuments(shop, basics)).toEqual([
      'authorisation',
      'gasDrawing',
      'fireApproval',
      'gasApproval',
    ]);
  });
});

describe('每月装修统计表', () => {
  const job = (over: Partial<RenovationStatsJob>): RenovationStatsJob => ({
    no: 'ZX2026-0001',
    unitCode: '3-1-1201',
    ownerName: '李四',
    contractorName: '美家装饰',
    state: 'working',
    appliedAt: '2026-10-20T02:00:00Z',
    depositsCollectedFen: 208_000,
    depositsSettledFen: 0,
    ...over,
  });
  it('counts what happened in the month and lists open jobs', () => {
    const stats = renovationMonthStats(
      [
        job({ startedAt: '2026-11-02T02:00:00Z' }),
        job({
          no: 'ZX2026-0002',
          state: 'closed',
          appliedAt: '2026-09-01T02:00:00Z',
          startedAt: '2026-09-05T02:00:00Z',
          acceptedAt: '2026-10-01T02:00:00Z',
          closedAt: '2026-10-30T17:00:00Z',
          depositsSettledFen: 208_000,
        }),
        job({ no: 'ZX2026-0003', state: 'rejected', appliedAt: '2026-08-01T02:00:00Z' }),
        job({ no: 'ZX2026-0004', state: 'applying', appliedAt: '2026-12-01T02:00:00Z' }),
      ],
      '2026-11',
    );
    // 0002 closed at 01:00 on 31 Oct China time: October, not November.
    expect(stats.rows.map((r) => r.no)).toEqual(['ZX2026-0001']);
    expect([stats.applied, stats.started, stats.accepted, stats.closed, stats.inWorks]).toEqual([
      0, 1, 0, 0, 1,
    ]);
    expect(stats.heldFen).toBe(208_000);
  });
});
