import { useEffect, useState } from 'react';
import { msUntilOfficeMidnight, officeDateOf } from '@shared/domain/officeTime';

/**
 * The office clock for screens that show "today", "this month" or "overdue". The app stays open
 * for days at a desk, so the value must move on by itself: each minute (an item turns overdue
 * with the clock alone), exactly at office midnight (the board, the header date and the month
 * defaults move to the new day), and whenever the window comes back into view (a sleeping PC
 * or a hidden window runs no timers on time).
 */
function useClock(read: () => string, everyMinute: boolean): string {
  const [value, setValue] = useState(read);
  useEffect(() => {
    let midnight = 0;
    // An unchanged value (the same day) re-renders nothing.
    const refresh = () => setValue(read());
    const armMidnight = () => {
      window.clearTimeout(midnight);
      // A little past midnight, so the new day has surely begun when it fires.
      midnight = window.setTimeout(
        () => {
          refresh();
          armMidnight();
        },
        msUntilOfficeMidnight(Date.now()) + 50,
      );
    };
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      refresh();
      armMidnight();
    };
    armMidnight();
    const tick = everyMinute ? window.setInterval(refresh, 60_000) : 0;
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    return () => {
      window.clearTimeout(midnight);
      window.clearInterval(tick);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    };
  }, [read, everyMinute]);
  return value;
}

const readNow = () => new Date().toISOString();
const readToday = () => officeDateOf(new Date().toISOString());

/** The office "now" as an ISO instant, refreshed each minute and at office midnight. */
export function useOfficeNow(): string {
  return useClock(readNow, true);
}

/** Today's office date (`YYYY-MM-DD`); re-renders only when the office day changes. */
export function useOfficeToday(): string {
  return useClock(readToday, false);
}

/**
 * A picker's value that follows a moving default until the user picks one: the month or day a
 * screen opens on moves on with the office clock while the app stays open, a picked one stays.
 */
export function usePickedOr<T>(fallback: T): [T, (value: T) => void] {
  const [picked, setPicked] = useState<T | undefined>(undefined);
  return [picked === undefined ? fallback : picked, setPicked];
}
