/**
 * Loads what the monthly review reads: the month, the eleven before it and the same month a
 * year earlier, each table through an index range (never a scan of older years), mapped to the
 * aggregations' facts. Records that began before the window but still matter in it (a case
 * revisited months later, a deposit still held, mail still waiting, a key still out) come in by
 * their own index (`month`, `completedMonth`, `status`, the key board's open loans). Renovation
 * jobs are read back to the estate's first (a few hundred a year): a deposit can be held for years.
 */
import { previousMonth } from '@shared/domain/complaintMonthly';
import type { ReviewFacts } from '@shared/domain/review/facts';
import { officeMonthRange, sameMonthLastYear, trendMonths } from '@shared/domain/review/months';
import type { TaizhangDB } from '../database';
import type {
  CaseRecord,
  KeyLoanRecord,
  MailItemRecord,
  ReceiptRecord,
  VisitRecord,
  WorkOrderRecord,
} from '../records';
import type { RenovationRecord } from './renovationRecords';

/** Cases received this many months before the window may still close or be revisited in it. */
const CASE_MONTHS_BACK = 6;
/** Mail and key loans that started this long before the window are fetched by date too. */
const LEAD_MS = 92 * 86_400_000;

export interface ReviewWindow {
  facts: ReviewFacts;
  cases: CaseRecord[];
  workOrders: WorkOrderRecord[];
  renovations: RenovationRecord[];
  receipts: ReceiptRecord[];
  mail: MailItemRecord[];
  visits: VisitRecord[];
  keyLoans: KeyLoanRecord[];
}

const live = <T extends { deletedAt?: string }>(rows: readonly (T | undefined)[]): T[] =>
  rows.filter((r): r is T => r !== undefined && !r.deletedAt);

function uniqueById<T extends { id: string }>(...lists: readonly T[][]): T[] {
  return [...new Map(lists.flat().map((r) => [r.id, r])).values()];
}

function months(month: string): { list: string[]; from: string; to: string } {
  const list = [sameMonthLastYear(month), ...trendMonths(month)];
  return { list, from: officeMonthRange(list[0]!).from, to: officeMonthRange(month).to };
}

/** The records and facts of the review window ending with `month`. */
export async function loadReviewWindow(db: TaizhangDB, month: string): Promise<ReviewWindow> {
  const { list, from, to } = months(month);
  const lead = new Date(Date.parse(from) - LEAD_MS).toISOString();
  const caseMonths = [...list];
  for (let i = 0; i < CASE_MONTHS_BACK; i++) caseMonths.unshift(previousMonth(caseMonths[0]!));
  const range = (start = from) => [start, to, true, false] as const;

  const [cases, ordersReceived, ordersCompleted, jobs, receipts, mailByDate, mailWaiting] =
    await Promise.all([
      db.cases.where('month').anyOf(caseMonths).toArray(),
      db.workOrders
        .where('receivedAt')
        .between(...range())
        .toArray(),
      db.workOrders.where('completedMonth').anyOf(list).toArray(),
      db.renovations.where('appliedAt').below(to).toArray(),
      db.receipts
        .where('issuedAt')
        .between(...range())
        .toArray(),
      db.mailItems
        .where('receivedAt')
        .between(...range(lead))
        .toArray(),
      db.mailItems.where('status').equals('waiting').toArray(),
    ]);
  const [visits, loansByDate, keys] = await Promise.all([
    db.visits
      .where('inAt')
      .between(...range())
      .toArray(),
    db.keyLoans
      .where('lentAt')
      .between(...range(lead))
      .toArray(),
    db.keys.toArray(),
  ]);
  const openLoanIds = keys.filter((k) => k.loanId).map((k) => k.loanId!);
  const openLoans = await db.keyLoans.bulkGet(openLoanIds);
  // Jobs closed before the window hold nothing in it and started nothing in it.
  const renovations = live(jobs).filter((j) => !j.closedAt || j.closedAt >= from);
  // The job's own links to its ledger documents (receipts and refund vouchers).
  const jobDocs = live(
    await db.receipts.bulkGet(
      renovations.flatMap((j) => [...j.receipts, ...j.refunds].map((l) => l.docId)),
    ),
  );

  const w = {
    cases: live(cases),
    workOrders: live(uniqueById(ordersReceived, ordersCompleted)),
    renovations,
    receipts: live(receipts),
    mail: live(uniqueById(mailByDate, mailWaiting)),
    visits: live(visits),
    keyLoans: live(uniqueById(loansByDate, live(openLoans))),
  };
  return { ...w, facts: toFacts(w, jobDocs) };
}

function toFacts(w: Omit<ReviewWindow, 'facts'>, jobDocs: readonly ReceiptRecord[]): ReviewFacts {
  const docById = new Map(jobDocs.map((d) => [d.id, d]));
  const docsOf = (j: RenovationRecord) =>
    [...j.receipts, ...j.refunds]
      .map((l) => docById.get(l.docId))
      .filter((d): d is ReceiptRecord => d !== undefined && d.status === 'valid');
  return {
    cases: w.cases,
    workOrders: w.workOrders.map((o) => ({
      id: o.id,
      kind: o.kind,
      urgency: o.urgency,
      receivedAt: o.receivedAt,
      ...(o.completedAt ? { completedAt: o.completedAt } : {}),
      ...(o.revisitAt ? { revisitedAt: o.revisitAt } : {}),
    })),
    renovations: w.renovations.map((j) => {
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
    moneyDocs: w.receipts,
    mail: w.mail,
    visits: w.visits,
    keyLoans: w.keyLoans,
  };
}
