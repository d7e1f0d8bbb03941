// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import CashupPage from '../../../renderer/src/features/cashup/CashupPage';
import { makeTestRepos } from '../../db/makeTestDb';
import { clerk, makeIssueInput } from '../../fixtures/moneyActors';
import { retype } from '../components/formRows';
import { renderWithRepos } from '../operators/renderWithRepos';

describe('CashupPage (交班对账)', () => {
  it('will not close a shift whose cash disagrees until the difference is explained', async () => {
    const repos = makeTestRepos();
    await repos.receipts.issue(
      clerk,
      makeIssueInput({ lines: [{ code: 'permit_fee', quantity: 1 }] }),
    );
    const user = userEvent.setup();
    renderWithRepos(<CashupPage />, repos, clerk);
    await waitFor(() => expect(screen.getByTestId('cashup-expected').textContent).toBe('20.00'));
    await retype(user, screen.getByTestId('cashup-float'), '100');
    await waitFor(() => expect(screen.getByTestId('cashup-expected').textContent).toBe('120.00'));
    await user.type(screen.getByTestId('cashup-counted'), '119.5');
    await waitFor(() =>
      expect(screen.getByTestId('cashup-difference').textContent).toBe('短款 0.50 元'),
    );
    await user.click(screen.getByTestId('cashup-close'));
    await waitFor(() =>
      expect(screen.getByTestId('cashup-shift').textContent).toContain(
        '账款不相符（短款 0.50 元），请说明原因后再交班',
      ),
    );
    expect(await repos.cashups.list(clerk.id)).toEqual([]);

    await user.type(screen.getByTestId('cashup-explanation'), '找零多找五角');
    await user.click(screen.getByTestId('cashup-close'));
    await waitFor(async () => expect(await repos.cashups.list(clerk.id)).toHaveLength(1));
    const [closed] = await repos.cashups.list(clerk.id);
    expect(closed).toMatchObject({
      countedCashFen: 11_950,
      differenceFen: -50,
      explanation: '找零多找五角',
    });
    expect(await screen.findByTestId('print-preview')).toBeTruthy();
  });
});
