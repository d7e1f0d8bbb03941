import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SettingsPage from '../../../renderer/src/features/settings/SettingsPage';
import { makeTestRepos } from '../../db/makeTestDb';
import { seedOperators } from '../operators/fixtures';
import { renderWithRepos } from '../operators/renderWithRepos';

/**
 * The settings screen as the seeded operator of `role` sees it, opened on `tab` (the first
 * tab when none): the repositories, the seeded operators and a user-event session.
 */
export async function openSettings(role: 'manager' | 'supervisor' | 'clerk', tab?: string) {
  const repos = makeTestRepos();
  const operators = await seedOperators(repos);
  const user = userEvent.setup();
  renderWithRepos(<SettingsPage />, repos, operators[role]);
  if (tab) fireEvent.click(await screen.findByTestId(`settings-tab-${tab}`));
  return { repos, user, ...operators };
}
