// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/domain/record';
import { formRow, retype } from '../components/formRows';
import { openSettings } from './openSettings';

describe('custody settings (托管)', () => {
  it('a manager changes the rate: a bad one is named at the field in Chinese', async () => {
    const { repos, user } = await openSettings('manager', 'custody');
    const percent = await screen.findByTestId('custody-feePercent');
    expect(percent).toHaveProperty('value', '70');

    await retype(user, percent, '120');
    await waitFor(() =>
      expect(formRow(percent).textContent).toContain('收费比例须在 1 到 100 之间'),
    );
    await user.click(screen.getByTestId('custody-save'));
    expect((await repos.settings.get('custody')).feePercent).toBe(70);

    await retype(user, percent, '60');
    const water = screen.getByTestId('custody-waterLimit');
    await retype(user, water, '8');
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
    const { repos, supervisor } = await openSettings('supervisor', 'custody');
    expect((await screen.findByTestId('settings-readonly')).textContent).toContain('经理');
    expect(screen.getByTestId('custody-feePercent')).toHaveProperty('disabled', true);
    await expect(
      repos.settings.set('custody', { feePercent: 50, waterLimit: 5, powerLimit: 20 }, supervisor),
    ).rejects.toBeInstanceOf(PermissionError);
  });
});
