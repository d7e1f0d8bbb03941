// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WorkOrderFormModal } from '../../../renderer/src/features/repairs/WorkOrderFormModal';
import { makeTestRepos } from '../../db/makeTestDb';
import { clerk } from '../../fixtures/moneyActors';
import { renderWithRepos } from '../operators/renderWithRepos';
import { rowByLabel } from '../components/formRows';

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
    await waitFor(() => expect(rowByLabel('报修内容').textContent).toContain('请填写报修内容'));
    expect(rowByLabel('房号').textContent).toContain('户内维修请填写房号');
    expect(rowByLabel('联系人').textContent).toContain('请填写联系人');
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
