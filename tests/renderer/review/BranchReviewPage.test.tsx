// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildBranchSummary } from '@shared/domain/review/branchSummary';
import ReviewPage from '../../../renderer/src/features/review/ReviewPage';
import { manager } from '../../fixtures/backup';
import { makeFigures, makeMonthlyReview } from '../../fixtures/monthlyReview';
import { makeFeeReview } from '../../fixtures/feeReview';
import { rate } from '@shared/domain/rates';
import type { MonthlyFigures } from '@shared/domain/review/figures';
import { renderWithRepos } from '../operators/renderWithRepos';
import { branchInstall } from './branchInstall';

const META = { exportedAt: '2026-11-02T01:30:00.000Z', appVersion: '1.4.0' };

const MONTH = '2026-11';

/** A branch install that has read east's and west's published summaries of MONTH, on 月度统计. */
async function branchPage(east: Partial<MonthlyFigures> = {}) {
  const published = (estateName: string, receivedFen: number, over: Partial<MonthlyFigures>) =>
    buildBranchSummary(
      makeMonthlyReview({
        estateName,
        current: makeFigures({
          month: MONTH,
          money: { ...makeFigures().money, receivedFen },
          ...over,
        }),
      }),
      META,
    );
  const repos = await branchInstall({
    'estate-east': published('东区花园', 123_400, east),
    'estate-west': published('西区花园', 100, {}),
  });
  window.history.replaceState(null, '', `/?month=${MONTH}`);
  renderWithRepos(<ReviewPage />, repos, manager);
}

// The whole review page (16 charts) renders twice here: on the shared, loaded machine that took
// 45–65 s a test, past the project's 30 s.
describe('月度统计 on a branch install', { timeout: 120_000 }, () => {
  it('shows the figures an estate published, and the branch total', async () => {
    await branchPage();
    // The branch total first: both estates added up.
    const page = await screen.findByTestId('review-page');
    expect(page.dataset['estate']).toBe('分公司合计');
    await waitFor(() =>
      expect(within(page).getAllByText(/1,235\.00|1235\.00/).length).toBeGreaterThan(0),
    );
    expect(screen.getByText(/统计读取各物业发布的月度汇总/)).toBeTruthy();
  });

  it('shows one estate chosen from the list: its money, 收费率 and 满意率 only', async () => {
    const fees = makeFeeReview().current.fees!;
    await branchPage({
      fees,
      surveys: {
        forms: 2,
        satisfaction: rate(1, 2),
        rounds: [
          {
            id: 'r1',
            no: 'DC2026-004',
            title: '第四季度满意度调查',
            forms: 2,
            satisfaction: rate(1, 2),
            questions: [],
          },
        ],
      },
    });
    await waitFor(() =>
      expect(screen.getByTestId('review-page').dataset['estate']).toBe('分公司合计'),
    );
    const choice = screen.getByTestId('review-branch-estate');
    fireEvent.mouseDown(choice.querySelector('input') ?? choice);
    fireEvent.click(
      await screen.findByText('东区花园', { selector: '.ant-select-item-option-content' }),
    );

    await waitFor(() =>
      expect(screen.getByTestId('review-page').dataset['estate']).toBe('东区花园'),
    );
    const page = screen.getByTestId('review-page');
    expect(within(page).getAllByText(/1,234\.00|1234\.00/).length).toBeGreaterThan(0);
    expect(within(page).queryAllByText(/1,235\.00|1235\.00/)).toHaveLength(0);
    // 收费率 of the estate's published fees (12,500 of 30,000 fen collected).
    expect(screen.getByTestId('review-stat-feeRate').textContent).toMatch(/41\.7\s*%/);
    // 满意率 of its survey, read in the chart's table.
    const surveys = screen.getByTestId('review-card-surveys-rates');
    expect(within(surveys).queryByTestId('review-empty-surveys-rates')).toBeNull();
    fireEvent.click(within(surveys).getByText('表格'));
    const table = await within(surveys).findByTestId('review-table-surveys-rates');
    expect(table.textContent).toMatch(/50(\.0)?\s*%/);
  });
});
