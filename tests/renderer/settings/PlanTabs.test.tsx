// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/domain/record';
import { DEFAULT_SITE_SCHEDULE } from '@shared/domain/siteDue';
import { formRow, retype, rowByTestId } from '../components/formRows';
import { openSettings } from './openSettings';

describe('visit plan settings (拜访计划)', () => {
  it('a supervisor names the head and a building’s 物管员; a missing officer is named at the field', async () => {
    const { repos, user, clerk } = await openSettings('supervisor', 'visitPlan');
    const head = await screen.findByTestId('visit-plan-headName');
    await user.type(head, '赵主任');
    await user.click(screen.getByTestId('visit-plan-add-area'));
    await user.type(await screen.findByTestId('visit-plan-area-0-building'), '3');
    await user.click(screen.getByTestId('visit-plan-save'));
    await waitFor(() =>
      expect(rowByTestId('visit-plan-area-0-staff').textContent).toContain('请选择物管员'),
    );
    expect((await repos.settings.get('visitPlan')).areas).toEqual([]);

    const select = screen.getByTestId('visit-plan-area-0-staff');
    fireEvent.mouseDown(select.querySelector('input') ?? select);
    fireEvent.click(
      await screen.findByText(clerk.name, { selector: '.ant-select-item-option-content' }),
    );
    await waitFor(() =>
      expect(rowByTestId('visit-plan-area-0-staff').textContent).not.toContain('请选择物管员'),
    );
    await user.click(screen.getByTestId('visit-plan-save'));
    await waitFor(async () =>
      expect(await repos.settings.get('visitPlan')).toMatchObject({
        headName: '赵主任',
        headVisitsPerYear: 12,
        areas: [{ building: '3', staffId: clerk.id, staffName: clerk.name }],
      }),
    );
    // The plan reads it: the head's visits name the head.
    expect((await repos.visitRecords.plan(2026)).find((i) => i.kind === 'head')?.staffName).toBe(
      '赵主任',
    );
  });

  it('a clerk sees it read-only, and the repository refuses the change too', async () => {
    const { repos, clerk } = await openSettings('clerk', 'visitPlan');
    expect((await screen.findByTestId('settings-readonly')).textContent).toContain('主管');
    expect(screen.getByTestId('visit-plan-headName')).toHaveProperty('disabled', true);
    await expect(
      repos.settings.set(
        'visitPlan',
        { ...(await repos.settings.get('visitPlan')), headName: 'x' },
        clerk,
      ),
    ).rejects.toBeInstanceOf(PermissionError);
  });
});

describe('site-check schedule settings (巡查计划)', () => {
  it('takes the patrol times on one line and names a bad time at its field', async () => {
    const { repos, user } = await openSettings('supervisor', 'siteSchedule');
    const patrols = await screen.findByTestId('site-schedule-patrolTimes');
    expect(patrols).toHaveProperty('value', '10:00 15:00 20:00');
    await retype(user, patrols, '09:00 25:00');
    await waitFor(() => expect(formRow(patrols).textContent).toContain('时间格式应为 HH:mm'));
    await user.click(screen.getByTestId('site-schedule-save'));
    expect(await repos.settings.get('siteSchedule')).toEqual(DEFAULT_SITE_SCHEDULE);

    await retype(user, patrols, '09:00 14:00 19:30 22:00');
    const every = screen.getByTestId('site-schedule-greeneryEveryDays');
    await retype(user, every, '14');
    await waitFor(() => expect(formRow(patrols).textContent).not.toContain('HH:mm'));
    await user.click(screen.getByTestId('site-schedule-save'));
    await waitFor(async () =>
      expect(await repos.settings.get('siteSchedule')).toEqual({
        ...DEFAULT_SITE_SCHEDULE,
        patrolTimes: ['09:00', '14:00', '19:30', '22:00'],
        greeneryEveryDays: 14,
      }),
    );
  });
});
