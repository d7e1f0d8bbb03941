import { addDaysToDate, officeDateOf } from '@shared/domain/officeTime';
import {
  EXPIRY_REMIND_DAYS,
  ParkingRuleError,
  endDateRefusal,
  inForceOn,
  isOpenLet,
  leaseClash,
  leaseEndSchema,
  leaseRenewalSchema,
  leaseState,
  parkingLeaseSchema,
  parkingSpaceSchema,
  renewalDates,
  saleRefusal,
  type LeaseState,
  type ParkingCharge,
  type ParkingLeaseInput,
  type ParkingSpaceInput,
} from '@shared/domain/parking';
import { requireRole, type Actor } from '@shared/domain/record';
import {
  parkingMonthFigures,
  type ParkingMonthFigures,
} from '@shared/domain/review/parkingFigures';
import { monthEndOf } from '@shared/domain/revisitSupervision';
import { parkingSearchTerms, searchQueryKeys } from '@shared/domain/searchTerms';
import { insertAudited, mustLive, updateAudited, writeAudit } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { ParkingLeaseRecord, ParkingSpaceRecord } from '../parkingRecords';
import { nextDocNo } from './numbering';

export interface ParkingLeaseFilter {
  text?: string;
  state?: LeaseState;
}

const live = <T extends { deletedAt?: string }>(rows: readonly T[]) =>
  rows.filter((r) => !r.deletedAt);
const today = () => officeDateOf(nowIso());
const problemsOf = (issues: readonly { message: string }[]) =>
  new ParkingRuleError(issues.map((i) => i.message));

/** What each unit's spaces bill over `months` (billing.ts `unitBills`), by unit id. */
export async function parkingChargesByUnit(
  db: TaizhangDB,
  months: readonly string[],
): Promise<Map<string, ParkingCharge[]>> {
  const out = new Map<string, ParkingCharge[]>();
  for (const l of live(await db.parkingLeases.toArray())) {
    if (!months.some((m) => inForceOn(l, monthEndOf(m)))) continue;
    out.set(l.unitId, [...(out.get(l.unitId) ?? []), l]);
  }
  return out;
}

/** 车位手续: the spaces (a supervisor keeps the list) and their lets and sales to units. */
export function createParkingRepository(db: TaizhangDB) {
  const mustSpace = (id: string) => mustLive(db.parkingSpaces, id);
  const mustLease = (id: string) => mustLive(db.parkingLeases, id);

  /** Writes a let or sale after the space's rules; inside the caller's transaction. */
  async function writeLease(
    actor: Actor,
    input: ParkingLeaseInput,
    extra: Partial<ParkingLeaseRecord> = {},
  ): Promise<ParkingLeaseRecord> {
    const parsed = parkingLeaseSchema.safeParse(input);
    if (!parsed.success) throw problemsOf(parsed.error.issues);
    const v = parsed.data;
    const space = await mustSpace(v.spaceId);
    const refused = saleRefusal(space.kind, v.use);
    if (refused) throw new ParkingRuleError([refused]);
    const others = live(await db.parkingLeases.where('spaceId').equals(space.id).toArray());
    const clash = leaseClash(v, others);
    if (clash) throw new ParkingRuleError([clash]);
    const no = await nextDocNo(db, 'parkingLease', nowIso());
    const row = {
      ...v,
      ...extra,
      no,
      spaceNo: space.no,
      zone: space.zone,
      kind: space.kind,
      clerkName: actor.name,
      printCount: 0,
    };
    return insertAudited(
      db,
      db.parkingLeases,
      { ...row, terms: parkingSearchTerms(row) },
      actor,
      `车位 ${space.no} ${v.use === 'sale' ? '购买' : '租用'} ${v.unitCode}（${no}）`,
    );
  }

  return {
    /** Registers a space (supervisors: the kind decides whether it may be sold). */
    async createSpace(actor: Actor, input: ParkingSpaceInput): Promise<ParkingSpaceRecord> {
      requireRole(actor, 'supervisor');
      const parsed = parkingSpaceSchema.safeParse(input);
      if (!parsed.success) throw problemsOf(parsed.error.issues);
      const v = parsed.data;
      return db.transaction('rw', [db.parkingSpaces, db.audit], async () => {
        const same = await db.parkingSpaces.where('no').equals(v.no).first();
        if (same) throw new ParkingRuleError([`车位号 ${v.no} 已登记`]);
        return insertAudited(db, db.parkingSpaces, v, actor, `登记车位 ${v.no}`);
      });
    },

    /** Corrects a space's zone, kind or note; a sold space cannot become let-only. */
    async updateSpace(
      actor: Actor,
      id: string,
      input: ParkingSpaceInput,
    ): Promise<ParkingSpaceRecord> {
      requireRole(actor, 'supervisor');
      const parsed = parkingSpaceSchema.safeParse(input);
      if (!parsed.success) throw problemsOf(parsed.error.issues);
      const v = parsed.data;
      return db.transaction('rw', [db.parkingSpaces, db.parkingLeases, db.audit], async () => {
        const space = await mustSpace(id);
        if (v.no !== space.no) throw new ParkingRuleError(['车位号不能修改']);
        const leases = live(await db.parkingLeases.where('spaceId').equals(id).toArray());
        const sold = leases.find((l) => l.use === 'sale' && !l.endedOn);
        const refused = sold ? saleRefusal(v.kind, 'sale') : null;
        if (refused) throw new ParkingRuleError([refused]);
        return updateAudited(db, db.parkingSpaces, id, v, actor);
      });
    },

    listSpaces: async (): Promise<ParkingSpaceRecord[]> =>
      live(await db.parkingSpaces.toArray()).sort((a, b) =>
        a.no.localeCompare(b.no, 'zh-CN', { numeric: true }),
      ),

    /** 车位使用登记: lets or sells a space to a unit, numbered CW…. */
    createLease: (actor: Actor, input: ParkingLeaseInput) =>
      db.transaction('rw', [db.parkingSpaces, db.parkingLeases, db.counters, db.audit], () =>
        writeLease(actor, input),
      ),

    /** 续租: a new let from the day after this one ends, `months` long, at `monthlyFeeFen`. */
    async renew(
      actor: Actor,
      id: string,
      months: number,
      monthlyFeeFen: number,
    ): Promise<ParkingLeaseRecord> {
      const terms = leaseRenewalSchema.safeParse({ months, monthlyFeeFen });
      if (!terms.success) throw problemsOf(terms.error.issues);
      const tables = [db.parkingSpaces, db.parkingLeases, db.counters, db.audit];
      return db.transaction('rw', tables, async () => {
        const old = await mustLease(id);
        if (old.use !== 'lease' || old.renewedById || old.endedOn)
          throw new ParkingRuleError([`${old.no} 不能续租（已续租、已终止或为购买）`]);
        const next = await writeLease(
          actor,
          {
            ...old,
            ...renewalDates(old, months),
            monthlyFeeFen,
            note: '',
          },
          { renewsId: old.id },
        );
        await updateAudited(db, db.parkingLeases, id, { renewedById: next.id }, actor);
        return next;
      });
    },

    /** 退租/转让: ends a let or sale early, on `endedOn` (its last day), with the reason. */
    async end(
      actor: Actor,
      id: string,
      endedOn: string,
      reason: string,
    ): Promise<ParkingLeaseRecord> {
      const parsed = leaseEndSchema.safeParse({ endedOn, reason });
      if (!parsed.success) throw problemsOf(parsed.error.issues);
      return db.transaction('rw', [db.parkingLeases, db.audit], async () => {
        const l = await mustLease(id);
        if (l.endedOn || l.renewedById) throw new ParkingRuleError([`${l.no} 已终止或已续租`]);
        const refused = endDateRefusal(l, endedOn);
        if (refused) throw new ParkingRuleError([refused]);
        return updateAudited(
          db,
          db.parkingLeases,
          id,
          { endedOn, endReason: reason.trim() },
          actor,
        );
      });
    },

    /** Counts a print of the 车位使用登记表 and audits it. */
    async markPrinted(actor: Actor, id: string): Promise<void> {
      await db.transaction('rw', [db.parkingLeases, db.audit], async () => {
        const l = await mustLease(id);
        await db.parkingLeases.update(id, { printCount: l.printCount + 1 });
        await writeAudit(db, actor, {
          action: 'print',
          table: 'parkingLeases',
          recordId: id,
          summary: `打印车位使用登记表 ${l.no}`,
        });
      });
    },

    get: (id: string) => db.parkingLeases.get(id),

    /** A space's lets and sales (the form checks a new one against them as she types). */
    onSpace: async (spaceId: string): Promise<ParkingLeaseRecord[]> =>
      live(await db.parkingLeases.where('spaceId').equals(spaceId).toArray()),

    /** Lets and sales, newest start first, by text (number, space, unit, holder, plate), state. */
    async list(filter: ParkingLeaseFilter = {}): Promise<ParkingLeaseRecord[]> {
      // The header search's own keys (unit code forms, plates, digits only), so a plate typed
      // here finds what it finds there.
      const keys = filter.text ? searchQueryKeys(filter.text) : [];
      const day = today();
      const rows = live(await db.parkingLeases.toArray());
      return rows
        .filter((l) => !filter.state || leaseState(l, day) === filter.state)
        .filter((l) => keys.length === 0 || keys.some((k) => l.terms.some((t) => t.includes(k))))
        .sort((a, b) => b.startDate.localeCompare(a.startDate) || b.no.localeCompare(a.no));
    },

    chargesByUnit: (months: readonly string[]) => parkingChargesByUnit(db, months),

    /** Lets ending within the reminder window or already ended, for the today board. */
    async dueFacts(now: string = nowIso()): Promise<ParkingLeaseRecord[]> {
      const until = addDaysToDate(officeDateOf(now), EXPIRY_REMIND_DAYS);
      const rows = await db.parkingLeases
        .where('endDate')
        .between('0', until, true, true)
        .toArray();
      return live(rows).filter(isOpenLet);
    },

    /** The month's figures for the review (`YYYY-MM`). */
    async monthFigures(month: string): Promise<ParkingMonthFigures> {
      const [spaces, leases] = await Promise.all([
        db.parkingSpaces.toArray(),
        db.parkingLeases.toArray(),
      ]);
      return parkingMonthFigures(live(spaces), live(leases), month);
    },
  };
}

export type ParkingRepository = ReturnType<typeof createParkingRepository>;
