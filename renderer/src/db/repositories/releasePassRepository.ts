import {
  ReleasePassRuleError,
  liftClashes,
  refusalReason,
  releasePassSchema,
  type ReleasePassInput,
  type ReleasePassStatus,
} from '@shared/domain/releasePass';
import { requireRole, type Actor } from '@shared/domain/record';
import { insertAudited, updateAudited, writeAudit, RecordNotFoundError } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { ReleasePassRecord } from '../records';
import { optional } from './receiptInputs';
import { nextDocNo } from './numbering';

export interface ReleasePassFilter {
  text?: string;
  status?: ReleasePassStatus;
  /** Office dates `YYYY-MM-DD`, inclusive, on the time out. */
  fromDate?: string;
  toDate?: string;
}

function termsOf(p: Pick<ReleasePassRecord, 'no' | 'unitCode' | 'company' | 'carrier'>): string[] {
  const parts = [p.no, p.unitCode, p.company, p.carrier].filter((x): x is string => Boolean(x));
  return [...new Set(parts.map((x) => x.trim().toLowerCase()))];
}

/** 放行条: issued by the desk, let out by the guard, refused when it lists dangerous goods. */
export function createReleasePassRepository(db: TaizhangDB) {
  const mustGet = async (id: string) => {
    const found = await db.releasePasses.get(id);
    if (!found) throw new RecordNotFoundError('releasePasses', id);
    return found;
  };

  return {
    /**
     * Stores a pass with the next FX number. A pass listing dangerous goods is stored as
     * refused (拒绝放行) with the reason, so the attempt stays on the register.
     */
    async create(actor: Actor, input: ReleasePassInput): Promise<ReleasePassRecord> {
      const parsed = releasePassSchema.safeParse(input);
      if (!parsed.success)
        throw new ReleasePassRuleError(parsed.error.issues.map((i) => i.message));
      const v = parsed.data;
      const direction = v.direction ?? 'out';
      const refused = refusalReason(direction, v.items);
      const status: ReleasePassStatus = refused ? 'refused' : 'issued';
      const moving =
        v.moving && v.movingDate && v.windowFrom && v.windowTo && v.lift
          ? {
              moving: true,
              movingDate: v.movingDate,
              windowFrom: v.windowFrom,
              windowTo: v.windowTo,
              lift: v.lift,
            }
          : undefined;
      return db.transaction('rw', [db.releasePasses, db.counters, db.audit], async () => {
        if (moving && !refused) {
          const sameDay = await db.releasePasses
            .where('movingDate')
            .equals(moving.movingDate)
            .toArray();
          // Refused and voided appointments hold no lift.
          const booked = sameDay.flatMap((p) =>
            (p.status === 'issued' || p.status === 'checkedOut') &&
            p.movingDate &&
            p.windowFrom &&
            p.windowTo &&
            p.lift
              ? [
                  {
                    ...p,
                    movingDate: p.movingDate,
                    windowFrom: p.windowFrom,
                    windowTo: p.windowTo,
                    lift: p.lift,
                  },
                ]
              : [],
          );
          const clash = liftClashes(booked, moving)[0];
          if (clash)
            throw new ReleasePassRuleError([
              `${moving.lift} ${moving.movingDate} ${clash.windowFrom}–${clash.windowTo} 已有搬家预约（${clash.no}）`,
            ]);
        }
        const no = await nextDocNo(db, 'releasePass', nowIso());
        const base = {
          ...optional({
            unitId: v.unitId,
            unitCode: v.unitCode,
            company: v.company,
            carrierPhone: v.carrierPhone,
            note: v.note,
            refusedReason: refused ?? undefined,
          }),
          ...(moving ?? {}),
          direction,
          no,
          status,
          carrier: v.carrier,
          approvedBy: v.approvedBy,
          outAt: v.outAt,
          items: v.items,
          clerkName: actor.name,
          printCount: 0,
        };
        return insertAudited(
          db,
          db.releasePasses,
          { ...base, terms: termsOf(base) },
          actor,
          refused ? `放行条 ${no} 拒绝${direction === 'in' ? '进入' : '放行'}` : `放行条 ${no}`,
        );
      });
    },

    /** The guard lets the goods out (门岗放行): only an issued pass. */
    async checkOut(actor: Actor, id: string, guardName: string): Promise<ReleasePassRecord> {
      if (!guardName.trim()) throw new ReleasePassRuleError(['请填写门岗放行人']);
      return db.transaction('rw', [db.releasePasses, db.audit], async () => {
        const pass = await mustGet(id);
        if (pass.status !== 'issued')
          throw new ReleasePassRuleError([`放行条 ${pass.no} 不是待放行状态`]);
        return updateAudited(
          db,
          db.releasePasses,
          id,
          { status: 'checkedOut', checkedOutAt: nowIso(), guardName: guardName.trim() },
          actor,
        );
      });
    },

    /** Voids a pass written by mistake (supervisors); it keeps its number. */
    async void(actor: Actor, id: string, reason: string): Promise<ReleasePassRecord> {
      requireRole(actor, 'supervisor');
      if (!reason.trim()) throw new ReleasePassRuleError(['请填写作废原因']);
      return db.transaction('rw', [db.releasePasses, db.audit], async () => {
        const pass = await mustGet(id);
        if (pass.status === 'checkedOut')
          throw new ReleasePassRuleError(['已放行的放行条不能作废']);
        return updateAudited(
          db,
          db.releasePasses,
          id,
          { status: 'void', note: reason.trim() },
          actor,
          'void',
        );
      });
    },

    /** Counts a print and audits it; refused passes are never printed. */
    async markPrinted(actor: Actor, id: string): Promise<void> {
      await db.transaction('rw', [db.releasePasses, db.audit], async () => {
        const pass = await mustGet(id);
        if (pass.status === 'refused' || pass.status === 'void')
          throw new ReleasePassRuleError(['拒绝放行或作废的放行条不能打印']);
        await db.releasePasses.update(id, { printCount: pass.printCount + 1 });
        await writeAudit(db, actor, {
          action: 'print',
          table: 'releasePasses',
          recordId: id,
          summary: `打印放行条 ${pass.no}`,
        });
      });
    },

    get: (id: string) => db.releasePasses.get(id),

    /** Moving appointments (搬家预约) booked for an office date, by window. */
    async movingsOn(date: string): Promise<ReleasePassRecord[]> {
      const rows = await db.releasePasses.where('movingDate').equals(date).toArray();
      return rows
        .filter((p) => !p.deletedAt && p.status === 'issued')
        .sort((a, b) => (a.windowFrom ?? '').localeCompare(b.windowFrom ?? ''));
    },

    /** Passes newest first, filtered by text (number, unit, company, carrier), status, dates. */
    async list(filter: ReleasePassFilter = {}, limit = 500): Promise<ReleasePassRecord[]> {
      const text = filter.text?.trim().toLowerCase();
      const from = filter.fromDate ?? '';
      const to = filter.toDate ? `${filter.toDate}\uffff` : '\uffff';
      const rows = await db.releasePasses.where('outAt').between(from, to, true, true).toArray();
      return rows
        .filter((p) => !filter.status || p.status === filter.status)
        .filter((p) => !text || p.terms.some((t) => t.includes(text)))
        .sort((a, b) => b.outAt.localeCompare(a.outAt) || b.no.localeCompare(a.no))
        .slice(0, limit);
    },
  };
}

export type ReleasePassRepository = ReturnType<typeof createReleasePassRepository>;
