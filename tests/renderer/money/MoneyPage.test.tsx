// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import MoneyPage from '../../../renderer/src/features/money/MoneyPage';
import { makeTestRepos } from '../../db/makeTestDb';
import { clerk, makeIssueInput, supervisor } from '../../fixtures/moneyActors';
import { renderWithRepos } from '../operators/renderWithRepos';

async function seeded() {
  const repos = makeTestRepos();
  const first = await repos.receipts.issue(clerk, makeIssueInput({ payerName: '张三' }));
  const second = await repos.receipts.issue(
    clerk,
    makeIssueInput({ payerName: '李四', lines: [{ code: 'permit_fee', quantity: 1 }] }),
  );
  return { repos, first, second };
}

describe('MoneyPage (收费收据)', () => {
  it('lists this month’s documents with totals; a clerk gets no void or refund buttons', async () => {
    const { repos } = await seeded();
    renderWithRepos(<MoneyPage />, repos, clerk);
    await waitFor(() =>
      expect(screen.getAllByTestId('ledger-no').map((e) => e.textContent)).toHaveLength(2),
    );
    expect(screen.getByTestId('ledger-totals').textContent).toContain('有效收款 2 笔 ¥1,040.00');
    expect(screen.queryByTestId('ledger-void')).toBeNull();
    expect(screen.queryByTestId('ledger-refund')).toBeNull();
  });

  it('lets a supervisor void with a reason; the number stays, tagged 作废', async () => {
    const { repos, second } = await seeded();
    const user = userEvent.setup();
    renderWithRepos(<MoneyPage />, repos, supervisor);
    await waitFor(() => expect(screen.getAllByTestId('ledger-void')).toHaveLength(2));
    await user.click(screen.getAllByTestId('ledger-void')[0]!);
    await user.click(await screen.findByTestId('void-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('void-dialog').textContent).toContain('请填写作废原因'),
    );
    await user.type(screen.getByTestId('void-reason'), '缴款人写错');
    await user.click(screen.getByTestId('void-submit'));
    await waitFor(() => expect(screen.getAllByTestId('ledger-void-tag')).toHaveLength(1));
    expect((await repos.receipts.get(second.id))?.status).toBe('void');
    expect(screen.getAllByTestId('ledger-no').map((e) => e.textContent)).toContain(second.no);
  });

  it('opens 开收据 on Alt+N', async () => {
    const { repos } = await seeded();
    renderWithRepos(<MoneyPage />, repos, clerk);
    await screen.findByTestId('money-page');
    fireEvent.keyDown(window, { key: 'n', altKey: true });
    expect(await screen.findByTestId('receipt-form')).toBeTruthy();
  });
});
