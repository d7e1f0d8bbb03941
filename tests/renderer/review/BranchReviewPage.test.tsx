// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildBranchSummary } from '@shared/domain/review/branchSummary';
import ReviewPage from '../../../renderer/src/features/review/ReviewPage';
import { manager } from '../../fixtures/backup';
import { makeFigures, makeMonthlyReview } from '../../fixtures/monthlyReview';
import { renderWithRepos } from '../operators/renderWithRepos';
import { branchInstall } from './branchInstall';

const META = { exportedAt: '2026-11-02T01:30:00.000Z', appVersion: '1.4.0' };

describe('月度统计 on a branch install', () => {
  it('shows the figures an estate published, and the branch total', async () => {
    const month = '2026-11';
    const published = (estateName: string, receivedFen: number) =>
      buildBranchSummary(
        makeMonthlyReview({
          estateName,
          current: makeFigures({ month, money: { ...makeFigures().money, receivedFen } }),
        }),
        META,
      );
    const repos = await branchInstall({
      'estate-east': published('东区花园', 123_400),
      'estate-west': published('西区花园', 100),
    });
    window.history.replaceState(null, '', `/?month=${month}`);
    renderWithRepos(<ReviewPage />, repos, manager);

    // The branch total first: both estates added up.
    const page = await screen.findByTestId('review-page');
    expect(page.dataset['estate']).toBe('分公司合计');
    await waitFor(() =>
      expect(within(page).getAllByText(/1,235\.00|1235\.00/).length).toBeGreaterThan(0),
    );
    expect(screen.getByText(/统计读取各物业发布的月度汇总/)).toBeTruthy();
  });
});
