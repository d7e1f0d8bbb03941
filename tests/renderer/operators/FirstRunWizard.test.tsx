// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FirstRunWizard } from '../../../renderer/src/features/operators/FirstRunWizard';
import { makeTestRepos } from '../../db/makeTestDb';
import { renderWithRepos } from './renderWithRepos';
import { rowByTestId } from '../components/formRows';

async function fillProfile(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByTestId('wizard-name'), '阳光花园小区');
  await user.type(screen.getByTestId('wizard-address'), '和平路 88 号');
  await user.click(screen.getByTestId('wizard-next'));
  await screen.findByTestId('wizard-manager-name');
}

/** The second step: the manager 王经理 with PIN 2468, confirmed as `confirm` is typed. */
async function fillManager(user: ReturnType<typeof userEvent.setup>, confirm: string) {
  await user.type(screen.getByTestId('wizard-manager-name'), '王经理');
  await user.type(screen.getByTestId('wizard-pin'), '2468');
  await user.type(screen.getByTestId('wizard-pin-confirm'), confirm);
}

/** The wizard on an empty database, with its onDone spy and a user to drive it. */
function renderWizard() {
  const repos = makeTestRepos();
  const onDone = vi.fn();
  const user = userEvent.setup();
  renderWithRepos(<FirstRunWizard onDone={onDone} />, repos);
  return { repos, onDone, user };
}

// PIN hashing (PBKDF2) in jsdom takes seconds on a loaded machine.
describe('FirstRunWizard', { timeout: 30_000 }, () => {
  it('refuses mismatched PINs with a Chinese message at the second PIN field', async () => {
    const { repos, onDone, user } = renderWizard();

    await fillProfile(user);
    await fillManager(user, '2469');
    await user.click(screen.getByTestId('wizard-finish'));

    await waitFor(() =>
      expect(rowByTestId('wizard-pin-confirm').textContent).toContain('两次输入的 PIN 码不一致'),
    );
    expect(onDone).not.toHaveBeenCalled();
    expect(await repos.operators.count()).toBe(0);
  });

  it('shows the profile error at the field and stays on the first step', async () => {
    const { user } = renderWizard();

    await user.click(screen.getByTestId('wizard-next'));
    await waitFor(() =>
      expect(rowByTestId('wizard-name').textContent).toContain('请输入物业项目名称'),
    );
    expect(screen.queryByTestId('wizard-manager-name')).toBeNull();
  });

  it('creates the manager and the profile, ends on 完成, then hands the manager to the shell', async () => {
    const { repos, onDone, user } = renderWizard();

    await fillProfile(user);
    // Enter in the last field finishes the wizard.
    await fillManager(user, '2468{Enter}');

    // The wizard's own last step: set up, the demo estate on offer; the shell waits for 开始使用.
    const done = await screen.findByTestId('wizard-done', {}, { timeout: 10_000 });
    expect(done.textContent).toContain('设置完成');
    expect(screen.getByTestId('wizard-demo').textContent).toContain('加载演示小区');
    expect(await repos.operators.count()).toBe(1);
    expect(onDone).not.toHaveBeenCalled();
    await user.click(screen.getByTestId('wizard-start'));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(onDone.mock.calls[0]?.[0]).toMatchObject({ name: '王经理', role: 'manager' });
    expect((await repos.settings.get('profile')).name).toBe('阳光花园小区');
    expect(localStorage.getItem('taizhang.draft.firstRun.profile')).toBeNull();
  });

  it('loads the demo estate from the 完成 step', async () => {
    const { repos, user } = renderWizard();

    await fillProfile(user);
    await fillManager(user, '2468{Enter}');
    await user.click(await screen.findByTestId('wizard-demo', {}, { timeout: 10_000 }));

    await screen.findByTestId('wizard-demo-loaded', {}, { timeout: 10_000 });
    expect((await repos.units.demoState()).demoUnits).toBeGreaterThan(50);
  });
});
