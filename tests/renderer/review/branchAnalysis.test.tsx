// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildBranchSummary } from '@shared/domain/review/branchSummary';
import { BranchAnalysis } from '../../../renderer/src/features/review/branch/BranchAnalysis';
import { makeMonthlyReview } from '../../fixtures/monthlyReview';
import { makeTestRepos } from '../../db/makeTestDb';
import { renderWithRepos } from '../operators/renderWithRepos';

const meta = { exportedAt: '2026-12-01T02:00:00.000Z', appVersion: '1.0.0' };

describe('branch comparison: the estates’ 原因分析 and 纠正/预防措施', () => {
  it('lists each estate’s causes and measures, and says when an estate wrote none', () => {
    const analysed = buildBranchSummary(makeMonthlyReview({ estateName: '阳光花园' }), {
      ...meta,
      analysis: [
        { scope: 'TS-202611-0003', cause: '电梯维保漏检', measures: '维保单位每周复核' },
        { scope: 'class1', cause: '保洁排班不足', measures: '增加晚班保洁' },
      ],
    });
    const silent = buildBranchSummary(makeMonthlyReview({ estateName: '翠湖苑' }), meta);
    renderWithRepos(
      <BranchAnalysis
        estates={[
          { label: '阳光花园', summary: analysed },
          { label: '翠湖苑', summary: silent },
        ]}
      />,
      makeTestRepos(),
    );
    const rows = [...screen.getByTestId('branch-analysis').querySelectorAll('tbody tr')].map((r) =>
      [...r.querySelectorAll('td')].map((c) => c.textContent),
    );
    expect(rows[0]).toEqual(['阳光花园', '一类', '保洁排班不足', '增加晚班保洁']);
    expect(rows[1]).toEqual(['阳光花园', 'TS-202611-0003', '电梯维保漏检', '维保单位每周复核']);
    expect(rows[2]?.[0]).toBe('翠湖苑');
    expect(rows[2]?.[2]).toContain('未填写');
  });
});
