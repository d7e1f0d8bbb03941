// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SignInScreen } from '../../../renderer/src/features/operators/SignInScreen';
import { makeTestRepos } from '../../db/makeTestDb';
import { seedOperators } from './fixtures';
import { rowByTestId } from '../components/formRows';
import { renderWithRepos } from './renderWithRepos';

async function chooseOperator(label: string) {
  const select = screen.getByTestId('signin-operator');
  fireEvent.mouseDown(select.querySelector('input') ?? select);
  fireEvent.click(await screen.findByText(label, { selector: '.ant-select-item-option-content' }));
}

describe('SignInScreen', () => {
  it('shows a wrong PIN as a Chinese error at the PIN field and does not sign in', async () => {
    const repos = makeTestRepos();
    await seedOperators(repos);
    const onSignedIn = vi.fn();
    const user = userEvent.setup();
    renderWithRepos(<SignInScreen lockedActor={null} onSignedIn={onSignedIn} />, repos);

    await chooseOperator('张前台（前台）');
    await user.type(screen.getByTestId('signin-pin'), '0000{Enter}');

    await waitFor(() =>
      expect(rowByTestId('signin-pin').textContent).toContain('PIN 码错误，还可以再试 4 次'),
    );
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(screen.getByTestId('signin-pin')).toHaveProperty('value', '');
  });

  it('signs in with the right PIN', async () => {
    const repos = makeTestRepos();
    const { clerk } = await seedOperators(repos);
    const onSignedIn = vi.fn();
    const user = userEvent.setup();
    renderWithRepos(<SignInScreen lockedActor={null} onSignedIn={onSignedIn} />, repos);

    await chooseOperator('张前台（前台）');
    await user.type(screen.getByTestId('signin-pin'), '8642');
    await user.click(screen.getByTestId('signin-submit'));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(clerk));
  });

  it('says the screen is locked, preselects that operator and shows the lockout time', async () => {
    const repos = makeTestRepos();
    const { clerk } = await seedOperators(repos);
    for (let i = 0; i < 4; i++) await repos.operators.signIn(clerk.id, '0000');
    const user = userEvent.setup();
    renderWithRepos(<SignInScreen lockedActor={clerk} onSignedIn={vi.fn()} />, repos);

    expect(screen.getByTestId('signin-title').textContent).toBe('屏幕已锁定');
    await user.type(screen.getByTestId('signin-pin'), '0000{Enter}');
    const lockout = await screen.findByTestId('signin-lockout');
    expect(lockout.textContent).toMatch(/已锁定，请 (\d+ 分 )?\d+ 秒 后再试/);
  });

  it('asks for an operator before checking a PIN', async () => {
    const repos = makeTestRepos();
    await seedOperators(repos);
    const user = userEvent.setup();
    renderWithRepos(<SignInScreen lockedActor={null} onSignedIn={vi.fn()} />, repos);
    await user.type(screen.getByTestId('signin-pin'), '8642{Enter}');
    expect(await screen.findByText('请选择操作员')).toBeTruthy();
  });
});
