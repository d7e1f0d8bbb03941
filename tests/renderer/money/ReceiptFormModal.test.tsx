// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_FEE_ITEMS } from '@shared/domain/fees';
import { ReceiptFormModal } from '../../../renderer/src/features/money/ReceiptFormModal';
import { makeTestRepos } from '../../db/makeTestDb';
import { clerk } from '../../fixtures/moneyActors';
import { renderWithRepos } from '../operators/renderWithRepos';
import { retype, rowByTestId } from '../components/formRows';

/** Opens the item dropdown, types to filter it (the list is virtual) and picks the item. */
async function chooseItem(line: number, label: string) {
  const select = screen.getByTestId(`receipt-line-${line}-item`);
  const input = select.querySelector('input') ?? select;
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: label } });
  const options = await screen.findAllByText(label, {
    selector: '.ant-select-item-option-content',
  });
  fireEvent.click(options[options.length - 1]!);
}

function setup() {
  const repos = makeTestRepos();
  const onIssued = vi.fn();
  renderWithRepos(
    <ReceiptFormModal
      items={DEFAULT_FEE_ITEMS}
      maxFen={10_000_000}
      onClose={() => {}}
      onIssued={onIssued}
    />,
    repos,
    clerk,
  );
  return { repos, onIssued, user: userEvent.setup() };
}

describe('ReceiptFormModal (开收据)', () => {
  it('fills the standard price, shows the total in figures and 大写', async () => {
    const { user } = setup();
    await user.type(await screen.findByTestId('receipt-payer'), '张三');
    await chooseItem(0, '装修保证金（业主）');
    await waitFor(() =>
      expect(screen.getByTestId('receipt-line-0-price')).toHaveProperty('value', '1,000.00'),
    );
    await waitFor(() =>
      expect(screen.getByTestId('receipt-total').textContent).toContain('¥1,000.00　壹仟元整'),
    );
  });

  it('shows a bad amount in Chinese at the price field as the clerk types', async () => {
    const { user } = setup();
    await chooseItem(0, '有偿服务费');
    await user.type(screen.getByTestId('receipt-line-0-price'), '35.555');
    await waitFor(() =>
      expect(rowByTestId('receipt-line-0-price').textContent).toContain('金额最多两位小数（到分）'),
    );
    await retype(user, screen.getByTestId('receipt-line-0-price'), '35.5');
    await waitFor(() =>
      expect(rowByTestId('receipt-line-0-price').textContent).not.toContain('金额最多'),
    );
  });

  it('makes one receipt of a double-clicked 收款', async () => {
    const { repos, onIssued, user } = setup();
    await user.type(await screen.findByTestId('receipt-payer'), '张三');
    await chooseItem(0, '施工许可证工本费');
    await waitFor(() =>
      expect(screen.getByTestId('receipt-line-0-price')).toHaveProperty('value', '20.00'),
    );
    await user.dblClick(screen.getByTestId('receipt-submit'));
    await waitFor(() => expect(onIssued).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 100));
    const { rows } = await repos.receipts.search({});
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ payerName: '张三', totalFen: 2_000, clerkId: clerk.id });
  });
});
