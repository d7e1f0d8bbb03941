/**
 * The today board's items of the desk registers: renovation reviews and refunds, key loans,
 * mail waiting, visitors overstaying, open handover items, moving appointments and payment
 * promises. The rules are the registers' own; todayBoard.ts gathers them.
 */
import type { DeadlineSettings } from './deadlines';
import { isMailUncollectedTooLong } from './deadlines';
import type { WorkCalendar } from './calendar';
import { isOpen } from './handover';
import { loanState } from './keys';
import { officeDateOf, parseInstant } from './officeTime';
import { endOfOfficeDay, renovationDues } from './renovationDue';
import { officeAt } from './siteDue';
import { isOverstaying, OVERSTAY_HOURS } from './visitors';
import { openRoute, type BoardDue } from './boardDue';
import type { TodayFacts } from './todayBoard';

export function renovationBoardDues(
  renovations: TodayFacts['renovations'],
  now: string,
  s: DeadlineSettings,
  cal: WorkCalendar,
): BoardDue[] {
  return renovations.flatMap((r) =>
    renovationDues(r, now, s, cal)
      .filter((d) => d.kind !== 'works')
      .map((d) => ({
        kind: d.kind === 'review' ? ('renovationReview' as const) : ('depositRefund' as const),
        recordId: r.id,
        no: r.no,
        ...(r.unitCode ? { unitCode: r.unitCode } : {}),
        detail: d.kind,
        dueAt: d.due,
        route: openRoute('/renovation', r.id),
      })),
  );
}

export function keyLoanDues(loans: TodayFacts['keyLoans'], now: string): BoardDue[] {
  return loans.flatMap((l) => {
    const state = loanState(l, now);
    if (state === 'returned') return [];
    return [
      {
        kind: 'keyOverdue' as const,
        recordId: l.id,
        subject: `${l.keyLabel} · ${l.borrower}`,
        dueAt: l.dueAt,
        route: openRoute('/keys', l.id),
        overdue: state === 'overdue',
      },
    ];
  });
}

export function mailDues(mail: TodayFacts['mail'], now: string, s: DeadlineSettings): BoardDue[] {
  return mail
    .filter((m) => m.status === 'waiting')
    .map((m) => ({
      kind: 'mailUncollected' as const,
      recordId: m.id,
      unitCode: m.unitCode,
      ...(m.addressee ? { subject: m.addressee } : {}),
      dueAt: new Date(
        parseInstant(m.receivedAt) + s.mailUncollectedWarnDays * 86_400_000,
      ).toISOString(),
      route: openRoute('/mail', m.id),
      overdue: isMailUncollectedTooLong(m.receivedAt, now, s),
    }));
}

/** Only a visitor past the 24 hours is the desk's business; one still within them is not. */
export function overstayDues(visits: TodayFacts['visits'], now: string): BoardDue[] {
  return visits
    .filter((v) => isOverstaying(v, now))
    .map((v) => ({
      kind: 'visitorOverstay' as const,
      recordId: v.id,
      unitCode: v.unitCode,
      subject: v.name,
      dueAt: new Date(parseInstant(v.inAt) + OVERSTAY_HOURS * 3_600_000).toISOString(),
      route: openRoute('/visitors', v.id),
      overdue: true,
    }));
}

/** An open handover item written today is today's; one carried from an earlier day is overdue. */
export function handoverDues(handovers: TodayFacts['handovers'], today: string): BoardDue[] {
  return handovers.flatMap((h) =>
    h.items.filter(isOpen).map((i) => ({
      kind: 'handoverItem' as const,
      recordId: h.id,
      no: h.no,
      subject: i.text,
      dueAt: i.createdAt,
      state: officeDateOf(i.createdAt) < today ? ('overdue' as const) : ('today' as const),
      route: openRoute('/handover', h.id),
    })),
  );
}

/** A move is due by the end of its window; the guard's check-out takes it off the board. */
export function movingDues(movings: NonNullable<TodayFacts['movings']>): BoardDue[] {
  return movings.map((m) => ({
    kind: 'movingAppointment' as const,
    recordId: m.id,
    no: m.no,
    ...(m.unitCode ? { unitCode: m.unitCode } : {}),
    subject: `${m.windowFrom}–${m.windowTo} ${m.lift}`,
    dueAt: officeAt(m.movingDate, m.windowTo),
    route: `/release?no=${encodeURIComponent(m.no)}`,
  }));
}

export function payPromiseDues(
  promises: NonNullable<TodayFacts['payPromises']>,
  today: string,
): BoardDue[] {
  return promises.map((p) => ({
    kind: 'payPromise' as const,
    recordId: p.id,
    unitCode: p.unitCode,
    subject: p.promiseDate,
    dueAt: endOfOfficeDay(p.promiseDate),
    route: openRoute('/fees', p.unitId),
    overdue: p.promiseDate < today,
  }));
}
