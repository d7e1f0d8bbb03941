// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildBranchSummary } from '@shared/domain/review/branchSummary';
import BranchComparePage from '../../../renderer/src/features/review/branch/BranchComparePage';
import { manager } from '../../fixtures/backup';
import { BranchFees } from '../../../renderer/src/features/review/branch/BranchFees';
import { makeFeeReview } from '../../fixtures/feeReview';
import { makeMonthlyReview } from '../../fixtures/monthlyReview';
import { makeTestRepos } from '../../db/makeTestDb';
import { renderWithRepos } from '../operators/renderWithRepos';
import { branchInstall } from './branchInstall';

const meta = { exportedAt: '2026-11-02T02:00:00.000Z', appVersion: '1.0.0' };

describe('branch comparison: the estates’ property fees (summary format v4)', () => {
  it('shows each estate’s 收费率 of the month and of past arrears and its arrears', () => {
    // 2026-10 of the fee fixture: 300 元 due in the month, 125 collected; 100 元 of past
    // arrears, none collected; 275 元 owed by 2 units at the month's end, 200 of them major.
    const billed = buildBranchSummary({ ...makeFeeReview(), estateName: '阳光花园' }, meta);
    const old = buildBranchSummary(makeMonthlyReview({ estateName: '翠湖苑' }), meta);
    expect(old.figures.fees).toBeUndefined();
    const estates = [billed, old].map((summary) => ({ label: summary.estateName, summary }));
    renderWithRepos(<BranchFees estates={estates} />, makeTestRepos());
    const section = screen.getByTestId('branch-fees');
    const heads = [...section.querySelectorAll('thead th')].map((c) => c.textContent);
    expect(heads).toEqual([
      '物业',
      '本月应收（元）',
      '其中月末已收（元）',
      '本月收费率',
      '月初往期欠费（元）',
      '本月收回往期欠费（元）',
      '往期欠费收缴率',
      '月末欠费（元）',
      '欠费户数',
      '重大欠费（户）',
      '重大欠费（元）',
    ]);
    const rows = [...section.querySelectorAll('tbody tr.ant-table-row')].map((r) =>
      [...r.querySelectorAll('td')].map((c) => c.textContent),
    );
    expect(rows[0]).toEqual([
      '阳光花园',
      '300.00',
      '125.00',
      '41.7%',
      '100.00',
      '0.00',
      '0%',
      '275.00',
      '2',
      '1',
      '200.00',
    ]);
    // A file of before version 4 carries no fees: said once across the row, never 0.
    expect(rows[1]).toEqual(['翠湖苑', '该汇总文件未含物业费数据（版本 4 以前的文件）']);
  });

  it('分公司对比 shows the fee figures of a live v4 summary beside the other figures', async () => {
    const summary = buildBranchSummary({ ...makeFeeReview(), estateName: '东区花园' }, meta);
    const repos = await branchInstall({ 'estate-east': summary });
    renderWithRepos(<BranchComparePage />, repos, manager);
    const section = await screen.findByTestId('branch-fees');
    const row = section.querySelector('tbody tr.ant-table-row');
    expect(row?.textContent).toContain('东区花园');
    expect(within(section).getByText('41.7%')).toBeTruthy();
    expect(within(section).getByText('275.00')).toBeTruthy();
  });
});
