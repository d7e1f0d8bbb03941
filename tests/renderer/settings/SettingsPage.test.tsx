// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formRow, retype } from '../components/formRows';
import { openSettings } from './openSettings';

describe('SettingsPage', () => {
  it('shows a clerk the profile read-only, with who may change it', async () => {
    await openSettings('clerk');

    expect((await screen.findByTestId('settings-readonly')).textContent).toContain('经理');
    expect(screen.getByTestId('profile-name')).toHaveProperty('disabled', true);
    expect(screen.getByTestId('profile-name')).toHaveProperty('value', '阳光花园小区');
  });

  it('lets a manager edit a fee in yuan, with the amount error at the cell, and stores fen', async () => {
    const { repos, user } = await openSettings('manager', 'fees');
    const amount = (await screen.findAllByTestId('fee-amount'))[0]!;
    expect(amount).toHaveProperty('value', '1000.00');

    // One change event per value: the 14-row table is slow to re-render per keystroke in jsdom.
    fireEvent.change(amount, { target: { value: '12.345' } });
    await waitFor(() => expect(formRow(amount).textContent).toContain('金额最多两位小数'));

    fireEvent.change(amount, { target: { value: '1,200.50' } });
    await waitFor(() => expect(formRow(amount).textContent).not.toContain('金额最多两位小数'));
    await user.click(screen.getByTestId('fees-save'));
    await waitFor(async () =>
      expect((await repos.settings.get('fees'))[0]?.amountFen).toBe(120_050),
    );
  });

  it('keeps a supervisor out of the fee table but lets them change deadlines', async () => {
    const { repos, user } = await openSettings('supervisor', 'fees');
    expect(await screen.findByTestId('settings-readonly')).toBeTruthy();

    fireEvent.click(screen.getByTestId('settings-tab-deadlines'));
    const days = await screen.findByTestId('deadline-renovationDepositRefundWorkingDays');
    await retype(user, days, '3');
    await user.click(screen.getByTestId('deadlines-save'));
    await waitFor(async () =>
      expect((await repos.settings.get('deadlines')).renovationDepositRefundWorkingDays).toBe(3),
    );
  });
});
