import { buildCalendar } from '@shared/domain/calendar';
import { todayItems, type TodayFacts, type TodayItem } from '@shared/domain/todayBoard';
import { officeDateOf } from '@shared/domain/officeTime';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import { brokenPromisesAt } from './billSettlement';
import type { KeyLoanRecord } from '../records';
import type { createSettingsRepository } from './settingsRepository';

type Settings = Pick<ReturnType<typeof createSettingsRepository>, 'get'>;

const live = <T extends { deletedAt?: string }>(rows: readonly T[]) =>
  rows.filter((r) => !r.deletedAt);

/**
 * The desk's today board: reads only the open records of each register, through the status
 * indexes (closed history is never scanned), and hands them to the board rule in
 * shared/domain/todayBoard.ts with the deadline settings and the working-day calendar.
 */
export function createTodayRepository(db: TaizhangDB, settings: Settings) {
  async function openHandovers() {
    const open = await db.handovers.where('status').equals('open').toArray();
    if (open.length > 0) return open;
    // Between shifts the last closed handover still holds the items the next one carries over.
    const last = await db.handovers.orderBy('closedAt').last();
    return last ? [last] : [];
  }

  async function openLoans(): Promise<KeyLoanRecord[]> {
    // The key board is small and each key points at its open loan; the loan log is history.
    const ids = (await db.keys.toArray()).flatMap((k) => (k.loanId ? [k.loanId] : []));
    const loans = await db.keyLoans.bulkGet(ids);
    return loans.filter((l): l is KeyLoanRecord => l !== undefined && !l.returnedAt);
  }

  /** What the board reads, from open records only. */
  async function facts(): Promise<TodayFacts> {
    const [renovations, cases, workOrders, loans, mail, visits, handovers, promises] =
      await Promise.all([
        db.renovations.where('state').anyOf(['pendingReview', 'pendingRefund']).toArray(),
        db.cases.where('status').anyOf(['open', 'dispatched', 'closed']).toArray(),
        db.workOrders.where('revisitStatus').equals('due').toArray(),
        openLoans(),
        db.mailItems.where('status').equals('waiting').toArray(),
        db.visits.where('status').equals('inside').toArray(),
        openHandovers(),
        brokenPromises(),
      ]);
    return {
      renovations: live(renovations).map((j) => ({
        id: j.id,
        no: j.no,
        unitCode: j.unitCode,
        state: j.state,
        worksEnd: j.permitValidUntil,
        // As the renovation register reads it (useRenovationDues): any refund settles the passes.
        passesSettled: j.refunds.length > 0,
        ...(j.submittedAt ? { submittedAt: j.submittedAt } : {}),
        ...(j.acceptedAt ? { acceptedAt: j.acceptedAt } : {}),
      })),
      cases: live(cases),
      workOrders: live(workOrders),
      keyLoans: loans,
      mail: live(mail),
      visits: live(visits),
      handovers,
      payPromises: promises.flatMap((c) =>
        c.promiseDate
          ? [{ id: c.id, unitId: c.unitId, unitCode: c.unitCode, promiseDate: c.promiseDate }]
          : [],
      ),
    };
  }

  /** Promises to pay whose date passed (office today) while the unit still owes. */
  const brokenPromises = () => brokenPromisesAt(db, officeDateOf(nowIso()));

  return {
    facts,

    /** Everything due today or overdue at `now`, overdue first. */
    async items(now: string): Promise<TodayItem[]> {
      const [f, deadlines, overrides] = await Promise.all([
        facts(),
        settings.get('deadlines'),
        settings.get('calendarOverrides'),
      ]);
      return todayItems(f, now, deadlines, buildCalendar(overrides));
    },
  };
}

export type TodayRepository = ReturnType<typeof createTodayRepository>;
