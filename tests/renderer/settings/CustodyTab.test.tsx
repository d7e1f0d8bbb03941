// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/domain/record';
import SettingsPage from '../../../renderer/src/features/settings/SettingsPage';
import { makeTestRepos } from '../../db/makeTestDb';
import { seedOperators } from '../operators/fixtures';
import { formRow } from '../components/formRows';
import { renderWithRepos } from '../operators/renderWithRepos';

describe('custody settings (托管)', () => {
  it('a manager changes the rate: a bad one is named at the field in Chinese', async () => {
    const repos = makeTestRepos();
    const { manager } = await seedOperators(repos);
    const user = userEvent.setup();
    renderWithRepos(<SettingsPage />, repos, manager);

    fireEvent.click(await screen.findByTestId('settings-tab-custody'));
    const percent = await screen.findByTestId('custody-feePercent');
    expect(percent).toHaveProperty('value', '70');

    await user.clear(percent);
    await user.type(percent, '120');
    await waitFor(() =>
      expect(formRow(percent).textContent).toContain('收费比例须在 1 到 100 之间'),
    );
    await user.click(screen.getByTestId('custody-save'));
    expect((await repos.settings.get('custody')).feePercent).toBe(70);

    await user.clear(percent);
    await user.type(percent, '60');
    const water = screen.getByTestId('custody-waterLimit');
    await user.clear(water);
    await user.type(water, '8');
    await waitFor(() => expect(formRow(percent).textContent).not.toContain('1 到 100'));
    await user.click(screen.getByTestId('custody-save'));
    await waitFor(async () =>
      expect(await repos.settings.get('custody')).toEqual({
        feePercent: 60,
        waterLimit: 8,
        powerLimit: 20,
      }),
    );
  });

  it('a supervisor sees it read-only, and the repository refuses the change too', async () => {
    const repos = makeTestRepos();
    const { supervisor } = await seedOperators(repos);
    renderWithRepos(<SettingsPage />, repos, supervisor);

    fireEvent.click(await screen.findByTestId('settings-tab-custody'));
    expect((await screen.findByTestId('settings-readonly')).textContent).toContain('经理');
    expect(screen.getByTestId('custody-feePercent')).toHaveProperty('disabled', true);
    await expect(
      repos.settings.set('custody', { feePercent: 50, waterLimit: 5, powerLimit: 20 }, supervisor),
    ).rejects.toBeInstanceOf(PermissionError);
  });
});
