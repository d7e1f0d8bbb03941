import { describe, expect, it } from 'vitest';
import {
  renovatingThisWeek,
  weekOf,
  type RenovationWeekFacts,
} from '@shared/domain/renovationWeek';

const job = (over: Partial<RenovationWeekFacts>): RenovationWeekFacts => ({
  id: over.no ?? 'j',
  no: 'ZX2026-0001',
  state: 'working',
  unitCode: '3-1-1201',
  plannedStart: '2026-11-01',
  plannedEnd: '2026-12-31',
  permitValidUntil: '2026-12-31',
  ...over,
});

// TEST_NOW is Tuesday 2026-11-17: the week is Monday 16 to Sunday 22 November.
const today = '2026-11-17';

describe('units under renovation this week (本周装修单元)', () => {
  it('runs Monday to Sunday', () => {
    expect(weekOf(today)).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(weekOf('2026-11-22')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
  });

  it('lists works under way, overrun ones marked, and approved jobs starting by Sunday', () => {
    const rows = renovatingThisWeek(
      [
        job({ no: 'A', unitCode: '3-1-1202' }),
        job({ no: 'B', unitCode: '3-1-201', permitValidUntil: '2026-11-15' }),
        job({ no: 'C', unitCode: '1-1-101', state: 'approved', plannedStart: '2026-11-22' }),
        job({ no: 'D', state: 'approved', plannedStart: '2026-11-23' }),
        job({ no: 'E', state: 'pendingAcceptance' }),
        job({ no: 'F', state: 'pendingReview', plannedStart: '2026-11-18' }),
        job({ no: 'G', state: 'closed' }),
      ],
      today,
    );
    expect(rows.map((r) => [r.job.no, r.mark])).toEqual([
      ['C', 'starting'],
      ['B', 'overrun'],
      ['A', 'working'],
    ]);
  });
});
