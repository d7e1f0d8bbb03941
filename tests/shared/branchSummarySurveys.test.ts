import { describe, expect, it } from 'vitest';
import {
  branchSummaryText,
  buildBranchSummary,
  parseBranchSummary,
} from '@shared/domain/review/branchSummary';
import type { SurveyMonthFigures } from '@shared/domain/review/figures';
import { rate } from '@shared/domain/rates';
import { makeMonthlyReview } from '../fixtures/monthlyReview';

const META = { exportedAt: '2026-11-02T01:30:00.000Z', appVersion: '1.5.0' };

const SURVEYS: SurveyMonthFigures = {
  forms: 40,
  satisfaction: rate(62, 80),
  rounds: [
    {
      id: 'round-1',
      no: 'DC2026-004',
      title: '2026 年第四季度业主满意度调查',
      forms: 40,
      satisfaction: rate(62, 80),
      questions: [
        {
          no: 1,
          text: '保安服务',
          counts: { verySatisfied: 20, satisfied: 12, fair: 6, dissatisfied: 2 },
          satisfaction: rate(32, 40),
        },
        {
          no: 2,
          text: '保洁服务',
          counts: { verySatisfied: 10, satisfied: 20, fair: 8, dissatisfied: 2 },
          satisfaction: rate(30, 40),
        },
      ],
    },
  ],
};

function text(edit: (obj: Record<string, unknown>) => void = () => undefined): string {
  const review = makeMonthlyReview();
  const summary = buildBranchSummary(
    { ...review, current: { ...review.current, surveys: SURVEYS } },
    META,
  );
  const obj = JSON.parse(branchSummaryText(summary)) as Record<string, unknown>;
  edit(obj);
  return JSON.stringify(obj);
}

const surveysOf = (obj: Record<string, unknown>) =>
  (obj['figures'] as { surveys: { satisfaction: Record<string, number> } }).surveys;

describe('branch summary file: satisfaction surveys (version 5)', () => {
  it('carries the month’s forms, 满意率, rounds and questions through a file', () => {
    const parsed = parseBranchSummary(text());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.summary.schemaVersion).toBe(5);
    expect(parsed.summary.figures.surveys).toEqual(SURVEYS);
  });

  it('recomputes the 满意率 and refuses more satisfied answers than answers', () => {
    const recomputed = parseBranchSummary(text((o) => (surveysOf(o).satisfaction['value'] = 1)));
    expect(recomputed.ok && recomputed.summary.figures.surveys?.satisfaction.value).toBe(62 / 80);
    const over = parseBranchSummary(text((o) => (surveysOf(o).satisfaction['numerator'] = 81)));
    expect(over.ok).toBe(false);
    expect(!over.ok && over.error).toContain('满意度调查');
  });

  it('still reads a version 4 file, its surveys absent whatever it says there', () => {
    const parsed = parseBranchSummary(text((o) => (o['schemaVersion'] = 4)));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.summary.figures.surveys).toBeUndefined();
  });
});
