import { buildCalendar } from '@shared/domain/calendar';
import { addDaysToDate, officeDateOf } from '@shared/domain/officeTime';
import { todayItems, type TodayFacts, type TodayItem } from '@shared/domain/todayBoard';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import { periodsNeedingReview } from '@shared/domain/revisitSupervision';
import { brokenPromisesAt } from './billSettlement';
import type { KeyLoanRecord, RevisitReviewRecord } from '../records';
import type { createSettingsRepository } from './settingsRepository';
import type { SiteCheckRepository } from './siteCheckRepository';
import type { VenueRepository } from './venueRepository';
import type { ParkingRepository } from './parkingRepository';

type Settings = Pick<ReturnType<typeof createSettingsRepository>, 'get'>;

const live = <T extends { deletedAt?: string }>(rows: readonly T[]) =>
  rows.filter((r) => !r.deletedAt);

/** Weeks and months not yet reviewed, counted from the desk's first run (its first operator). */
function unreviewedPeriods(
  reviews: readonly RevisitReviewRecord[],
  operators: readonly { createdAt: string }[],
  now: string,
) {
  const since = operators.map((o) => o.createdAt).sort()[0];
  const today = officeDateOf(now);
  const of = (k: 'weekly' | 'monthly') =>
    new Set(reviews.filter((r) => r.kind === k).map((r) => r.period));
  const from = since ? officeDateOf(since) : today;
  return {
    weeks: periodsNeedingReview('weekly', today, from, of('weekly')),
    months: periodsNeedingReview('monthly', today, from, of('monthly')),
  };
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
    ] =
      await Promise.all([
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
      movings: movings.flatMap((p) =>
        p.status === 'issued' && !p.deletedAt && p.movingDate && p.windowFrom && p.windowTo
          ? [
              {
                id: p.id,
                no: p.no,
                ...(p.unitCode ? { unitCode: p.unitCode } : {}),
                movingDate: p.movingDate,
                windowFrom: p.windowFrom,
                windowTo: p.windowTo,
                lift: p.lift ?? '',
              },
            ]
          : [],
      ),
      ...(siteFacts ? { site: siteFacts } : {}),
      ...(venueFacts ? { venues: venueFacts } : {}),
      enquiries,
      undigestedSuggestions: openCases
        .filter((c) => c.kind === 'suggestion' && c.status !== 'closed' && !c.digestAt)
        .map((c) => c.receivedAt),
      surveys: live(surveys),
      revisitEvents: live(revisitEvents),
      revisitReviews: unreviewedPeriods(live(reviewed), operators, now),
      payPromises: promises.flatMap((c) =>
        c.promiseDate
          ? [{ id: c.id, unitId: c.unitId, unitCode: c.unitCode, promiseDate: c.promiseDate }]
          : [],
      ),
      parkingLeases,
    };
  }

  /** Promises to pay whose date passed (office today) while the unit still owes. */

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
