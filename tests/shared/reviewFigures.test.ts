import { NO_FACTS } from '@shared/domain/review/branchReview';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINES } from '../../shared/domain/deadlines';
import { idsBehind, sectionBuckets } from '../../shared/domain/review/behind';
import type { ReviewContext, ReviewFacts } from '../../shared/domain/review/facts';
import { monthlyFigures, monthlyReview, yearTrend } from '../../shared/domain/review/monthly';
import { median } from '../../shared/domain/review/repairFigures';
import { depositAgeBucket } from '../../shared/domain/review/renovationFigures';
import { DEFAULT_RATE_TARGETS } from '../../shared/domain/review/targets';
import { makeReviewYear, YEAR_NOW } from '../fixtures/reviewYear';

const ctx: ReviewContext = { now: YEAR_NOW, deadlines: { ...DEFAULT_DEADLINES } };
const year = makeReviewYear();
const rate = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  value: denominator === 0 ? null : numerator / denominator,
});

describe('monthlyFigures on a generated year (known answers, 2026-10)', () => {
  const f = monthlyFigures(year, '2026-10', ctx);

  it('counts complaints by category and department with the four rates', () => {
    expect(f.complaints).toEqual({
      received: 12,
      byCategory: { class1: 4, class2: 4, class3: 4 },
      byDepartment: { engineering: 6, security: 6 },
      rates: {
        valid: rate(11, 12),
        onTime: rate(11, 12),
        revisit: rate(11, 12),
        satisfaction: rate(10, 11),
        // 有效投诉率: the 11 valid complaints ÷ the year's 400 households.
        perHousehold: { numerator: 11, denominator: 400, value: 11 / 400 },
      },
    });
  });

  it('counts suggestions received, adopted, rejected and unanswered', () => {
    expect(f.suggestions).toEqual({ received: 3, adopted: 1, notAdopted: 1, pending: 1 });
  });

  it('counts work orders and covers revisits against the sampling rule', () => {
    expect(f.repairs).toEqual({
      received: 5,
      byType: { repair: 4, paidService: 1 },
      byUrgency: { routine: 4, emergency: 1 },
      completed: 5,
      medianCompletionHours: 6,
      // 1 emergency + all 4 routine orders (≤ 100 completed → 100 %).
      revisitRequired: 5,
      revisitCoverage: rate(3, 5),
    });
  });

  it('measures renovation deposits held at the month end by age', () => {
    expect(f.renovation).toEqual({
      started: 1,
      accepted: 1,
      refunded: 1,
      depositsHeldCount: 4,
      depositsHeldFen: 800_000,
      depositsHeldByAge: { '0-30': 200_000, '31-90': 400_000, '181+': 200_000 },
    });
  });

  it('sums the month’s money by item and method, refunds and voids apart', () => {
    expect(f.money).toEqual({
      receivedFen: 230_000,
      receiptCount: 3,
      byItemFen: {
        maintenance_fee: 10_000,
        paid_service: 20_000,
        renovation_deposit_contractor: 200_000,
      },
      byMethodFen: { cash: 10_000, wechat: 20_000, transfer: 200_000 },
      refundCount: 1,
      refundFen: 200_000,
      voidCount: 1,
      voidFen: 5_000,
    });
  });

  it('counts mail, visits and keys with what was outstanding at the month end', () => {
    expect(f.registers).toEqual({
      mailReceived: 5,
      mailCollected: 4,
      mailOutstanding: 4,
      mailOutstandingOver3Days: 3,
      visits: 14,
      visitsRefused: 1,
      keyLoans: 3,
      keysOut: 2,
      keysOverdue: 1,
    });
  });

  it('measures outstanding figures at "now" while the month is still running', () => {
    const running = monthlyFigures(year, '2026-10', { ...ctx, now: '2026-10-25T04:00:00.000Z' });
    expect(running.registers.keysOut).toBe(1);
    expect(running.registers.keysOverdue).toBe(1);
    expect(running.renovation.depositsHeldByAge).toEqual({
      '0-30': 200_000,
      '31-90': 400_000,
      '181+': 200_000,
    });
  });
});

describe('a month with no data', () => {
  it('has zero counts and every rate not applicable but the 有效投诉率 (0 of 400 households)', () => {
    const f = monthlyFigures(year, '2024-06', ctx);
    expect(f.complaints.received).toBe(0);
    const { perHousehold, ...four } = f.complaints.rates;
    expect(Object.values(four).map((r) => r.value)).toEqual([null, null, null, null]);
    expect(perHousehold).toEqual({ numerator: 0, denominator: 400, value: 0 });
    expect(f.repairs.medianCompletionHours).toBeNull();
    expect(f.repairs.revisitCoverage).toEqual(rate(0, 0));
    expect(f.money.receivedFen).toBe(0);
    expect(f.money.byItemFen).toEqual({});
    expect(f.renovation.depositsHeldFen).toBe(0);
    expect(f.registers.mailOutstanding).toBe(0);
    const empty: ReviewFacts = NO_FACTS;
    const none = monthlyFigures(empty, '2026-10', ctx);
    // No households on record: 有效投诉率 is not applicable, never NaN.
    expect(none.complaints.rates.perHousehold).toEqual({
      numerator: 0,
      denominator: 0,
      value: null,
    });
    expect(none).toEqual({
      ...f,
      month: '2026-10',
      complaints: {
        ...f.complaints,
        rates: { ...f.complaints.rates, perHousehold: none.complaints.rates.perHousehold },
      },
    });
  });
});

describe('months across a year boundary', () => {
  const review = monthlyReview({
    facts: year,
    month: '2026-01',
    ctx,
    estateName: '阳光花园',
    targets: DEFAULT_RATE_TARGETS,
  });

  it('compares January with December and with January a year earlier', () => {
    expect(review.current.complaints.received).toBe(3);
    expect(review.previous.month).toBe('2025-12');
    expect(review.previous.complaints.received).toBe(2);
    expect(review.lastYear.month).toBe('2025-01');
    expect(review.lastYear.complaints.received).toBe(0);
  });

  it('trends over the month and the eleven before it, oldest first', () => {
    expect(review.trend.map((p) => p.month)).toEqual([
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
    ]);
    expect(review.trend.map((p) => p.complaints)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3]);
    expect(review.trend.at(-1)!.receivedFen).toBe(230_000);
    expect(yearTrend(year, '2026-01')).toEqual(review.trend);
  });
});

describe('records behind a bucket', () => {
  it('lists exactly the cases a category bar counts', () => {
    expect(idsBehind(year, 'complaints', 'category:class2', '2026-10', ctx)).toEqual([
      'c-2026-10-1',
      'c-2026-10-4',
      'c-2026-10-7',
      'c-2026-10-10',
    ]);
    expect(idsBehind(year, 'complaints', 'category:nope', '2026-10', ctx)).toEqual([]);
  });

  it('agrees with every count of the month', () => {
    const f = monthlyFigures(year, '2026-10', ctx);
    const len = (section: Parameters<typeof sectionBuckets>[1], key: string) =>
      (sectionBuckets(year, section, '2026-10', ctx)[key] ?? []).length;
    for (const [k, n] of Object.entries(f.complaints.byDepartment))
      expect(len('complaints', `department:${k}`)).toBe(n);
    expect(len('suggestions', 'pending')).toBe(f.suggestions.pending);
    for (const [k, n] of Object.entries(f.repairs.byUrgency))
      expect(len('repairs', `urgency:${k}`)).toBe(n);
    expect(len('renovation', 'held')).toBe(f.renovation.depositsHeldCount);
    expect(len('money', 'voids')).toBe(f.money.voidCount);
    expect(len('registers', 'keysOverdue')).toBe(f.registers.keysOverdue);
    expect(idsBehind(year, 'renovation', 'age:181+', '2026-10', ctx)).toEqual(['r-2025-11']);
    expect(idsBehind(year, 'money', 'method:wechat', '2026-10', ctx)).toEqual(['m-2026-10-wechat']);
  });
});

describe('helpers', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('buckets deposit ages at the 30/90/180-day edges', () => {
    expect([0, 30, 31, 90, 91, 180, 181].map(depositAgeBucket)).toEqual([
      '0-30',
      '0-30',
      '31-90',
      '31-90',
      '91-180',
      '91-180',
      '181+',
    ]);
  });
});
