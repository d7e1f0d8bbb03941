import { describe, expect, it } from 'vitest';
import { buildBranchSummary, type BranchSummary } from '@shared/domain/review/branchSummary';
import {
  BRANCH_TOTAL,
  branchEstates,
  branchMonthlyReview,
} from '@shared/domain/review/branchReview';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';
import { makeFigures, makeMonthlyReview, makePreviousFigures } from '../fixtures/monthlyReview';

const META = { exportedAt: '2026-11-02T01:30:00.000Z', appVersion: '1.4.0' };
const TARGETS = { perHousehold: 0.01, onTime: 0.95, revisit: 1, satisfaction: 0.9 };
const ctx = { now: '2026-11-17T02:30:00.000Z', deadlines: DEFAULT_DEADLINES };

function published(estateName: string, current = makeFigures()): BranchSummary {
  return buildBranchSummary(makeMonthlyReview({ estateName, current }), META);
}

const review = (summaries: BranchSummary[], estate: string, month = '2026-10') =>
  branchMonthlyReview({ summaries, estate, month, targets: TARGETS, ctx, totalName: '分公司合计' });

describe('the monthly review on a branch install', () => {
  it("shows an estate's published month, with the month before from its own summary", () => {
    const east = [published('东区'), published('东区', makePreviousFigures())];
    const west = published(
      '西区',
      makeFigures({ money: { ...makeFigures().money, receivedFen: 1 } }),
    );
    const r = review([...east, west], '东区');
    expect(r?.estateName).toBe('东区');
    expect(r?.current.money.receivedFen).toBe(4_567_890);
    expect(r?.previous).toEqual(makePreviousFigures());
    expect(r?.trend).toHaveLength(12);
    // No summary of the same month last year: empty figures of that month, not a guess.
    expect(r?.lastYear.month).toBe('2025-10');
    expect(r?.lastYear.complaints.received).toBe(0);
    expect(branchEstates([...east, west])).toEqual(
      ['东区', '西区'].sort((a, b) => a.localeCompare(b)),
    );
  });

  it('adds the estates up for the branch total and recomputes each rate from the counts', () => {
    const r = review([published('东区'), published('西区')], BRANCH_TOTAL);
    expect(r?.estateName).toBe('分公司合计');
    expect(r?.current.complaints.received).toBe(34);
    expect(r?.current.money.receivedFen).toBe(2 * 4_567_890);
    expect(r?.current.complaints.byCategory).toEqual({ class1: 18, class2: 10, class3: 6 });
    expect(r?.current.complaints.rates.onTime).toEqual({
      numerator: 28,
      denominator: 32,
      value: 28 / 32,
    });
    expect(r?.current.repairs.medianCompletionHours).toBeNull();
    expect(r?.trend[0]?.complaints).toBe(2 * makeMonthlyReview().trend[0]!.complaints);
  });

  it('has no review for a month no estate published', () => {
    expect(review([published('东区')], '东区', '2026-08')).toBeUndefined();
    expect(review([published('东区')], '西区')).toBeUndefined();
  });
});
