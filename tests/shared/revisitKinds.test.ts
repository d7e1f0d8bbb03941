import { describe, expect, it } from 'vitest';
import { NO_TODAY_FACTS } from '../fixtures/todayFacts';
import { buildCalendar } from '@shared/domain/calendar';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';
import { toIsoInstant } from '@shared/domain/officeTime';
import {
  drawEventSample,
  eventSampleSize,
  kindRevisitDone,
  kindRevisitDue,
} from '@shared/domain/revisitKinds';
import {
  monthEndOf,
  periodsNeedingReview,
  reviewDueDate,
  weekStartOf,
} from '@shared/domain/revisitSupervision';
import { todayItems } from '@shared/domain/todayBoard';

const s = DEFAULT_DEADLINES;
const at = (local: string) => toIsoInstant(local);
const none = NO_TODAY_FACTS;

describe('community events: 30 % of the participants within 5 days', () => {
  it('revisits 30 %, rounded up', () => {
    expect([0, 1, 3, 10, 11, 100].map(eventSampleSize)).toEqual([0, 1, 1, 3, 4, 30]);
  });

  it('draws the same people for the same event whatever the order of the list', () => {
    const keys = Array.from({ length: 20 }, (_, i) => `p${i + 1}`);
    const a = drawEventSample('2026-11-14 中秋游园', keys);
    expect(a).toHaveLength(6);
    expect(new Set(a).size).toBe(6);
    expect(drawEventSample('2026-11-14 中秋游园', [...keys].reverse())).toEqual(a);
    expect(drawEventSample('2026-11-21 重阳敬老', keys)).not.toEqual(a);
  });

  it('is due 5 days after the event, emergency aid 7 days after the aid', () => {
    expect(kindRevisitDue('communityEvent', at('2026-11-14 15:00'), s)).toBe(
      at('2026-11-19 15:00'),
    );
    expect(kindRevisitDue('emergencyAid', at('2026-11-14 15:00'), s)).toBe(at('2026-11-21 15:00'));
    expect(kindRevisitDone(['p1', 'p2'], ['p2'])).toBe(false);
    expect(kindRevisitDone(['p1', 'p2'], ['p2', 'p1'])).toBe(true);
  });

  it('puts an event still to revisit on the board once its 5 days are over', () => {
    const event = {
      id: 'e1',
      kind: 'communityEvent' as const,
      title: '中秋游园',
      revisitDueAt: at('2026-11-19 15:00'),
      sample: ['p1', 'p2'],
      revisits: [{ key: 'p1' }],
    };
    const cal = buildCalendar();
    expect(todayItems({ ...none, revisitEvents: [event] }, at('2026-11-19 10:00'), s, cal)).toEqual(
      [
        expect.objectContaining({
          kind: 'kindRevisit',
          state: 'today',
          subject: '社区活动 · 中秋游园 · 待回访 1 人',
        }),
      ],
    );
    expect(
      todayItems({ ...none, revisitEvents: [event] }, at('2026-11-20 10:00'), s, cal)[0]?.state,
    ).toBe('overdue');
    const done = { ...event, revisits: [{ key: 'p1' }, { key: 'p2' }] };
    expect(todayItems({ ...none, revisitEvents: [done] }, at('2026-11-20 10:00'), s, cal)).toEqual(
      [],
    );
  });
});

describe('weekly review and monthly spot-check of the revisit records', () => {
  it('runs weeks Monday to Sunday and months to their last day', () => {
    expect(weekStartOf('2026-11-17')).toBe('2026-11-16'); // Tuesday
    expect(weekStartOf('2026-11-22')).toBe('2026-11-16'); // Sunday
    expect(weekStartOf('2026-11-23')).toBe('2026-11-23'); // Monday
    expect(reviewDueDate('weekly', '2026-11-16')).toBe('2026-11-22');
    expect(monthEndOf('2026-02')).toBe('2026-02-28');
    expect(reviewDueDate('monthly', '2028-02')).toBe('2028-02-29');
  });

  it('lists the weeks since the first run that have no signed review, oldest first', () => {
    // Tuesday 17 November; the desk was set up on Wednesday 4 November.
    const reviewed = new Set(['2026-11-02']);
    expect(periodsNeedingReview('weekly', '2026-11-17', '2026-11-04', reviewed)).toEqual([
      '2026-11-09',
      '2026-11-16',
    ]);
    expect(
      periodsNeedingReview('monthly', '2026-11-17', '2026-09-30', new Set(['2026-10'])),
    ).toEqual(['2026-09', '2026-11']);
  });

  it('shows an unreviewed week as overdue after its Sunday and this week on its Sunday', () => {
    const cal = buildCalendar();
    const reviews = { weeks: ['2026-11-09', '2026-11-16'], months: ['2026-11'] };
    const tuesday = todayItems(
      { ...none, revisitReviews: reviews },
      at('2026-11-17 10:00'),
      s,
      cal,
    );
    expect(tuesday.map((i) => `${i.recordId}/${i.detail}/${i.state}`)).toEqual([
      'weekly:2026-11-09/review_weekly/overdue',
    ]);
    const sunday = todayItems({ ...none, revisitReviews: reviews }, at('2026-11-22 10:00'), s, cal);
    expect(sunday.map((i) => `${i.recordId}/${i.state}`)).toEqual([
      'weekly:2026-11-09/overdue',
      'weekly:2026-11-16/today',
    ]);
  });
});
