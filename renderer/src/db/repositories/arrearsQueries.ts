/**
 * 欠费 and 催缴 (issue 18): the arrears as of a month, the notices' data, the chases and the
 * month's 收费率, read for the fees screen, the today board and the monthly review.
 */
import { occupantOf, type BillingSettings } from '@shared/domain/billing';
import {
  buildingArrears,
  checkChase,
  collectionRate,
  oldestFirst,
  summaryArrears,
  type ChaseKind,
  type CollectionRate,
  type UnitArrears,
  type BuildingArrears,
} from '@shared/domain/arrears';
import { formatFen } from '@shared/domain/money';
import { officeDateOf } from '@shared/domain/officeTime';
import type { Actor } from '@shared/domain/record';
import { BillingRuleError } from '@shared/domain/billing';
import { insertAudited, mustLive } from '../audited';
import type { TaizhangDB } from '../database';
import type { ArrearsChaseRecord } from '../feeRecords';
import { nowIso } from '../ids';
import { brokenPromisesAt } from './billSettlement';
import { createOccupantCache } from './occupantCache';
import { optional } from './receiptInputs';

/** An arrears row of a list: the unit, its occupant's name and masked phone. */
export interface ArrearsRow extends UnitArrears {
  occupantName: string;
  occupantPhone: string;
  /** The latest chase, when there was one. */
  lastChase?: { kind: ChaseKind; at: string; promiseDate?: string };
}

export interface ChaseInput {
  kind: ChaseKind;
  note: string;
  promiseDate?: string;
}

/** The arrears reads and chase writes of the bill repository. */
export function createArrearsQueries(db: TaizhangDB, readBilling: () => Promise<BillingSettings>) {
  const occupants = createOccupantCache(db);

  /** One chase of `unit`, stamped with what it owes now; inside the caller's transaction. */
  async function insertChase(
    actor: Actor,
    unit: { id: string; code: string },
    chase: { kind: ChaseKind; note: string; promiseDate?: string | undefined },
    summary?: (owedFen: number) => string,
  ): Promise<ArrearsChaseRecord> {
    const bills = await db.bills.where('unitId').equals(unit.id).toArray();
    const owedFen = bills
      .filter((b) => b.status === 'open')
      .reduce((s, b) => s + b.amountFen - b.paidFen, 0);
    return insertAudited(
      db,
      db.arrearsChases,
      {
        ...optional({ promiseDate: chase.promiseDate }),
        unitId: unit.id,
        unitCode: unit.code,
        kind: chase.kind,
        at: nowIso(),
        note: chase.note,
        owedFen,
        byName: actor.name,
      },
      actor,
      summary?.(owedFen),
    );
  }

  return {
    /**
     * The arrears as of `month`, per unit (occupant's phone masked) and per building, with the
     * thresholds of 重大欠费 from the settings.
     */
    async arrears(month: string): Promise<{ units: ArrearsRow[]; buildings: BuildingArrears[] }> {
      // One summary row per owing unit, kept with its bills (arrearsSummary.ts), not every
      // open bill of the estate.
      const [billing, summaries, chases] = await Promise.all([
        readBilling(),
        db.billArrears.toArray(),
        db.arrearsChases.toArray(),
      ]);
      const rows = summaryArrears(summaries, month, billing);
      const occupantOf = await occupants.of(rows.map((r) => r.unitId));
      const lastChase = new Map<string, ArrearsChaseRecord>();
      for (const c of chases) {
        const seen = lastChase.get(c.unitId);
        if (!seen || c.at > seen.at) lastChase.set(c.unitId, c);
      }
      const units = rows.map((r): ArrearsRow => {
        const chase = lastChase.get(r.unitId);
        return {
          ...r,
          ...occupantOf(r.unitId),
          ...(chase
            ? {
                lastChase: {
                  kind: chase.kind,
                  at: chase.at,
                  ...optional({ promiseDate: chase.promiseDate }),
                },
              }
            : {}),
        };
      });
      return { units, buildings: buildingArrears(rows) };
    },

    /** What the notices print for the chosen units: their occupant and open bills as of `month`. */
    async noticeData(unitIds: readonly string[], month: string) {
      const [bills, people, units] = await Promise.all([
        db.bills
          .where('unitId')
          .anyOf([...unitIds])
          .toArray(),
        db.people
          .where('unitId')
          .anyOf([...unitIds])
          .toArray(),
        db.units.bulkGet([...unitIds]),
      ]);
      return unitIds.map((unitId, i) => {
        const open = oldestFirst(
          bills
            .filter((b) => b.unitId === unitId && b.status === 'open' && b.dueMonth <= month)
            .map((b) => ({ ...b, openFen: b.amountFen - b.paidFen })),
        );
        const occupant = occupantOf(people.filter((p) => p.unitId === unitId));
        return {
          unitId,
          unitCode: units[i]?.code ?? '',
          builtArea: units[i]?.builtArea,
          occupantName: occupant?.name ?? '',
          bills: open,
          owedFen: open.reduce((s, b) => s + b.openFen, 0),
        };
      });
    },

    /** Records a chase of a unit's arrears (phone, notice, visit, promise to pay). */
    async addChase(actor: Actor, unitId: string, input: ChaseInput): Promise<ArrearsChaseRecord> {
      const problems = checkChase(input, officeDateOf(nowIso()));
      if (problems.length > 0) throw new BillingRuleError(problems);
      return db.transaction('rw', [db.arrearsChases, db.bills, db.units, db.audit], async () => {
        const unit = await mustLive(db.units, unitId);
        return insertChase(
          actor,
          unit,
          {
            promiseDate: input.kind === 'promise' ? input.promiseDate : undefined,
            kind: input.kind,
            note: input.note.trim(),
          },
          (owedFen) => `催缴 ${unit.code}（欠费 ${formatFen(owedFen)} 元）`,
        );
      });
    },

    /** Records a notice handed out for each unit (batch print), as one chase each. */
    async noticesPrinted(actor: Actor, unitIds: readonly string[], kind: 'payment' | 'dunning') {
      await db.transaction('rw', [db.arrearsChases, db.bills, db.units, db.audit], async () => {
        for (const unitId of unitIds) {
          const unit = await db.units.get(unitId);
          if (!unit) continue;
          await insertChase(actor, unit, {
            kind: 'notice',
            note: kind === 'payment' ? '交费通知单' : '催缴通知书',
          });
        }
      });
    },

    /** A unit's chases, newest first. */
    async chases(unitId: string): Promise<ArrearsChaseRecord[]> {
      const rows = await db.arrearsChases.where('unitId').equals(unitId).toArray();
      return rows.sort((a, b) => b.at.localeCompare(a.at));
    },

    /** Promises to pay that passed while the unit still owes (the today board). */
    brokenPromises: (today: string) => brokenPromisesAt(db, today),

    /** 收费率 of `month` (collected ÷ billed, and of the arrears standing at its start). */
    async collection(month: string): Promise<CollectionRate> {
      const [bills, payments] = await Promise.all([
        db.bills.where('dueMonth').belowOrEqual(month).toArray(),
        db.billPayments.where('kind').anyOf(['bill', 'credit']).toArray(),
      ]);
      const byBill = new Map<string, { month: string; fen: number }[]>();
      for (const p of payments) {
        if (p.voidedAt || !p.billId) continue;
        const list = byBill.get(p.billId) ?? [];
        list.push({ month: officeDateOf(p.at).slice(0, 7), fen: p.amountFen });
        byBill.set(p.billId, list);
      }
      return collectionRate(
        bills
          .filter((b) => !b.deletedAt && b.status !== 'waived')
          .map((b) => ({
            dueMonth: b.dueMonth,
            amountFen: b.amountFen,
            payments: byBill.get(b.id) ?? [],
          })),
        month,
      );
    },
  };
}
