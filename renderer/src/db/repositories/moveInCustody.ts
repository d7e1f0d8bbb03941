import {
  MoveInRuleError,
  custodyFeeFen,
  custodyUsage,
  type CustodyRules,
  type MeterReadings,
} from '@shared/domain/movein';
import { custodyCharge } from '@shared/domain/moveOut';
import type { PaymentMethod } from '@shared/domain/receipt';
import type { Actor } from '@shared/domain/record';
import { updateAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { MoveInRecord, ReceiptRecord } from '../records';
import type { MoneySettings, MoneySettingsReader } from './moneySettings';
import { optional } from './receiptInputs';
import {
  receiptTables,
  type createReceiptRepository,
  type IssueReceiptInput,
} from './receiptRepository';

type Receipts = ReturnType<typeof createReceiptRepository>;

/**
 * A charge taken on a move-in (custody fee, lost keys): a receipt to its applicant, issued in
 * the caller's transaction and linked back to the move-in as `<what> <unit>`.
 */
export function chargeMoveIn(
  receipts: Receipts,
  actor: Actor,
  money: MoneySettings,
  m: MoveInRecord,
  charge: Pick<IssueReceiptInput, 'requestId' | 'lines' | 'method' | 'note'> & { what: string },
): Promise<ReceiptRecord> {
  const { what, ...input } = charge;
  return receipts.issueWithin(
    actor,
    {
      ...input,
      payerKind: m.applicantKind === 'company' ? 'company' : 'person',
      payerName: m.applicantName,
      unitId: m.unitId,
      unitCode: m.unitCode,
      source: { kind: 'moveIn', id: m.id, label: `${what} ${m.unitCode}` },
    },
    money,
  );
}

export interface CustodyDeps {
  receipts: Receipts;
  readMoney: MoneySettingsReader;
  readRules: () => Promise<CustodyRules>;
}

/** 托管 on a move-in: start (unit status, custody-rate fee, readings), weekly checks, end. */
export function createMoveInCustody(
  db: TaizhangDB,
  mustGet: (id: string) => Promise<MoveInRecord>,
  deps: CustodyDeps,
) {
  return {
    /** Puts the unit in custody (托管): fee at the custody rate, start readings recorded. */
    async startCustody(
      actor: Actor,
      id: string,
      input: { startMeters: MeterReadings; monthlyFeeFen: number },
    ): Promise<MoveInRecord> {
      if (input.startMeters.water === undefined || input.startMeters.power === undefined)
        throw new MoveInRuleError(['请抄录托管开始时的水、电表读数']);
      const fee = custodyFeeFen(input.monthlyFeeFen, await deps.readRules());
      return db.transaction('rw', [db.moveIns, db.units, db.audit], async () => {
        const m = await mustGet(id);
        if (m.custody && !m.custody.endedAt) throw new MoveInRuleError(['该房屋已在托管中']);
        await updateAudited(db, db.units, m.unitId, { status: 'custody' }, actor);
        const custody = {
          startAt: nowIso(),
          startMeters: input.startMeters,
          monthlyFeeFen: input.monthlyFeeFen,
          custodyFeeFen: fee,
          checks: [],
        };
        return updateAudited(db, db.moveIns, id, { custody }, actor);
      });
    },

    /** A weekly outside check of a unit in custody, with the readings seen. */
    async custodyCheck(
      actor: Actor,
      id: string,
      check: { meters: MeterReadings; note?: string },
    ): Promise<MoveInRecord> {
      return db.transaction('rw', [db.moveIns, db.audit], async () => {
        const m = await mustGet(id);
        if (!m.custody || m.custody.endedAt) throw new MoveInRuleError(['该房屋不在托管中']);
        const entry = {
          at: nowIso(),
          byName: actor.name,
          meters: check.meters,
          ...optional({ note: check.note?.trim() }),
        };
        const custody = { ...m.custody, checks: [...m.custody.checks, entry] };
        return updateAudited(db, db.moveIns, id, { custody }, actor);
      });
    },

    /**
     * Ends custody: the unit is occupied again, and the months in custody are charged at the
     * custody rate through the money ledger in the same transaction.
     */
    async endCustody(
      actor: Actor,
      id: string,
      input: { endMeters: MeterReadings; requestId: string; method: PaymentMethod },
    ): Promise<MoveInRecord> {
      const [money, rules] = await Promise.all([deps.readMoney(), deps.readRules()]);
      const tables = [db.moveIns, db.units, ...receiptTables(db)];
      return db.transaction('rw', tables, async () => {
        const m = await mustGet(id);
        const c = m.custody;
        if (!c || c.endedAt) throw new MoveInRuleError(['该房屋不在托管中']);
        if (input.endMeters.water === undefined || input.endMeters.power === undefined)
          throw new MoveInRuleError(['请抄录托管结束时的水、电表读数']);
        // Throws on readings below the start: a typo, never a bill.
        custodyUsage(c.startMeters, input.endMeters, rules);
        const endedAt = nowIso();
        const bill = custodyCharge(c.monthlyFeeFen, c.startAt, endedAt, rules);
        const receipt =
          bill.totalFen > 0
            ? await chargeMoveIn(deps.receipts, actor, money, m, {
                requestId: input.requestId,
                lines: [{ code: 'property_fee', quantity: bill.months, unitFen: bill.perMonthFen }],
                method: input.method,
                note: `托管期物业费 ${rules.feePercent}%，${bill.months} 个月`,
                what: '托管',
              })
            : undefined;
        await updateAudited(db, db.units, m.unitId, { status: 'occupied' }, actor);
        const custody = {
          ...c,
          endedAt,
          endMeters: input.endMeters,
          months: bill.months,
          ...(receipt ? { feeReceiptId: receipt.id, feeReceiptNo: receipt.no } : {}),
        };
        return updateAudited(db, db.moveIns, id, { custody }, actor);
      });
    },
  };
}
