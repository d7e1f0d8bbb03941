// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import OperatorsPage from '../../../renderer/src/features/operators/OperatorsPage';
import { makeTestRepos } from '../../db/makeTestDb';
import { seedOperators } from './fixtures';
import { renderWithRepos } from './renderWithRepos';

describe('OperatorsPage', () => {
  it('shows a clerk the list read-only with a notice', async () => {
    const repos = makeTestRepos();
    const { clerk } = await seedOperators(repos);
    renderWithRepos(<OperatorsPage />, repos, clerk);

    expect(await screen.findByTestId('operators-readonly')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId('operators-table').textContent).toContain('李主管'),
    );
    expect(screen.queryByTestId('operator-add')).toBeNull();
    expect(screen.queryByTestId('operator-edit')).toBeNull();
    expect(screen.getByTestId('operator-own-pin')).toBeTruthy();
  });

  it('lets a manager add an operator', async () => {
    const repos = makeTestRepos();
    const { manager } = await seedOperators(repos);
    const user = userEvent.setup();
    renderWithRepos(<OperatorsPage />, repos, manager);

    await user.click(await screen.findByTestId('operator-add'));
    await user.type(await screen.findByTestId('operator-name'), '赵前台');
    await user.type(screen.getByTestId('operator-pin'), '5678');
    await user.type(screen.getByTestId('operator-pin-confirm'), '5678');
    await user.click(screen.getByTestId('operator-save'));

    await waitFor(() =>
      expect(screen.getByTestId('operators-table').textContent).toContain('赵前台'),
    );
    const added = (await repos.operators.list()).find((o) => o.name === '赵前台');
    expect(added?.role).toBe('clerk');
    expect(added && (await repos.operators.signIn(added.id, '5678')).ok).toBe(true);
  });
});
