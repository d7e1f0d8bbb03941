import type { Actor } from '@shared/domain/record';
import { refuseIf, registerTerms } from '@shared/domain/repairs';
import { searchQueryKeys } from '@shared/domain/searchTerms';
import { checkSignOut, visitInputSchema, visitorKey } from '@shared/domain/visitors';
import { addDaysToDate, officeDateOf } from '@shared/domain/officeTime';
import { insertAudited, mustLive, updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { VisitRecord } from '../records';
import { optional } from './receiptInputs';
import { officeDayStart } from './receiptSearch';

/** Visitors (来访登记): in, out, refused; the still-inside list; quick re-entry. */
export function createVisitorRepository(db: TaizhangDB) {
  const rw = <T>(fn: () => Promise<T>) => db.transaction('rw', [db.visits, db.audit], fn);
  const mustGet = (id: string) => mustLive(db.visits, id);

  async function record(
    actor: Actor,
    input: unknown,
    refusedReason?: string,
  ): Promise<VisitRecord> {
    const v = visitInputSchema.parse(input);
    return rw(() =>
      insertAudited(
        db,
        db.visits,
        {
          ...optional({
            phone: v.phone,
            unitId: v.unitId || undefined,
            host: v.host,
            refusedReason: refusedReason?.trim(),
          }),
          status: refusedReason ? 'refused' : 'inside',
          name: v.name,
          idType: v.idType,
          idNumber: v.idNumber,
          visitorKey: visitorKey(v.idType, v.idNumber),
          unitCode: v.unitCode,
          reason: v.reason,
          people: v.people,
          inAt: nowIso(),
          clerkName: actor.name,
          // The ID's last 4 only: a prefix of a full number would be a region and birth date.
          terms: registerTerms(v.unitCode, [v.name, v.phone, v.idNumber.slice(-4)]),
        },
        actor,
        `${v.name} → ${v.unitCode}`,
      ),
    );
  }

  async function search(filter: { q?: string; date?: string }, limit = 300) {
    const keys = searchQueryKeys(filter.q ?? '');
    // A day's visits read only that day's range of the inAt index: walking the whole index
    // newest-first scanned every visit of five years when the day had fewer than `limit`.
    const base =
      keys.length > 0
        ? db.visits.where('terms').startsWithAnyOf(keys).distinct()
        : filter.date
          ? db.visits
              .where('inAt')
              .between(officeDayStart(filter.date), officeDayStart(addDaysToDate(filter.date, 1)))
              .reverse()
          : db.visits.orderBy('inAt').reverse();
    const rows = await base
      .filter((v) => !v.deletedAt && (!filter.date || officeDateOf(v.inAt) === filter.date))
      .limit(limit)
      .toArray();
    return rows.sort((a, b) => b.inAt.localeCompare(a.inAt));
  }

  return {
    get: (id: string) => db.visits.get(id),

    /** Signs a visitor in. */
    checkIn: (actor: Actor, input: unknown) => record(actor, input),

    /** Records a visitor turned away (the ID did not match), with the reason. */
    async refuse(actor: Actor, input: unknown, reason: string): Promise<VisitRecord> {
      refuseIf(reason.trim() === '' ? ['请填写拒绝原因'] : []);
      return record(actor, input, reason);
    },

    /** Signs a visitor out. */
    async checkOut(actor: Actor, id: string): Promise<VisitRecord> {
      return rw(async () => {
        refuseIf(checkSignOut(await mustGet(id)));
        return updateAudited(db, db.visits, id, { status: 'left', outAt: nowIso() }, actor);
      });
    },

    /** Visitors still inside, earliest in first. */
    async inside(): Promise<VisitRecord[]> {
      const rows = await db.visits.where('status').equals('inside').toArray();
      return rows.filter((v) => !v.deletedAt).sort((a, b) => a.inAt.localeCompare(b.inAt));
    },

    /** Visits of an office date, or found by name/unit/phone/ID last 4; newest first. */
    search,

    /**
     * Frequent visitors for quick re-entry: the latest visit of each person (by ID) matching
     * what was typed, so the form fills from it.
     */
    async frequent(q: string, limit = 8): Promise<VisitRecord[]> {
      const rows = await search({ q }, 100);
      const latest = new Map<string, VisitRecord>();
      for (const v of rows) if (!latest.has(v.visitorKey)) latest.set(v.visitorKey, v);
      return [...latest.values()].slice(0, limit);
    },
  };
}

export type VisitorRepository = ReturnType<typeof createVisitorRepository>;
