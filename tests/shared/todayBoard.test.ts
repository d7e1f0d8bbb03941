import { describe, expect, it } from 'vitest';
import { NO_TODAY_FACTS } from '../fixtures/todayFacts';
import { buildCalendar } from '@shared/domain/calendar';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';
import type { HandoverItem } from '@shared/domain/handover';
import { toIsoInstant } from '@shared/domain/officeTime';
import {
  boardState,
  overdueBy,
  todayItems,
  type TodayFacts,
  type TodayItem,
} from '@shared/domain/todayBoard';

const cal = buildCalendar();
const s = DEFAULT_DEADLINES;
// Monday 2026-11-23, 10:00 in the office.
const NOW = toIsoInstant('2026-11-23 10:00');
const at = (local: string) => toIsoInstant(local);

const none = NO_TODAY_FACTS;
const board = (facts: Partial<TodayFacts>, c = cal) => todayItems({ ...none, ...facts }, NOW, s, c);
const brief = (items: TodayItem[]) =>
  items.map((i) => `${i.kind}/${i.recordId}/${i.detail ?? ''}/${i.state}`);

const reno = (id: string, submitted: string) => ({
  id,
  no: `ZX-${id}`,
  unitCode: '1-101',
  state: 'pendingReview' as const,
  submittedAt: at(submitted),
  worksEnd: '2026-12-31',
  passesSettled: false,
});

describe('today board: renovation', () => {
  it('shows a review due today, one overdue, and not one due tomorrow', () => {
    const items = board({
      renovations: [
        // Mon 16th 15:00 + 5 working days = Mon 23rd 15:00: later today.
        reno('today', '2026-11-16 15:00'),
        // Mon 16th 09:00 → Mon 23rd 09:00: an hour ago.
        reno('late', '2026-11-16 09:00'),
        // Tue 17th → Tue 24th: tomorrow, not on the board.
        reno('tomorrow', '2026-11-17 14:00'),
      ],
    });
    expect(brief(items)).toEqual([
      'renovationReview/late/review/overdue',
      'renovationReview/today/review/today',
    ]);
    expect(items[0]!.route).toBe('/renovation?open=late');
    expect(items[0]!.dueAt).toBe(at('2026-11-23 09:00'));
  });

  it('counts working days: a holiday pushes a review from Friday to today', () => {
    // Fri 13th 16:00 + 5 working days = Fri 20th 16:00 (the weekend is skipped).
    const facts = { renovations: [reno('r', '2026-11-13 16:00')] };
    expect(brief(board(facts))).toEqual(['renovationReview/r/review/overdue']);
    expect(overdueBy(at('2026-11-20 16:00'), NOW)).toEqual({ unit: 'days', value: 2 });
    // With Friday 20th a local holiday the fifth working day is Monday the 23rd.
    const withHoliday = buildCalendar([{ date: '2026-11-20', kind: 'holiday' }]);
    const items = board(facts, withHoliday);
    expect(brief(items)).toEqual(['renovationReview/r/review/today']);
    expect(items[0]!.dueAt).toBe(at('2026-11-23 16:00'));
  });

  it('shows the deposit refund due today and the pass refund overdue after acceptance', () => {
    const job = {
      ...reno('acc', '2026-10-01 09:00'),
      state: 'pendingRefund' as const,
      // Thu 12th + 7 working days = Mon 23rd 11:00; + 3 = Tue 17th 11:00.
      acceptedAt: at('2026-11-12 11:00'),
    };
    expect(brief(board({ renovations: [job] }))).toEqual([
      'depositRefund/acc/passRefund/overdue',
      'depositRefund/acc/depositRefund/today',
    ]);
    expect(brief(board({ renovations: [{ ...job, passesSettled: true }] }))).toEqual([
      'depositRefund/acc/depositRefund/today',
    ]);
    expect(board({ renovations: [{ ...job, state: 'closed' as const }] })).toEqual([]);
  });
});

describe('today board: complaints', () => {
  const complaint = {
    id: 'c1',
    no: 'TS-202611-0001',
    kind: 'complaint' as const,
    status: 'dispatched' as const,
    receivedAt: at('2026-11-18 09:00'),
  };

  it('shows the feedback and fix deadlines of an open complaint', () => {
    // Feedback 24 h → Thu 19th 09:00; fix 3 working days → Mon 23rd 09:00.
    expect(brief(board({ cases: [complaint] }))).toEqual([
      'complaintDeadline/c1/feedback/overdue',
      'complaintDeadline/c1/fix/overdue',
    ]);
    expect(brief(board({ cases: [{ ...complaint, feedbackAt: at('2026-11-18 12:00') }] }))).toEqual(
      ['complaintDeadline/c1/fix/overdue'],
    );
  });

  it('an agreed later date replaces the fix deadline', () => {
    const agreed = { ...complaint, feedbackAt: at('2026-11-18 12:00') };
    expect(board({ cases: [{ ...agreed, agreedDueAt: at('2026-11-24 17:00') }] })).toEqual([]);
  });

  it('shows a revisit due now as today, and nothing for a revisited case', () => {
    const closed = {
      ...complaint,
      id: 'c2',
      severity: 'major' as const,
      status: 'closed' as const,
      // Revisit 3 days after closing (004) = Mon 23rd 10:00, the very moment of NOW.
      closedAt: at('2026-11-20 10:00'),
    };
    expect(brief(board({ cases: [closed] }))).toEqual(['complaintRevisit/c2/revisit/today']);
    expect(board({ cases: [{ ...closed, status: 'revisited' as const }] })).toEqual([]);
  });
});

describe('today board: repairs, keys, mail, visitors, handover', () => {
  const order = {
    id: 'w1',
    no: 'WX-1',
    kind: 'repair' as const,
    unitCode: '2-202',
    revisitStatus: 'due' as const,
  };

  it('repair revisits: emergency by the end of its day, samples by the sampling day', () => {
    const items = board({
      workOrders: [
        {
          ...order,
          revisitReason: 'emergency',
          completedAt: at('2026-11-22 15:00'),
          completedMonth: '2026-11',
        },
        {
          ...order,
          id: 'w2',
          kind: 'paidService',
          revisitReason: 'sample',
          completedMonth: '2026-10',
        },
        { ...order, id: 'w3', revisitReason: 'sample', completedMonth: '2026-11' },
        {
          ...order,
          id: 'w4',
          revisitStatus: 'done',
          revisitReason: 'emergency',
          completedAt: at('2026-11-20 09:00'),
        },
      ],
    });
    expect(brief(items)).toEqual([
      'repairRevisit/w2/sample/overdue',
      'repairRevisit/w1/emergency/overdue',
    ]);
    expect(items[0]!.route).toBe('/services?open=w2');
    expect(overdueBy(items[0]!.dueAt, NOW)).toEqual({ unit: 'days', value: 27 });
    expect(overdueBy(items[1]!.dueAt, NOW)).toEqual({ unit: 'hours', value: 10 });
  });

  it('keys: due later today, overdue, returned', () => {
    const loan = { keyLabel: 'G-01', borrower: '张工' };
    const items = board({
      keyLoans: [
        { ...loan, id: 'k1', dueAt: at('2026-11-23 18:00') },
        { ...loan, id: 'k2', dueAt: at('2026-11-22 18:00') },
        { ...loan, id: 'k3', dueAt: at('2026-11-20 18:00'), returnedAt: at('2026-11-21 09:00') },
        { ...loan, id: 'k4', dueAt: at('2026-11-24 09:00') },
      ],
    });
    expect(brief(items)).toEqual(['keyOverdue/k2//overdue', 'keyOverdue/k1//today']);
    expect(items[0]!.subject).toBe('G-01 · 张工');
  });

  it('mail: listed once it has waited three days', () => {
    const m = { unitCode: '3-301', status: 'waiting' as const };
    const items = board({
      mail: [
        { ...m, id: 'm1', receivedAt: at('2026-11-19 09:00') },
        { ...m, id: 'm2', receivedAt: at('2026-11-20 15:00') },
        { ...m, id: 'm3', receivedAt: at('2026-11-21 09:00') },
        { ...m, id: 'm4', status: 'collected', receivedAt: at('2026-11-01 09:00') },
      ],
    });
    expect(brief(items)).toEqual(['mailUncollected/m1//overdue', 'mailUncollected/m2//today']);
    expect(overdueBy(items[0]!.dueAt, NOW)).toEqual({ unit: 'days', value: 1 });
  });

  it('visitors: only those inside for more than 24 hours', () => {
    const v = { name: '李四', unitCode: '1-101', status: 'inside' as const };
    const items = board({
      visits: [
        { ...v, id: 'v1', inAt: at('2026-11-22 09:00') },
        { ...v, id: 'v2', inAt: at('2026-11-22 11:00') },
        { ...v, id: 'v3', status: 'left', inAt: at('2026-11-20 09:00') },
      ],
    });
    expect(brief(items)).toEqual(['visitorOverstay/v1//overdue']);
  });

  it('handover: an item carried from an earlier day is overdue, today’s is today’s', () => {
    const item = (id: string, createdAt: string, closedAt?: string): HandoverItem => ({
      id,
      text: `事项${id}`,
      createdAt: at(createdAt),
      createdByName: '王',
      acknowledged: false,
      ...(closedAt ? { closedAt: at(closedAt) } : {}),
    });
    const items = board({
      handovers: [
        {
          id: 'h1',
          no: 'JJ-1',
          items: [
            item('a', '2026-11-23 08:00'),
            item('b', '2026-11-21 17:00'),
            item('c', '2026-11-20 17:00', '2026-11-21 09:00'),
          ],
        },
      ],
    });
    expect(items.map((i) => `${i.subject}/${i.state}`)).toEqual(['事项b/overdue', '事项a/today']);
    expect(items[0]!.route).toBe('/handover?open=h1');
  });
});

describe('today board: order and helpers', () => {
  it('puts overdue first, the longest overdue on top, then today by time', () => {
    const items = board({
      keyLoans: [{ id: 'k', keyLabel: 'A', borrower: 'B', dueAt: at('2026-11-23 12:00') }],
      mail: [{ id: 'm', unitCode: '1', status: 'waiting', receivedAt: at('2026-11-18 09:00') }],
      renovations: [reno('r', '2026-11-16 09:00')],
    });
    expect(items.map((i) => i.recordId)).toEqual(['m', 'r', 'k']);
  });

  it('boardState: a deadline is met up to its moment; yesterday’s is overdue; tomorrow’s is not shown', () => {
    expect(boardState(NOW, NOW)).toBe('today');
    expect(boardState(at('2026-11-23 23:59'), NOW)).toBe('today');
    expect(boardState(at('2026-11-22 10:00'), NOW)).toBe('overdue');
    expect(boardState(at('2026-11-24 00:00'), NOW)).toBeNull();
  });

  it('overdueBy: at least one hour, whole days from 24 hours', () => {
    expect(overdueBy(at('2026-11-23 09:50'), NOW)).toEqual({ unit: 'hours', value: 1 });
    expect(overdueBy(at('2026-11-22 10:01'), NOW)).toEqual({ unit: 'hours', value: 23 });
    expect(overdueBy(at('2026-11-22 10:00'), NOW)).toEqual({ unit: 'days', value: 1 });
  });
});
