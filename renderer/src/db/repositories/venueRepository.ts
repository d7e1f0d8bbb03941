import type { WorkCalendar } from '@shared/domain/calendar';
import { officeDateOf } from '@shared/domain/officeTime';
import type { PaymentMethod } from '@shared/domain/receipt';
import { requireRole, type Actor } from '@shared/domain/record';
import { officeAt } from '@shared/domain/siteDue';
import type { VenueBookingFacts } from '@shared/domain/venueDue';
import {
  VENUE_DEPOSIT_CODE,
  VenueRuleError,
  bookingCharges,
  bookingLines,
  bookingProblems,
  deductionProblem,
  initialStatus,
  venueBookingSchema,
  venueSpaceSchema,
  type BookingStatus,
  type VenueBookingInput,
  type VenueSettings,
  type VenueSpaceInput,
} from '@shared/domain/venues';
import { countPrintAudited, insertAudited, mustLive, updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { VenueBookingRecord, VenueSpaceRecord } from '../records';
import type { MoneySettingsReader } from './moneySettings';
import { nextDocNo } from './numbering';
import { optional } from './receiptInputs';
import { receiptTables, type ReceiptRepository } from './receiptRepository';
import { createVenueQueries } from './venueQueries';

export interface VenueDeps {
  settings: () => Promise<VenueSettings>;
  calendar: () => Promise<WorkCalendar>;
  money: MoneySettingsReader;
  receipts: ReceiptRepository;
}

export interface PayInput {
  requestId: string;
  method: PaymentMethod;
  methodRef?: string;
}

export interface DepositRefundInput {
  requestId: string;
  method: PaymentMethod;
  /** Kept back from the deposit (damage, cleaning), fen; 0 for the whole deposit back. */
  deductFen: number;
  reason: string;
}

function termsOf(
  b: Pick<
    VenueBookingRecord,
    'no' | 'unitCode' | 'orgName' | 'contactName' | 'spaceName' | 'purpose'
  >,
) {
  const parts = [b.no, b.unitCode, b.orgName, b.contactName, b.spaceName, b.purpose];
  return [...new Set(parts.flatMap((x) => (x ? [x.trim().toLowerCase()] : [])))];
}

/** The board's facts of a booking; `paid`: its receipt stands (a voided one holds no deposit). */
function factsOf(b: VenueBookingRecord, paid: boolean): VenueBookingFacts {
  return {
    id: b.id,
    no: b.no,
    spaceName: b.spaceName,
    date: b.date,
    from: b.from,
    to: b.to,
    status: b.status,
    createdAt: b.createdAt,
    ...optional({ unitCode: b.unitCode, orgName: b.orgName }),
    depositHeldFen: paid && !b.refundId ? b.depositFen : 0,
  };
}

const refuse = (message: string, field?: 'spaceId' | 'from' | 'attendees') => {
  throw new VenueRuleError([message], field);
};

/** 公共场地使用: the spaces, their bookings, approval, fee and deposit through the ledger. */
export function createVenueRepository(db: TaizhangDB, deps: VenueDeps) {
  const mustGet = (id: string) => mustLive(db.venueBookings, id);
  const mustGetSpace = (id: string) => mustLive(db.venueSpaces, id);
  const sameDay = (spaceId: string, date: string) =>
    db.venueBookings.where('[spaceId+date]').equals([spaceId, date]).toArray();
  /** A receipt of the booking that still stands (a voided one paid nothing). */
  const paidReceipt = async (b: VenueBookingRecord) => {
    if (!b.receiptId) return undefined;
    const r = await db.receipts.get(b.receiptId);
    return r?.status === 'valid' ? r : undefined;
  };

  return {
    ...createVenueQueries(db),

    /** Adds or changes a space (supervisors): its hours, capacity and charges. */
    async saveSpace(
      actor: Actor,
      id: string | undefined,
      input: VenueSpaceInput,
    ): Promise<VenueSpaceRecord> {
      requireRole(actor, 'supervisor');
      const parsed = venueSpaceSchema.safeParse(input);
      if (!parsed.success) throw new VenueRuleError(parsed.error.issues.map((i) => i.message));
      const v = {
        ...parsed.data,
        ...optional({ place: parsed.data.place, note: parsed.data.note }),
      };
      return db.transaction('rw', [db.venueSpaces, db.audit], async () => {
        const other = await db.venueSpaces.where('name').equals(v.name).first();
        if (other && other.id !== id && !other.deletedAt) refuse(`场地 ${v.name} 已存在`);
        if (id) {
          await mustGetSpace(id);
          return updateAudited(db, db.venueSpaces, id, v, actor);
        }
        return insertAudited(db, db.venueSpaces, v, actor, `场地 ${v.name}`);
      });
    },

    /**
     * Books a slot with the next CD number: inside the space's opening hours, within its
     * capacity, and clashing with no live booking — checked again here, in the transaction
     * that writes it, so two desks booking the same slot cannot both succeed. It waits for
     * approval where the setting asks.
     */
    async create(actor: Actor, input: VenueBookingInput): Promise<VenueBookingRecord> {
      const parsed = venueBookingSchema.safeParse(input);
      if (!parsed.success) throw new VenueRuleError(parsed.error.issues.map((i) => i.message));
      const v = parsed.data;
      const [settings, cal] = await Promise.all([deps.settings(), deps.calendar()]);
      return db.transaction(
        'rw',
        [db.venueBookings, db.venueSpaces, db.counters, db.audit],
        async () => {
          const space = await db.venueSpaces.get(v.spaceId);
          const live = space && !space.deletedAt ? space : undefined;
          const problem = bookingProblems(v, live, await sameDay(v.spaceId, v.date), cal)[0];
          if (problem) refuse(problem.message, problem.field);
          if (!live) return refuse('请选择场地', 'spaceId');
          const charges = bookingCharges(live, v);
          const no = await nextDocNo(db, 'venueBooking', nowIso());
          const unit = v.bookerKind === 'unit';
          const base = {
            ...optional({
              unitId: unit ? v.unitId : undefined,
              unitCode: unit ? v.unitCode : undefined,
              orgName: unit ? undefined : v.orgName,
              note: v.note,
            }),
            no,
            spaceId: live.id,
            spaceName: live.name,
            date: v.date,
            from: v.from,
            to: v.to,
            bookerKind: v.bookerKind,
            contactName: v.contactName,
            contactPhone: v.contactPhone ?? '',
            purpose: v.purpose,
            attendees: v.attendees,
            status: initialStatus(settings),
            clerkName: actor.name,
            feeFen: charges.feeFen,
            depositFen: charges.depositFen,
            printCount: 0,
          };
          return insertAudited(
            db,
            db.venueBookings,
            { ...base, terms: termsOf(base) },
            actor,
            `场地使用 ${no} ${live.name} ${v.date} ${v.from}–${v.to}`,
          );
        },
      );
    },

    /** Approves (supervisor) a booking waiting for it; the slot is already held. */
    async approve(actor: Actor, id: string, note = ''): Promise<VenueBookingRecord> {
      return decide(actor, id, 'approved', note);
    },

    /** Refuses (supervisor) a booking waiting for approval, with the reason; it frees the slot. */
    async refuse(actor: Actor, id: string, note: string): Promise<VenueBookingRecord> {
      if (!note.trim()) refuse('请填写不批准的理由');
      return decide(actor, id, 'refused', note);
    },

    /** Cancels a booking not yet paid for; it frees the slot. */
    async cancel(actor: Actor, id: string, reason: string): Promise<VenueBookingRecord> {
      if (!reason.trim()) refuse('请填写取消原因');
      return db.transaction('rw', [db.venueBookings, db.receipts, db.audit], async () => {
        const b = await mustGet(id);
        if (b.status !== 'pending' && b.status !== 'approved') refuse(`${b.no} 不能取消`);
        if (await paidReceipt(b)) refuse(`${b.no} 已收费（${b.receiptNo}），请先退押金或作废收据`);
        return updateAudited(
          db,
          db.venueBookings,
          id,
          { status: 'cancelled', cancelledAt: nowIso(), decisionNote: reason.trim() },
          actor,
        );
      });
    },

    /**
     * Takes the fee and the deposit of an approved booking as one receipt of the money ledger
     * (one numbering with every other receipt), stored with the booking in one transaction.
     */
    async pay(
      actor: Actor,
      id: string,
      input: PayInput,
    ): Promise<{ booking: VenueBookingRecord; receiptNo: string }> {
      const money = await deps.money();
      return db.transaction('rw', [db.venueBookings, ...receiptTables(db)], async () => {
        const b = await mustGet(id);
        const again = await db.receipts.where('requestId').equals(input.requestId).first();
        if (again && again.id === b.receiptId) return { booking: b, receiptNo: again.no };
        if (b.status === 'pending') refuse(`${b.no} 待审批，批准后才能收费`);
        if (b.status !== 'approved') refuse(`${b.no} 不能收费`);
        if (await paidReceipt(b)) refuse(`${b.no} 已收费（${b.receiptNo}）`);
        const lines = bookingLines(b);
        if (lines.length === 0) refuse('该场地免费，无需收费');
        const receipt = await deps.receipts.issuePricedWithin(
          actor,
          {
            requestId: input.requestId,
            payerKind: b.bookerKind === 'org' ? 'company' : 'person',
            payerName: b.bookerKind === 'org' ? (b.orgName ?? b.contactName) : b.contactName,
            ...optional({
              payerPhone: b.contactPhone,
              unitId: b.unitId,
              unitCode: b.unitCode,
              methodRef: input.methodRef,
            }),
            method: input.method,
            source: { kind: 'venueBooking', id: b.id, label: `场地 ${b.spaceName}（${b.no}）` },
          },
          lines,
          money.maxReceiptFen,
        );
        const booking = await updateAudited(
          db,
          db.venueBookings,
          id,
          { receiptId: receipt.id, receiptNo: receipt.no, paidFen: receipt.totalFen },
          actor,
        );
        return { booking, receiptNo: receipt.no };
      });
    },

    /**
     * Refunds the deposit after use (supervisors, as a renovation deposit is refunded): one
     * refund voucher of the ledger pointing at the booking's receipt, a deduction kept back
     * with its reason as 损坏公共设施赔偿; the booking is then 已使用.
     */
    async refundDeposit(
      actor: Actor,
      id: string,
      input: DepositRefundInput,
    ): Promise<{ booking: VenueBookingRecord; refundNo: string }> {
      requireRole(actor, 'supervisor');
      return db.transaction('rw', [db.venueBookings, ...receiptTables(db)], async () => {
        const b = await mustGet(id);
        const again = await db.receipts.where('requestId').equals(input.requestId).first();
        if (again && again.id === b.refundId) return { booking: b, refundNo: again.no };
        const receipt = await paidReceipt(b);
        if (!receipt || b.depositFen === 0) refuse(`${b.no} 没有在押的场地押金`);
        if (b.refundId) refuse(`${b.no} 押金已退（${b.refundNo}）`);
        if (Date.now() < Date.parse(officeAt(b.date, b.to))) refuse('场地使用结束后才能退押金');
        const bad = deductionProblem(b.depositFen, input.deductFen, input.reason);
        if (bad) refuse(bad);
        const deductions =
          input.deductFen > 0
            ? [
                {
                  code: VENUE_DEPOSIT_CODE,
                  reason: input.reason.trim(),
                  amountFen: input.deductFen,
                  feeCode: 'public_damage',
                },
              ]
            : [];
        const voucher = await deps.receipts.refundWithin(actor, {
          requestId: input.requestId,
          originalId: receipt!.id,
          lines: [{ code: VENUE_DEPOSIT_CODE, refundFen: b.depositFen - input.deductFen }],
          deductions,
          method: input.method,
        });
        const booking = await updateAudited(
          db,
          db.venueBookings,
          id,
          {
            status: 'done',
            refundId: voucher.id,
            refundNo: voucher.no,
            refundedFen: voucher.totalFen,
            deductedFen: input.deductFen,
            ...optional({ deductionReason: input.reason.trim() }),
          },
          actor,
        );
        return { booking, refundNo: voucher.no };
      });
    },

    /** Records a print of the application form (audited as 'print'). */
    async markPrinted(actor: Actor, id: string): Promise<VenueBookingRecord> {
      return db.transaction('rw', [db.venueBookings, db.audit], async () => {
        return countPrintAudited(db, db.venueBookings, await mustGet(id), actor);
      });
    },

    /** What the today board reads: bookings from a week back on, still open or holding money. */
    async dueFacts(now: string): Promise<{ bookings: VenueBookingFacts[]; refundDays: number }> {
      const { refundDays } = await deps.settings();
      const from = officeDateOf(new Date(Date.parse(now) - 40 * 86_400_000).toISOString());
      const rows = await db.venueBookings
        .where('date')
        .between(from, officeDateOf(now), true, true)
        .toArray();
      const open = (b: VenueBookingRecord) =>
        !b.deletedAt && (b.status === 'pending' || b.status === 'approved');
      // Approvals wait whatever the date of use: pending ones of later days come too.
      const later = await db.venueBookings.where('status').equals('pending').toArray();
      const byId = new Map([...rows, ...later].filter(open).map((b) => [b.id, b]));
      const kept = [...byId.values()];
      const receipts = await db.receipts.bulkGet(kept.flatMap((b) => b.receiptId ?? []));
      const standing = new Set(receipts.flatMap((r) => (r?.status === 'valid' ? [r.id] : [])));
      const bookings = kept.map((b) => factsOf(b, !!b.receiptId && standing.has(b.receiptId)));
      return { bookings, refundDays };
    },
  };

  async function decide(
    actor: Actor,
    id: string,
    status: Extract<BookingStatus, 'approved' | 'refused'>,
    note: string,
  ): Promise<VenueBookingRecord> {
    // The role is checked again by the audited write against the signed-in operator's row.
    requireRole(actor, 'supervisor');
    return db.transaction('rw', [db.venueBookings, db.audit], async () => {
      const b = await mustGet(id);
      if (b.status !== 'pending') refuse(`${b.no} 不是待审批状态`);
      return updateAudited(
        db,
        db.venueBookings,
        id,
        {
          status,
          approvedAt: nowIso(),
          approvedByName: actor.name,
          ...optional({ decisionNote: note.trim() }),
        },
        actor,
      );
    });
  }
}

export type VenueRepository = ReturnType<typeof createVenueRepository>;
