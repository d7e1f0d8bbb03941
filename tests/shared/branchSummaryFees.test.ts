import { describe, expect, it } from 'vitest';
import {
  BRANCH_SUMMARY_VERSION,
  branchSummaryText,
  buildBranchSummary,
  parseBranchSummary,
} from '@shared/domain/review/branchSummary';
import { makeFeeReview } from '../fixtures/feeReview';

const META = { exportedAt: '2026-11-02T01:30:00.000Z', appVersion: '1.5.0' };
const text = () => branchSummaryText(buildBranchSummary(makeFeeReview(), META));

function editedFees(edit: (fees: Record<string, unknown>) => void, version?: number): string {
  const obj = JSON.parse(text()) as {
    schemaVersion: number;
    figures: { fees: Record<string, unknown> };
  };
  edit(obj.figures.fees);
  if (version !== undefined) obj.schemaVersion = version;
  return JSON.stringify(obj);
}

describe('branch summary file: property fees (version 4)', () => {
  it('carries 收费率, arrears by age and building and 重大欠费 through a file', () => {
    const parsed = parseBranchSummary(text());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.summary.schemaVersion).toBe(BRANCH_SUMMARY_VERSION);
    const fees = parsed.summary.figures.fees;
    expect(fees).toEqual(makeFeeReview().current.fees);
    expect(fees?.rate.value).toBeCloseTo(12_500 / 30_000);
    expect(fees?.byAgeFen['m7_12']).toBe(10_000);
    expect(fees?.major.map((u) => u.unitCode)).toEqual(['2-1-201']);
  });

  it('recomputes a fee rate and refuses one collecting more than was billed', () => {
    const recomputed = parseBranchSummary(
      editedFees((f) => {
        (f['rate'] as { value: number }).value = 1;
      }),
    );
    expect(recomputed.ok && recomputed.summary.figures.fees?.rate.value).toBeCloseTo(
      12_500 / 30_000,
    );
    const over = parseBranchSummary(
      editedFees((f) => {
        (f['rate'] as { numerator: number }).numerator = 99_999;
      }),
    );
    expect(over.ok).toBe(false);
    expect(!over.ok && over.error).toContain('物业费及欠费');
  });

  it('still reads a version 3 file, its fees absent whatever it says there', () => {
    const parsed = parseBranchSummary(editedFees(() => undefined, 3));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.summary.figures.fees).toBeUndefined();
  });
});
