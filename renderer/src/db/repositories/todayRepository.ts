import { buildCalendar } from '@shared/domain/calendar';
import { addDaysToDate, officeDateOf } from '@shared/domain/officeTime';
import { todayItems, type TodayFacts, type TodayItem } from '@shared/domain/todayBoard';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import {
  deskFirstDay,
  dueMovings,
  undigestedSuggestionTimes,
  unreviewedPeriods,
} from '@shared/domain/todayFacts';
import { brokenPromisesAt } from './billSettlement';
import type { KeyLoanRecord } from '../records';
import type { createSettingsRepository } from './settingsRepository';
import type { SiteCheckRepository } from './siteCheckRepository';
import type { VenueRepository } from './venueRepository';
import type { ParkingRepository } from './parkingRepository';
import type { VisitRepository } from './visitRepository';

type Settings = Pick<ReturnType<typeof createSettingsRepository>, 'get'>;

const live = <T extends { deletedAt?: string }>(rows: readonly T[]) =>
  rows.filter((r) => !r.deletedAt);

/**
 * The plan items the board may show: this year's, and last year's while the desk already ran
 * then (its last quarter, half and December visit fall due on 31 December and stay owed).
 */
async function planItems(visits: Pick<VisitRepository, 'boardPlan'>, today: string, since: string) {
  const year = Number(today.slice(0, 4));
  const years = since < `${year}-01-01` ? [year - 1, year] : [year];
  return (await Promise.all(years.map((y) => visits.boardPlan(y)))).flat();
}

/**
 * The desk's today board: reads only the open records of each register, through the status
 * indexes (closed history is never scanned), and hands them to the board rule in
 * shared/domain/todayBoard.ts with the deadline settings and the working-day calendar.
 */
export function createTodayRepository(
  db: TaizhangDB,
  settings: Settings,
  site?: Pick<SiteCheckRepository, 'dueFacts'>,
  venues?: Pick<VenueRepository, 'dueFacts'>,
  parking?: Pick<ParkingRepository, 'dueFacts'>,
  visitPlan?: Pick<VisitRepository, 'boardPlan'>,
) {
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

  /** Open enquiries of the signed-in clerk (首问负责: each sees her own). */
  async function enquiriesOf(viewerId: string | undefined) {
    if (!viewerId) return [];
    const rows = await db.enquiries.where('ownerId').equals(viewerId).toArray();
    return live(rows).filter((e) => e.status === 'open');
  }

  /** What the board reads, from open records only; `viewerId` is the signed-in operator. */
  async function facts(now: string = nowIso(), viewerId?: string): Promise<TodayFacts> {
    const [
      renovations,
      cases,
      workOrders,
      loans,
      mail,
      visits,
      handovers,
      siteFacts,
      enquiries,
      surveys,
      promises,
      venueFacts,
    ] = await Promise.all([
      db.renovations.where('state').anyOf(['pendingReview', 'pendingRefund']).toArray(),
      db.cases.where('status').anyOf(['open', 'dispatched', 'closed']).toArray(),
      db.workOrders.where('revisitStatus').equals('due').toArray(),
      openLoans(),
      db.mailItems.where('status').equals('waiting').toArray(),
      db.visits.where('status').equals('inside').toArray(),
      openHandovers(),
      site?.dueFacts(now),
      enquiriesOf(viewerId),
      db.surveyRounds.where('status').anyOf(['summarising', 'followUp']).toArray(),
      brokenPromisesAt(db, officeDateOf(now)),
      venues?.dueFacts(now),
    ]);
    // Appointments of the last week still waiting for the guard, up to today.
    const today = officeDateOf(now);
    const movings = await db.releasePasses
      .where('movingDate')
      .between(addDaysToDate(today, -7), today, true, true)
      .toArray();
    const openCases = live(cases);
    const [revisitEvents, reviewed, operators, parkingLeases] = await Promise.all([
      db.revisitEvents.where('status').equals('open').toArray(),
      db.revisitReviews.toArray(),
      db.operators.toArray(),
      parking?.dueFacts(now) ?? [],
    ]);
    const since = deskFirstDay(operators, today);
    const plan = visitPlan ? await planItems(visitPlan, today, since) : undefined;
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
      cases: openCases,
      workOrders: live(workOrders),
      keyLoans: loans,
      mail: live(mail),
      visits: live(visits),
      handovers,
      movings: dueMovings(movings),
      ...(siteFacts ? { site: siteFacts } : {}),
      ...(venueFacts ? { venues: venueFacts } : {}),
      enquiries,
      undigestedSuggestions: undigestedSuggestionTimes(openCases),
      surveys: live(surveys),
      revisitEvents: live(revisitEvents),
      revisitReviews: unreviewedPeriods(reviewed, today, since),
      payPromises: promises.flatMap((c) =>
        c.promiseDate
          ? [{ id: c.id, unitId: c.unitId, unitCode: c.unitCode, promiseDate: c.promiseDate }]
          : [],
      ),
      parkingLeases,
      ...(plan ? { visitPlan: { items: plan, since } } : {}),
    };
  }

  return {
    facts,

    /** Everything due today or overdue at `now`, overdue first. */
    async items(now: string, viewerId?: string): Promise<TodayItem[]> {
      const [f, deadlines, overrides] = await Promise.all([
        facts(now, viewerId),
        settings.get('deadlines'),
        settings.get('calendarOverrides'),
      ]);
      return todayItems(f, now, deadlines, buildCalendar(overrides));
    },
  };
}

export type TodayRepository = ReturnType<typeof createTodayRepository>;
