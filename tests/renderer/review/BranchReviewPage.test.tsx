// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildBranchSummary } from '@shared/domain/review/branchSummary';
import { DEFAULT_SYNC_SETTINGS } from '@shared/domain/sync/syncSettings';
import type { SyncRunner } from '../../../renderer/src/db/sync/syncRunner';
import ReviewPage from '../../../renderer/src/features/review/ReviewPage';
import { makeTestRepos } from '../../db/makeTestDb';
import { manager } from '../../fixtures/backup';
import { makeFigures, makeMonthlyReview } from '../../fixtures/monthlyReview';
import { renderWithRepos } from '../operators/renderWithRepos';

const META = { exportedAt: '2026-11-02T01:30:00.000Z', appVersion: '1.4.0' };

describe('月度统计 on a branch install', () => {
  it('shows the figures an estate published, and the branch total', async () => {
    const repos = makeTestRepos();
    await repos.settings.set(
      'sync',
      {
        ...DEFAULT_SYNC_SETTINGS,
        serverUrl: 'http://127.0.0.1:5984',
        role: 'branch',
        branchEstates: 'estate-east, estate-west',
      },
      manager,
    );
    const month = '2026-11';
    const published = (estateName: string, receivedFen: number) =>
      buildBranchSummary(
        makeMonthlyReview({
          estateName,
          current: makeFigures({ month, money: { ...makeFigures().money, receivedFen } }),
        }),
        META,
      );
    const runner = {
      summaries: async () => [
        { ok: true as const, estate: 'estate-east', summary: published('东区花园', 123_400) },
        { ok: true as const, estate: 'estate-west', summary: published('西区花园', 100) },
      ],
    } as unknown as SyncRunner;
    vi.spyOn(repos.syncDesk, 'runner').mockReturnValue(runner);
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
