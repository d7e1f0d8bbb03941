/**
 * Loads what the monthly review reads: a run of months (the month, the eleven before it and the
 * same month a year earlier, or the part of them not computed yet), each table through an index range (never a scan of older years), mapped to the
 * aggregations' facts. Records that began before the window but still matter in it (a case
 * revisited months later, a deposit still held, mail still waiting, a key still out) come in by
 * their own index (`month`, `completedMonth`, `status`, the key board's open loans). Renovation
 * jobs are read back to the estate's first (a few hundred a year): a deposit can be held for years.
 * The households (the 有效投诉率's denominator) are the units handed over, read by their status
 * as they are now: the archive keeps no status history.
 * So are renovation deposits taken in 收费收据 and not (yet) linked to a job (`itemCodes`): they
 * are held like a job's, so the review's money received and deposits held agree.
 */
import type { Table } from 'dexie';
import { previousMonth } from '@shared/domain/complaintMonthly';
import type { RenovationFacts, ReviewFacts } from '@shared/domain/review/facts';
import type { BillFacts } from '@shared/domain/review/feeFigures';
import { nextMonth, officeMonthRange, sameMonthLastYear } from '@shared/domain/review/months';
import { HOUSEHOLD_STATUSES } from '@shared/domain/units';
import type { TaizhangDB } from '../database';
import type {
  CaseRecord,
  EnquiryRecord,
  KeyLoanRecord,
  MailItemRecord,
  ReceiptRecord,
  SurveyResponseRecord,
  SurveyRoundRecord,
  VisitRecord,
  WorkOrderRecord,
} from '../records';
import type { RenovationRecord } from './renovationRecords';
import type { BillRecord } from '../feeRecords';

/** Cases received this many months before the window may still close or be revisited in it. */
const CASE_MONTHS_BACK = 6;
/** Mail and key loans that started this long before the window are fetched by date too. */
const LEAD_MS = 92 * 86_400_000;

/**
 * What a window's queries read, so that a later write can be matched against it (reviewCache):
 * index ranges and index values by `table/index`, tables read whole, and the primary key of
 * every row read (soft-deleted and filtered-out rows included).
 */
export interface WindowReads {
  /** Inclusive bounds (a little wider than the half-open queries: a false match only recomputes). */
  ranges: Record<string, readonly [string, string]>;
  values: Record<string, readonly string[]>;
  tables: readonly string[];
  ids: Record<string, ReadonlySet<string>>;
}

export interface ReviewWindow {
  facts: ReviewFacts;
  reads: WindowReads;
  cases: CaseRecord[];
  workOrders: WorkOrderRecord[];
  renovations: RenovationRecord[];
  receipts: ReceiptRecord[];
  /** Renovation deposit receipts linked to no job, with their refund vouchers. */
  looseDeposits: ReceiptRecord[];
  mail: MailItemRecord[];
  visits: VisitRecord[];
  keyLoans: KeyLoanRecord[];
  enquiries: EnquiryRecord[];
  surveyRounds: SurveyRoundRecord[];
  /** Survey forms entered in the window. */
  surveyResponses: SurveyResponseRecord[];
  /** Bills due up to the window's last month (the fee figures' arrears). */
  bills: BillRecord[];
}

const live = <T extends { deletedAt?: string }>(rows: readonly (T | undefined)[]): T[] =>
  rows.filter((r): r is T => r !== undefined && !r.deletedAt);

function uniqueById<T extends { id: string }>(...lists: readonly T[][]): T[] {
  return [...new Map(lists.flat().map((r) => [r.id, r])).values()];
}

/** `first` to `last` (`YYYY-MM`), both included. */
export function monthsFrom(first: string, last: string): string[] {
  const list = [first];
  while (list[list.length - 1]! < last) list.push(nextMonth(list[list.length - 1]!));
  return list;
}

function months(first: string, last: string): { list: string[]; from: string; to: string } {
  const list = monthsFrom(first, last);
  return { list, from: officeMonthRange(first).from, to: officeMonthRange(last).to };
}

/** The records and facts of the review window ending with `month` (13 months). */
export function loadReviewWindow(db: TaizhangDB, month: string): Promise<ReviewWindow> {
  return loadReviewRange(db, sameMonthLastYear(month), month);
}

/**
 * The records and facts that the figures of each month from `first` to `last` read: the same
 * rules as the whole window, over fewer months (the review computes only months it lacks).
 */
export async function loadReviewRange(
  db: TaizhangDB,
  first: string,
  last: string,
): Promise<ReviewWindow> {
  const { list, from, to } = months(first, last);
  const lead = new Date(Date.parse(from) - LEAD_MS).toISOString();
  const caseMonths = [...list];
  for (let i = 0; i < CASE_MONTHS_BACK; i++) caseMonths.unshift(previousMonth(caseMonths[0]!));
  // Rows whose `index` falls in the window (from `start`, an earlier lead where one is read).
  const inWindow = <R, I>(table: Table<R, string, I>, index: string, start = from) =>
    table.where(index).between(start, to, true, false).toArray();

  const [
    cases,
    ordersReceived,
    ordersCompleted,
    jobs,
    receipts,
    mailByDate,
    mailWaiting,
    depositDocs,
  ] = await Promise.all([
    db.cases.where('month').anyOf(caseMonths).toArray(),
    inWindow(db.workOrders, 'receivedAt'),
    db.workOrders.where('completedMonth').anyOf(list).toArray(),
    db.renovations.where('appliedAt').below(to).toArray(),
    inWindow(db.receipts, 'issuedAt'),
    inWindow(db.mailItems, 'receivedAt', lead),
    db.mailItems.where('status').equals('waiting').toArray(),
    db.receipts.where('itemCodes').anyOf(RENOVATION_DEPOSIT_CODES).toArray(),
  ]);
  const [visits, loansByDate, keys, householdUnits, enquiries, surveyRounds, surveyForms] =
    await Promise.all([
      inWindow(db.visits, 'inAt'),
      inWindow(db.keyLoans, 'lentAt', lead),
      db.keys.toArray(),
      db.units.where('status').anyOf(HOUSEHOLD_STATUSES).toArray(),
      db.enquiries.where('month').anyOf(list).toArray(),
      // A few rounds a year: read whole, like the key board.
      db.surveyRounds.toArray(),
      inWindow(db.surveyResponses, 'enteredAt'),
    ]);
  const fees = await loadFeeFacts(db, last, to);
  const openLoanIds = keys.filter((k) => k.loanId).map((k) => k.loanId!);
  const openLoans = await db.keyLoans.bulkGet(openLoanIds);
  // Jobs closed before the window hold nothing in it and started nothing in it.
  const renovations = live(jobs).filter((j) => !j.closedAt || j.closedAt >= from);
  // The job's own links to its ledger documents (receipts and refund vouchers).
  const jobDocIds = renovations.flatMap((j) => [...j.receipts, ...j.refunds].map((l) => l.docId));
  // Every voucher of the job's receipts, also one made in 收费收据 rather than by the job.
  const jobReceiptIds = renovations.flatMap((j) => j.receipts.map((l) => l.docId));
  const [linkedDocs, vouchers] = await Promise.all([
    db.receipts.bulkGet(jobDocIds),
    db.receipts.where('refundOf').anyOf(jobReceiptIds).toArray(),
  ]);
  const jobDocs = uniqueById(live(linkedDocs), live(vouchers));
  const linked = new Set(live(jobs).flatMap((j) => j.receipts.map((l) => l.docId)));
  const looseIds = new Set(
    depositDocs
      .filter((d) => d.kind === 'receipt' && !d.deletedAt && !linked.has(d.id))
      .map((d) => d.id),
  );
  const looseDeposits = live(depositDocs).filter(
    (d) => looseIds.has(d.id) || (d.refundOf !== undefined && looseIds.has(d.refundOf)),
  );
  const idsOf = (...lists: readonly { id: string }[][]) =>
    new Set(lists.flatMap((l) => l.map((r) => r.id)));
  const reads: WindowReads = {
    ranges: {
      'workOrders/receivedAt': [from, to],
      'renovations/appliedAt': ['', to],
      'receipts/issuedAt': [from, to],
      'mailItems/receivedAt': [lead, to],
      'visits/inAt': [from, to],
      'keyLoans/lentAt': [lead, to],
      'surveyResponses/enteredAt': [from, to],
      // Arrears can be years old: every bill due up to the last month, every earlier payment.
      'bills/dueMonth': ['', last],
      'billPayments/at': ['', to],
    },
    values: {
      'cases/month': caseMonths,
      'workOrders/completedMonth': list,
      'mailItems/status': ['waiting'],
      'units/status': HOUSEHOLD_STATUSES,
      'receipts/itemCodes': RENOVATION_DEPOSIT_CODES,
      'receipts/refundOf': jobReceiptIds,
      'enquiries/month': list,
    },
    tables: ['keys', 'surveyRounds'],
    ids: {
      cases: idsOf(cases),
      workOrders: idsOf(ordersReceived, ordersCompleted),
      renovations: idsOf(jobs),
      receipts: new Set([...idsOf(receipts, depositDocs, vouchers), ...jobDocIds]),
      mailItems: idsOf(mailByDate, mailWaiting),
      visits: idsOf(visits),
      keyLoans: new Set([...idsOf(loansByDate), ...openLoanIds]),
      units: idsOf(householdUnits),
      enquiries: idsOf(enquiries),
      surveyResponses: idsOf(surveyForms),
      bills: fees.billIds,
      billPayments: fees.paymentIds,
    },
  };

  const w = {
    cases: live(cases),
    workOrders: live(uniqueById(ordersReceived, ordersCompleted)),
    renovations,
    receipts: live(receipts),
    looseDeposits,
    mail: live(uniqueById(mailByDate, mailWaiting)),
    visits: live(visits),
    keyLoans: live(uniqueById(loansByDate, live(openLoans))),
    enquiries: live(enquiries),
  };
  const households = live(householdUnits).length;
  const surveys = { surveyRounds: live(surveyRounds), surveyResponses: live(surveyForms) };
  return {
    ...w,
    ...surveys,
    bills: live(fees.bills),
    reads,
    facts: { ...toFacts(w, jobDocs, households), ...surveys, bills: fees.facts },
  };
}

function toFacts(
  w: Omit<ReviewWindow, 'facts' | 'reads' | 'surveyRounds' | 'surveyResponses' | 'bills'>,
  jobDocs: readonly ReceiptRecord[],
  households: number,
): ReviewFacts {
  const docById = new Map(jobDocs.map((d) => [d.id, d]));
  const byOriginal = new Map<string, ReceiptRecord[]>();
  for (const d of jobDocs)
    if (d.refundOf) byOriginal.set(d.refundOf, [...(byOriginal.get(d.refundOf) ?? []), d]);
  const docsOf = (j: RenovationRecord) => {
    const own = [...j.receipts, ...j.refunds].map((l) => docById.get(l.docId));
    const refunds = j.receipts.flatMap((l) => byOriginal.get(l.docId) ?? []);
    return uniqueById(
      own.filter((d): d is ReceiptRecord => d !== undefined),
      refunds,
    ).filter((d) => d.status === 'valid');
  };
  return {
    households,
    cases: w.cases,
    workOrders: w.workOrders.map((o) => ({
      id: o.id,
      kind: o.kind,
      urgency: o.urgency,
      receivedAt: o.receivedAt,
      ...(o.completedAt ? { completedAt: o.completedAt } : {}),
      ...(o.revisitAt ? { revisitedAt: o.revisitAt } : {}),
    })),
    renovations: [
      ...w.renovations.map((j) => {
        const docs = docsOf(j);
        return {
          id: j.id,
          ...(j.startedAt ? { startedAt: j.startedAt } : {}),
          ...(j.acceptedAt ? { acceptedAt: j.acceptedAt } : {}),
          deposits: docs
            .filter((d) => d.kind === 'receipt')
            .map((d) => ({
              at: d.issuedAt,
              fen: d.lines.filter((l) => l.refundable).reduce((s, l) => s + l.amountFen, 0),
            }))
            .filter((d) => d.fen > 0),
          // Settled = paid back + kept back (deductions), as the refund step counts it.
          settlements: docs
            .filter((d) => d.kind === 'refund')
            .map((d) => ({
              at: d.issuedAt,
              fen: d.totalFen + (d.deductions ?? []).reduce((s, x) => s + x.amountFen, 0),
            })),
        };
      }),
      ...looseFacts(w.looseDeposits),
    ],
    moneyDocs: w.receipts,
    mail: w.mail,
    visits: w.visits,
    keyLoans: w.keyLoans,
    enquiries: w.enquiries.map((e) => ({
      id: e.id,
      receivedAt: e.receivedAt,
      channel: e.channel,
      topic: e.topic,
      status: e.status,
      firstContactSettled: e.firstContactSettled,
    })),
  };
}

/**
 * The bills due up to `last` with their valid settlements made before `to` (issue 18): what the
 * month's 收费率 and arrears read. The ids are kept so a settlement voided or a bill adjusted
 * (no index value changes) still drops the months computed from them.
 */
async function loadFeeFacts(db: TaizhangDB, last: string, to: string) {
  const [bills, payments] = await Promise.all([
    db.bills.where('dueMonth').belowOrEqual(last).toArray(),
    db.billPayments.where('at').below(to).toArray(),
  ]);
  const byBill = new Map<string, { at: string; fen: number }[]>();
  for (const p of payments) {
    if (p.voidedAt || !p.billId || p.kind === 'prepay') continue;
    const list = byBill.get(p.billId) ?? [];
    list.push({ at: p.at, fen: p.amountFen });
    byBill.set(p.billId, list);
  }
  const facts: BillFacts[] = live(bills).map((b) => ({
    id: b.id,
    unitId: b.unitId,
    unitCode: b.unitCode,
    building: b.building,
    dueMonth: b.dueMonth,
    itemCode: b.itemCode,
    amountFen: b.amountFen,
    waived: b.status === 'waived',
    payments: byBill.get(b.id) ?? [],
  }));
  return {
    facts,
    bills,
    billIds: new Set(bills.map((b) => b.id)),
    paymentIds: new Set(payments.map((p) => p.id)),
  };
}

const RENOVATION_DEPOSIT_CODES = ['renovation_deposit_contractor', 'renovation_deposit_owner'];

/** A deposit taken in 收费收据 for no job, held until refunded: one "job" of its own. */
function looseFacts(docs: readonly ReceiptRecord[]): RenovationFacts[] {
  return docs
    .filter((d) => d.kind === 'receipt' && d.status === 'valid')
    .map((d) => ({
      id: d.id,
      deposits: [
        {
          at: d.issuedAt,
          fen: d.lines.filter((l) => l.refundable).reduce((s, l) => s + l.amountFen, 0),
        },
      ],
      settlements: docs
        .filter((r) => r.kind === 'refund' && r.status === 'valid' && r.refundOf === d.id)
        .map((r) => ({
          at: r.issuedAt,
          fen: r.totalFen + (r.deductions ?? []).reduce((s, x) => s + x.amountFen, 0),
        })),
    }));
}
