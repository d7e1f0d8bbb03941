// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeTestRepos } from '../../db/makeTestDb';

describe('first run on the desktop: the backup password (issue 15)', () => {
  it('is set through main once the manager gives one of 10+ characters', async () => {
    const configureBackup = vi.fn(async () => ({
      encrypted: true,
      keepDaily: 14,
      keepMonthly: 12,
    }));
    // The preload bridge, as in Electron (only what the wizard calls).
    (window as unknown as Record<string, unknown>)['taizhang'] = { configureBackup };
    vi.resetModules();
    // Fresh modules: the host is chosen once per page, and the context must be the same copy.
    const { renderWithRepos } = await import('./renderWithRepos');
    const { FirstRunWizard } =
      await import('../../../renderer/src/features/operators/FirstRunWizard');
    const repos = makeTestRepos();
    const onDone = vi.fn();
    const user = userEvent.setup();
    renderWithRepos(<FirstRunWizard onDone={onDone} />, repos);

    await user.type(screen.getByTestId('wizard-name'), '阳光花园小区');
    await user.type(screen.getByTestId('wizard-address'), '和平路 88 号');
    await user.click(screen.getByTestId('wizard-next'));
    await user.type(await screen.findByTestId('wizard-manager-name'), '王经理');
    await user.type(screen.getByTestId('wizard-pin'), '2468');
    await user.type(screen.getByTestId('wizard-pin-confirm'), '2468');
    await user.type(screen.getByTestId('wizard-backup-password'), 'short');
    await user.click(screen.getByTestId('wizard-finish'));
    await waitFor(() => expect(document.body.textContent).toContain('备份密码至少 10 位'));
    expect(onDone).not.toHaveBeenCalled();

    await user.type(screen.getByTestId('wizard-backup-password'), '-enough-now');
    await user.type(screen.getByTestId('wizard-backup-password-confirm'), 'short-enough-now');
    await user.click(screen.getByTestId('wizard-finish'));
    // The wizard ends on its own 完成 step; the password reached main before it.
    await user.click(await screen.findByTestId('wizard-start', {}, { timeout: 20_000 }));
    expect(onDone).toHaveBeenCalled();
    expect(configureBackup).toHaveBeenCalledWith({ password: 'short-enough-now' });
    delete (window as unknown as Record<string, unknown>)['taizhang'];
  }, 60_000);
});
