// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkOrderFormModal } from '../../../renderer/src/features/repairs/WorkOrderFormModal';
import { makeTestRepos } from '../../db/makeTestDb';
import { clerk } from '../../fixtures/moneyActors';
import { renderWithRepos } from '../operators/renderWithRepos';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

function fieldRow(label: string): HTMLElement {
  const row = screen.getByLabelText(label).closest<HTMLElement>('.ant-form-item');
  if (!row) throw new Error(`no form row around ${label}`);
  return row;
}

describe('WorkOrderFormModal', () => {
  it('refuses an empty intake with Chinese messages at the fields, saves a complete one on Ctrl+S', async () => {
    const repos = makeTestRepos();
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithRepos(
      <WorkOrderFormModal kind="repair" onClose={() => {}} onSaved={onSaved} />,
      repos,
      clerk,
    );
    await user.click(await screen.findByTestId('work-order-form-save'));
    await waitFor(() => expect(fieldRow('报修内容').textContent).toContain('请填写报修内容'));
    expect(fieldRow('房号').textContent).toContain('户内维修请填写房号');
    expect(fieldRow('联系人').textContent).toContain('请填写联系人');
    expect(onSaved).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('房号'), '3-1-1201');
    await user.type(screen.getByLabelText('联系人'), '张三');
    await user.type(screen.getByLabelText('联系电话'), '13800138000');
    await user.type(screen.getByLabelText('报修内容'), '门锁坏了');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const [order] = await repos.workOrders.search({});
    expect(order).toMatchObject({
      unitCode: '3-1-1201',
      contactName: '张三',
      problem: '门锁坏了',
      department: '工程部',
      status: 'open',
    });
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({ no: order?.no });
  });
});
