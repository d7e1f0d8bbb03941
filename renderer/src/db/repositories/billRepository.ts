import {
  BillingRuleError,
  PREPAYMENT_ITEM,
  checkAdjustment,
  parseHundredths,
  periodLabel,
  periodMonths,
  planBills,
  type BillableUnit,
  type BillingSettings,
  type PeriodUsage,
} from '@shared/domain/billing';
import {
  buildingArrears,
  checkAllocations,
  checkChase,
  collectionRate,
  oldestFirst,
  settleOldestFirst,
  unitArrears,
  type Allocation,
  type ChaseKind,
  type CollectionRate,
  type UnitArrears,
  type BuildingArrears,
} from '@shared/domain/arrears';
import { maskPhone } from '@shared/domain/identity';
import { formatFen } from '@shared/domain/money';
import { officeDateOf } from '@shared/domain/officeTime';
import { requireRole, type Actor } from '@shared/domain/record';
import {
  MoneyRuleError,
  type PayerKind,
  type PaymentMethod,
  type ReceiptLine,
} from '@shared/domain/receipt';
import { insertAudited, updateAudited, writeAudit, RecordNotFoundError } from '../audited';
import type { TaizhangDB } from '../database';
import type { ArrearsChaseRecord, BillPaymentRecord, BillRecord } from '../feeRecords';
import { newId, nowIso } from '../ids';
import type { PersonRecord, ReceiptRecord, UnitRecord } from '../records';
import type { MoneySettingsReader } from './moneySettings';
import { receiptTables, type ReceiptRepository } from './receiptRepository';
import {
  billStatusOf,
  billTables,
  brokenPromisesAt,
  creditOf,
  paymentRow,
  settleBill,
} from './billSettlement';
import { optional } from './receiptInputs';
import { parkingChargesByUnit } from './parkingRepository';

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

export interface PayBillsInput {
  requestId: string;
  unitId: string;
  payerKind: PayerKind;
  payerName: string;
  payerPhone?: string;
  method: PaymentMethod;
  methodRef?: string;
  note?: string;
  /** The bills paid and how much of each (oldest first by default: `settleOldestFirst`). */
  allocations: Allocation[];
  /** Paid beyond the bills, held as prepayment (预存). */
  prepayFen: number;
}

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

/** Units generated per transaction: progress moves on, and no transaction grows huge. */
const CHUNK_UNITS = 500;

const liveUnit = (u: UnitRecord) => !u.deletedAt;

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

/** The person a notice is addressed to: an owner or company first, then a tenant. */
export function occupantOf(people: readonly PersonRecord[]): PersonRecord | undefined {
  const present = people.filter((p) => !p.deletedAt && !p.moveOutDate);
  const rank = (p: PersonRecord) =>
    p.kind === 'owner' || p.kind === 'company' ? 0 : p.kind === 'tenant' ? 1 : 2;
  return [...present].sort((a, b) => rank(a) - rank(b))[0];
}

/** 应收 and 欠费: bills generated per period, paid through receipts, adjusted, chased. */
export function createBillRepository(
  db: TaizhangDB,
  settings: BillingSettingsReader,
  receipts: ReceiptRepository,
) {
  const mustBill = async (id: string) => {
    const bill = await db.bills.get(id);
    if (!bill || bill.deletedAt) throw new RecordNotFoundError('bills', id);
    return bill;
  };

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
      const units = (await db.units.toArray())
        .filter(liveUnit)
        .filter((u) => !wanted || wanted.has(u.building))
        .sort((a, b) => a.code.localeCompare(b.code, 'zh-CN', { numeric: true }));
      const [usage, credit, parking] = await Promise.all([
        usageByUnit(input.period),
        credits(),
        parkingChargesByUnit(db, periodMonths(input.period)),
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
        await db.transaction('rw', [db.bills, db.billPayments, db.audit], async () => {
          // Read the period's keys inside the transaction: a second desk's run cannot slip between.
          const existing = new Set(
            (await db.bills.where('period').equals(input.period).toArray()).map((b) => b.key),
          );
          const plan = planBills(
            chunk,
            input.period,
            billing,
            custodyPercent,
            existing,
            (id) => usage.get(id) ?? [],
            (id) => parking.get(id) ?? [],
          );
          result.skipped += plan.skipped;
          result.noArea += plan.noArea;
          if (plan.drafts.length === 0) return;
          const now = nowIso();
          const bills: BillRecord[] = plan.drafts.map((d) => ({
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
              result.credited += 1;
            }
            credit.set(unitId, leftoverFen);
          }
          await db.bills.bulkAdd(bills);
          if (payments.length > 0) await db.billPayments.bulkAdd(payments);
          await writeAudit(db, actor, {
            action: 'create',
            table: 'bills',
            recordId: input.period,
            summary: `生成 ${periodLabel(input.period)} 账单 ${bills.length} 条（${chunk[0]?.code} 至 ${chunk[chunk.length - 1]?.code}）${payments.length ? `，预存抵扣 ${payments.length} 条` : ''}`,
          });
          result.created += bills.length;
        });
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

    /** The prepayment a unit holds, fen. */
    credit: (unitId: string) => creditOf(db, unitId),

    /** A unit's settlements (payments, prepayments, prepayment used), newest first. */
    async paymentsForUnit(unitId: string): Promise<BillPaymentRecord[]> {
      const rows = await db.billPayments.where('unitId').equals(unitId).toArray();
      return rows.sort((a, b) => b.at.localeCompare(a.at));
    },

    /**
     * Pays bills with one receipt of the ledger (SJ number): the picked allocations are put on
     * the bills and any extra is held as prepayment, all in the receipt's transaction.
     */
    async pay(actor: Actor, input: PayBillsInput): Promise<ReceiptRecord> {
      const money = await settings.money();
      return db.transaction('rw', [...receiptTables(db), ...billTables(db), db.units], async () => {
        const unit = await db.units.get(input.unitId);
        if (!unit || unit.deletedAt) throw new RecordNotFoundError('units', input.unitId);
        const already = await db.receipts.where('requestId').equals(input.requestId).first();
        const bills = await Promise.all(input.allocations.map((a) => db.bills.get(a.billId)));
        const open = bills
          .filter((b): b is BillRecord => !!b && b.unitId === unit.id && b.status === 'open')
          .map((b) => ({ ...b, openFen: b.amountFen - b.paidFen }));
        if (!already) {
          const problems = checkAllocations(open, input.allocations);
          if (!Number.isSafeInteger(input.prepayFen) || input.prepayFen < 0)
            problems.push('预存金额无效');
          if (problems.length > 0) throw new MoneyRuleError(problems);
        }
        const lines: ReceiptLine[] = input.allocations.map((a) => {
          const bill = bills.find((b) => b?.id === a.billId);
          return {
            code: bill?.itemCode ?? 'property_fee',
            name: `${bill?.itemName ?? ''}（${bill ? periodLabel(bill.period) : ''}）`,
            quantity: 1,
            unitFen: a.fen,
            amountFen: a.fen,
            refundable: false,
          };
        });
        if (input.prepayFen > 0)
          lines.push({
            code: PREPAYMENT_ITEM,
            name: '预存款',
            quantity: 1,
            unitFen: input.prepayFen,
            amountFen: input.prepayFen,
            refundable: false,
          });
        const receipt = await receipts.issuePricedWithin(
          actor,
          {
            ...optional({
              payerPhone: input.payerPhone,
              methodRef: input.methodRef,
              note: input.note,
            }),
            requestId: input.requestId,
            payerKind: input.payerKind,
            payerName: input.payerName,
            unitId: unit.id,
            unitCode: unit.code,
            method: input.method,
          },
          lines,
          money.maxReceiptFen,
        );
        if (already) return receipt; // a repeat of the same request: settled the first time
        for (const a of input.allocations) {
          const bill = open.find((b) => b.id === a.billId)!;
          await db.billPayments.add(
            paymentRow(actor, {
              kind: 'bill',
              unitId: unit.id,
              billId: bill.id,
              receiptId: receipt.id,
              receiptNo: receipt.no,
              amountFen: a.fen,
            }),
          );
          await settleBill(db, actor, bill, a.fen);
        }
        if (input.prepayFen > 0)
          await db.billPayments.add(
            paymentRow(actor, {
              kind: 'prepay',
              unitId: unit.id,
              receiptId: receipt.id,
              receiptNo: receipt.no,
              amountFen: input.prepayFen,
            }),
          );
        return receipt;
      });
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

    /**
     * The arrears as of `month`, per unit (occupant's phone masked) and per building, with the
     * thresholds of 重大欠费 from the settings.
     */
    async arrears(month: string): Promise<{ units: ArrearsRow[]; buildings: BuildingArrears[] }> {
      const [billing, open, chases] = await Promise.all([
        settings.billing(),
        db.bills.where('status').equals('open').toArray(),
        db.arrearsChases.toArray(),
      ]);
      const rows = unitArrears(
        open.filter((b) => !b.deletedAt).map((b) => ({ ...b, openFen: b.amountFen - b.paidFen })),
        month,
        billing,
      );
      const unitIds = rows.map((r) => r.unitId);
      const people = await db.people.where('unitId').anyOf(unitIds).toArray();
      const byUnit = new Map<string, PersonRecord[]>();
      for (const p of people) byUnit.set(p.unitId, [...(byUnit.get(p.unitId) ?? []), p]);
      const lastChase = new Map<string, ArrearsChaseRecord>();
      for (const c of chases) {
        const seen = lastChase.get(c.unitId);
        if (!seen || c.at > seen.at) lastChase.set(c.unitId, c);
      }
      const units = rows.map((r): ArrearsRow => {
        const occupant = occupantOf(byUnit.get(r.unitId) ?? []);
        const chase = lastChase.get(r.unitId);
        return {
          ...r,
          occupantName: occupant?.name ?? '',
          occupantPhone: occupant?.phones[0] ? maskPhone(occupant.phones[0]) : '',
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
        const unit = await db.units.get(unitId);
        if (!unit || unit.deletedAt) throw new RecordNotFoundError('units', unitId);
        const open = await db.bills.where('unitId').equals(unitId).toArray();
        const owedFen = open
          .filter((b) => b.status === 'open')
          .reduce((s, b) => s + b.amountFen - b.paidFen, 0);
        return insertAudited(
          db,
          db.arrearsChases,
          {
            ...optional({ promiseDate: input.kind === 'promise' ? input.promiseDate : undefined }),
            unitId,
            unitCode: unit.code,
            kind: input.kind,
            at: nowIso(),
            note: input.note.trim(),
            owedFen,
            byName: actor.name,
          },
          actor,
          `催缴 ${unit.code}（欠费 ${formatFen(owedFen)} 元）`,
        );
      });
    },

    /** Records a notice handed out for each unit (batch print), as one chase each. */
    async noticesPrinted(actor: Actor, unitIds: readonly string[], kind: 'payment' | 'dunning') {
      await db.transaction('rw', [db.arrearsChases, db.bills, db.units, db.audit], async () => {
        for (const unitId of unitIds) {
          const unit = await db.units.get(unitId);
          if (!unit) continue;
          const open = await db.bills.where('unitId').equals(unitId).toArray();
          const owedFen = open
            .filter((b) => b.status === 'open')
            .reduce((s, b) => s + b.amountFen - b.paidFen, 0);
          await insertAudited(
            db,
            db.arrearsChases,
            {
              unitId,
              unitCode: unit.code,
              kind: 'notice',
              at: nowIso(),
              note: kind === 'payment' ? '交费通知单' : '催缴通知书',
              owedFen,
              byName: actor.name,
            },
            actor,
          );
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

    /** The buildings of the estate, for picking which to bill. */
    async buildings(): Promise<string[]> {
      const keys = await db.units.orderBy('building').uniqueKeys();
      return (keys as string[]).sort((a, b) => a.localeCompare(b, 'zh-CN', { numeric: true }));
    },
  };
}

export type BillRepository = ReturnType<typeof createBillRepository>;
