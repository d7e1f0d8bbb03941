import { useMemo } from 'react';
import { buildCalendar, type WorkCalendar } from '@shared/domain/calendar';
import type { SettingValue } from '@shared/domain/settingsRegistry';
import { useSetting } from '../../app/useSetting';

export { useSetting };

/** The property profile (name, address, logo …) for headers and prints; undefined while loading. */
export function usePropertyProfile(): SettingValue<'profile'> | undefined {
  return useSetting('profile');
}

/**
 * The working-day calendar: statutory data plus the local overrides; rebuilt only when the
 * overrides change. Undefined while the overrides load, so no deadline is computed on a
 * calendar that misses them.
 */
export function useWorkCalendar(): WorkCalendar | undefined {
  const overrides = useSetting('calendarOverrides');
  return useMemo(() => (overrides ? buildCalendar(overrides) : undefined), [overrides]);
}
