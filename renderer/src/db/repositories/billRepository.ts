import {
  BillingRuleError,
  checkAdjustment,
  parseHundredths,
  periodLabel,
  periodMonths,
  planBills,
  type BillableUnit,
  type BillDraft,
  type BillingSettings,
  type PeriodUsage,
} from '@shared/domain/billing';
import { oldestFirst, settleOldestFirst } from '@shared/domain/arrears';
import { periodsDeciding } from '@shared/domain/billOverlap';
import { compareCodes, sortByCode } from '@shared/domain/collation';
import { requireRole, type Actor } from '@shared/domain/record';
import { mustLive, updateAudited, writeAudit } from '../audited';
import type { TaizhangDB } from '../database';
import type { BillPaymentRecord, BillRecord } from '../feeRecords';
import { newId, nowIso } from '../ids';
import type { UnitRecord } from '../records';
import type { MoneySettingsReader } from './moneySettings';
import type { ReceiptRepository } from './receiptRepository';
import { billStatusOf, creditOf, paymentRow } from './billSettlement';
import { createBillPayment } from './billPayment';
import { createArrearsQueries } from './arrearsQueries';
import { parkingChargesByUnit } from './parkingRepository';
import { createFeeHistoryImport } from './feeHistoryImport';

export type { PayBillsInput } from './billPayment';
export type { ArrearsRow, ChaseInput } from './arrearsQueries';

/** What the bill repository reads from the settings. */
export interface BillingSettingsReader {
  billing: () => Promise<BillingSettings>;
  custodyPercent: () => Promise<number>;
  money: MoneySettingsReader;
}

export interface GenerateInput {
  period: string;
  /** Only these buildings; absent = the whole estate. */
  buildings?: readonly string[];
}

export interface GenerateResult {
  created: number;
  skipped: number;
  units: number;
  /** Units billed without an area (no property fee). */
  noArea: number;
  /** Bills settled (in part) from prepayment. */
  credited: number;
}

/** Units generated per transaction: progress moves on, and no transaction grows huge. */
const CHUNK_UNITS = 1000;

const liveUnit = (u: UnitRecord) => !u.deletedAt;

/** A chunk's bill whose key was stored meanwhile: the chunk is rolled back and checked. */
class KeyTaken extends Error {}

/** Dexie's refusal of a bulk write meeting a unique index (every failure a ConstraintError). */
function isKeyTaken(error: unknown): boolean {
  const failures = (error as { name?: unknown; failures?: { name?: unknown }[] } | null) ?? {};
  return (
    failures.name === 'BulkError' &&
    Array.isArray(failures.failures) &&
    failures.failures.length > 0 &&
    failures.failures.every((f) => f.name === 'ConstraintError')
  );
}

export function billableUnit(u: UnitRecord): BillableUnit {
  const area = u.builtArea === undefined ? null : parseHundredths(u.builtArea);
  return {
    id: u.id,
    code: u.code,
    building: u.building,
    status: u.status,
    unitType: u.unitType,
    builtAreaHundredths: area ?? undefined,
  };
}

/** 应收 and 欠费: bills generated per period, paid through receipts, adjusted, chased. */
export function createBillRepository(
  db: TaizhangDB,
  settings: BillingSettingsReader,
  receipts: ReceiptRepository,
) {
  const mustBill = (id: string) => mustLive(db.bills, id);

  async function usageByUnit(period: string): Promise<Map<string, PeriodUsage[]>> {
    const months = periodMonths(period);
    const rows = await db.meterReadings.where('month').anyOf(months).toArray();
    const out = new Map<string, PeriodUsage[]>();
    for (const r of rows) {
      if (r.deletedAt) continue;
      const list = out.get(r.unitId) ?? [];
      let u = list.find((x) => x.meter === r.meter);
      if (!u) {
        u = { meter: r.meter, byMonth: [] };
        list.push(u);
      }
      u.byMonth.push({ month: r.month, consumption: r.consumption });
      out.set(r.unitId, list);
    }
    return out;
  }

  /**
   * The keys stored that can decide what billing `period` writes (billOverlap.ts
   * `periodsDeciding`): read by their periods, whole records in one request each — not every key
   * of every bill stored, one cursor step each, as the run did before (issue 18's profile).
   */
  async function decidingKeys(period: string): Promise<Set<string>> {
    const { from, also } = periodsDeciding(periodMonths(period));
    const reads = await Promise.all([
      db.bills.where('period').aboveOrEqual(from).toArray(),
      ...also.map((p) => db.bills.where('period').equals(p).toArray()),
    ]);
    return new Set(reads.flat().map((b) => b.key));
  }

  /** Which of the drafts' keys are stored, read in the chunk's transaction. */
  async function storedKeys(drafts: readonly BillDraft[]): Promise<Set<string>> {
    const keys = await db.bills
      .where('key')
      .anyOf(drafts.map((d) => d.key))
      .keys();
    return new Set(keys as string[]);
  }

  async function credits(): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const rows = await db.billPayments.where('kind').anyOf(['prepay', 'credit']).toArray();
    for (const r of rows) {
      if (r.voidedAt) continue;
      out.set(
        r.unitId,
        (out.get(r.unitId) ?? 0) + (r.kind === 'prepay' ? r.amountFen : -r.amountFen),
      );
    }
    return out;
  }

  return {
    /** Generates `period`'s bills in one action; a bill already there is skipped, never doubled. */
    async generate(
      actor: Actor,
      input: GenerateInput,
      onProgress?: (done: number, total: number) => void,
    ): Promise<GenerateResult> {
      periodMonths(input.period); // refuses a malformed period before anything is read
      const [billing, custodyPercent] = await Promise.all([
        settings.billing(),
        settings.custodyPercent(),
      ]);
      const wanted =
        input.buildings && input.buildings.length > 0 ? new Set(input.buildings) : null;
      const units = sortByCode(
        (await db.units.toArray())
          .filter(liveUnit)
          .filter((u) => !wanted || wanted.has(u.building)),
        (u) => u.code,
      );
      // The stored keys that can matter: a bill whose months another period of the unit's item
      // already covers — history imported by month, the desk's quarter — is skipped, not billed
      // twice (billOverlap.ts).
      const [usage, credit, parking, stored] = await Promise.all([
        usageByUnit(input.period),
        credits(),
        parkingChargesByUnit(db, periodMonths(input.period)),
        decidingKeys(input.period),
      ]);
      const result: GenerateResult = {
        created: 0,
        skipped: 0,
        units: units.length,
        noArea: 0,
        credited: 0,
      };
      onProgress?.(0, units.length);
      for (let start = 0; start < units.length; start += CHUNK_UNITS) {
        const chunk = units.slice(start, start + CHUNK_UNITS).map(billableUnit);
        // Priced before the transaction (pure); only the check against stored keys runs in it.
        const plan = planBills(
          chunk,
          input.period,
          billing,
          custodyPercent,
          stored,
          (id) => usage.get(id) ?? [],
          (id) => parking.get(id) ?? [],
        );
        result.noArea += plan.noArea;
        result.skipped += plan.skipped;
        const write = (check: boolean) =>
          db.transaction('rw', [db.bills, db.billPayments, db.audit], async () => {
            const existing = check ? await storedKeys(plan.drafts) : new Set<string>();
            const drafts = plan.drafts.filter((d) => !existing.has(d.key));
            const done = { created: 0, skipped: plan.drafts.length - drafts.length, credited: 0 };
            const leftovers = new Map<string, number>();
            if (drafts.length === 0) return { ...done, leftovers };
            const now = nowIso();
            const bills: BillRecord[] = drafts.map((d) => ({
              ...d,
              id: newId(),
              baseFen: d.amountFen,
              paidFen: 0,
              status: 'open',
              source: 'generated',
              adjustments: [],
              createdAt: now,
              updatedAt: now,
              createdBy: actor.id,
              updatedBy: actor.id,
            }));
            // Prepayment held by a unit settles its new bills, oldest first.
            const payments: BillPaymentRecord[] = [];
            const byUnit = new Map<string, BillRecord[]>();
            for (const b of bills) byUnit.set(b.unitId, [...(byUnit.get(b.unitId) ?? []), b]);
            for (const [unitId, list] of byUnit) {
              const held = credit.get(unitId) ?? 0;
              if (held <= 0) continue;
              const open = list.map((b) => ({ ...b, openFen: b.amountFen }));
              const { allocations, leftoverFen } = settleOldestFirst(open, held);
              for (const a of allocations) {
                const bill = list.find((b) => b.id === a.billId)!;
                bill.paidFen = a.fen;
                bill.status = billStatusOf(bill);
                payments.push(
                  paymentRow(actor, { kind: 'credit', unitId, billId: bill.id, amountFen: a.fen }),
                );
                done.credited += 1;
              }
              leftovers.set(unitId, leftoverFen);
            }
            try {
              await db.bills.bulkAdd(bills);
            } catch (error) {
              throw isKeyTaken(error) ? new KeyTaken() : error;
            }
            if (payments.length > 0) await db.billPayments.bulkAdd(payments);
            await writeAudit(db, actor, {
              action: 'create',
              table: 'bills',
              recordId: input.period,
              summary: `生成 ${periodLabel(input.period)} 账单 ${bills.length} 条（${chunk[0]?.code} 至 ${chunk[chunk.length - 1]?.code}）${payments.length ? `，预存抵扣 ${payments.length} 条` : ''}`,
            });
            done.created = bills.length;
            return { ...done, leftovers };
          });
        // The unique index on `key` is the check against bills stored since the read above (a
        // second desk's run applied meanwhile): a chunk meeting one is rolled back whole and
        // written again, its stored keys then read inside its transaction.
        const done = await write(false).catch((error: unknown) => {
          if (error instanceof KeyTaken) return write(true);
          throw error;
        });
        result.created += done.created;
        result.skipped += done.skipped;
        result.credited += done.credited;
        for (const [unitId, fen] of done.leftovers) credit.set(unitId, fen);
        onProgress?.(Math.min(start + CHUNK_UNITS, units.length), units.length);
      }
      return result;
    },

    /** A unit's bills, oldest first. */
    async forUnit(unitId: string): Promise<BillRecord[]> {
      const rows = await db.bills.where('unitId').equals(unitId).toArray();
      return oldestFirst(rows.filter((b) => !b.deletedAt).map((b) => ({ ...b, openFen: 0 })));
    },

    /** A unit's open bills with what each still owes, oldest first. */
    async openForUnit(unitId: string): Promise<(BillRecord & { openFen: number })[]> {
      const rows = await db.bills.where('unitId').equals(unitId).toArray();
      return oldestFirst(
        rows
          .filter((b) => !b.deletedAt && b.status === 'open')
          .map((b) => ({ ...b, openFen: b.amountFen - b.paidFen })),
      );
    },

    /** The other system's fee history: past bills, its payments, opening arrears. */
    history: createFeeHistoryImport(db, settings.billing),

    /** Pays bills with one receipt of the ledger (SJ number); see billPayment.ts. */
    pay: createBillPayment(db, settings.money, receipts),

    ...createArrearsQueries(db, settings.billing),

    /** The prepayment a unit holds, fen. */
    credit: (unitId: string) => creditOf(db, unitId),

    /** A unit's settlements (payments, prepayments, prepayment used), newest first. */
    async paymentsForUnit(unitId: string): Promise<BillPaymentRecord[]> {
      const rows = await db.billPayments.where('unitId').equals(unitId).toArray();
      return rows.sort((a, b) => b.at.localeCompare(a.at));
    },

    /** Changes what a bill asks (supervisors), with a reason; never below what was paid. */
    async adjust(actor: Actor, billId: string, toFen: number, reason: string): Promise<BillRecord> {
      requireRole(actor, 'supervisor');
      return db.transaction('rw', [db.bills, db.audit], async () => {
        const bill = await mustBill(billId);
        const problems = checkAdjustment(bill, toFen, reason);
        if (problems.length > 0) throw new BillingRuleError(problems);
        const adjustment = {
          at: nowIso(),
          byId: actor.id,
          byName: actor.name,
          fromFen: bill.amountFen,
          toFen,
          reason: reason.trim(),
          waive: false,
        };
        return updateAudited(
          db,
          db.bills,
          billId,
          {
            amountFen: toFen,
            status: billStatusOf({ ...bill, amountFen: toFen }),
            adjustments: [...bill.adjustments, adjustment],
          },
          actor,
        );
      });
    },

    /** Waives (减免) what a bill still asks (supervisors), with a reason. */
    async waive(actor: Actor, billId: string, reason: string): Promise<BillRecord> {
      requireRole(actor, 'supervisor');
      return db.transaction('rw', [db.bills, db.audit], async () => {
        const bill = await mustBill(billId);
        const problems = checkAdjustment(bill, bill.paidFen, reason);
        if (problems.length > 0) throw new BillingRuleError(problems);
        return updateAudited(
          db,
          db.bills,
          billId,
          {
            amountFen: bill.paidFen,
            status: 'waived',
            adjustments: [
              ...bill.adjustments,
              {
                at: nowIso(),
                byId: actor.id,
                byName: actor.name,
                fromFen: bill.amountFen,
                toFen: bill.paidFen,
                reason: reason.trim(),
                waive: true,
              },
            ],
          },
          actor,
        );
      });
    },

    /** The buildings of the estate, for picking which to bill. */
    async buildings(): Promise<string[]> {
      const keys = await db.units.orderBy('building').uniqueKeys();
      return (keys as string[]).sort(compareCodes);
    },
  };
}

export type BillRepository = ReturnType<typeof createBillRepository>;
