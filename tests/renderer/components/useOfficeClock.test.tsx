// @vitest-environment jsdom
import { act, fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  useOfficeNow,
  useOfficeToday,
  usePickedOr,
} from '../../../renderer/src/components/useOfficeClock';
import {
  defaultLedgerFilter,
  followLedgerDay,
} from '../../../renderer/src/features/money/useLedger';

/** Fakes Date and the timers together, so the test moves the clock by hand. */
function clockAt(iso: string) {
  vi.useFakeTimers({
    now: new Date(iso),
    toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
  });
}

function Clock() {
  const today = useOfficeToday();
  const now = useOfficeNow();
  const [month, setMonth] = usePickedOr(today.slice(0, 7));
  return (
    <>
      <span data-testid="today">{today}</span>
      <span data-testid="now">{now}</span>
      <span data-testid="month">{month}</span>
      <button data-testid="pick" onClick={() => setMonth('2026-06')} />
    </>
  );
}

describe('the office clock on screen', () => {
  it('moves to the new office day at midnight, without waiting for the minute tick', () => {
    // Office 23:59:30 on 30 November (15:59:30 UTC): 30 s later it is 1 December.
    clockAt('2026-11-30T15:59:30Z');
    const view = render(<Clock />);
    expect(view.getByTestId('today').textContent).toBe('2026-11-30');
    expect(view.getByTestId('month').textContent).toBe('2026-11');
    act(() => vi.advanceTimersByTime(31_000));
    expect(view.getByTestId('today').textContent).toBe('2026-12-01');
    expect(view.getByTestId('month').textContent).toBe('2026-12');
    // Refreshed by the midnight timer itself, 50 ms into the new day.
    expect(view.getByTestId('now').textContent).toBe('2026-11-30T16:00:00.050Z');
  });

  it('uses office time, not the PC zone: 16:30 UTC on New Year’s Eve is 00:30 New Year’s Day office', () => {
    clockAt('2026-12-31T16:30:00Z');
    const view = render(<Clock />);
    expect(view.getByTestId('today').textContent).toBe('2027-01-01');
  });

  it('catches up when the window comes back into view after the timers slept', () => {
    clockAt('2026-11-17T02:30:00Z');
    const view = render(<Clock />);
    // The PC slept through the night: the clock jumped, no timer ran.
    vi.setSystemTime(new Date('2026-11-18T01:00:00Z'));
    act(() => {
      fireEvent(document, new Event('visibilitychange'));
    });
    expect(view.getByTestId('today').textContent).toBe('2026-11-18');
    expect(view.getByTestId('now').textContent).toBe('2026-11-18T01:00:00.000Z');
  });

  it('keeps a month the user picked when the day turns', () => {
    clockAt('2026-11-30T15:59:30Z');
    const view = render(<Clock />);
    fireEvent.click(view.getByTestId('pick'));
    act(() => vi.advanceTimersByTime(31_000));
    expect(view.getByTestId('today').textContent).toBe('2026-12-01');
    expect(view.getByTestId('month').textContent).toBe('2026-06');
  });
});

describe('the ledger filter across midnight', () => {
  it('moves "this month so far" to the new day, and leaves dates the clerk chose', () => {
    const open = defaultLedgerFilter('2026-11-30');
    expect(followLedgerDay(open, '2026-11-30', '2026-12-01')).toMatchObject({
      fromDate: '2026-12-01',
      toDate: '2026-12-01',
    });
    const chosen = { ...open, fromDate: '2026-10-01', toDate: '2026-10-31' };
    expect(followLedgerDay(chosen, '2026-11-30', '2026-12-01')).toBe(chosen);
  });
});
