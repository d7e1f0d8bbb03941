import Dexie from 'dexie';
import {
  checkCashupClose,
  cashDifferenceFen,
  summarizeCashup,
  type CashupSummary,
} from '@shared/domain/cashup';
import { formatFen } from '@shared/domain/money';
import { addDaysToDate } from '@shared/domain/officeTime';
import type { Actor } from '@shared/domain/record';
import { MoneyRuleError } from '@shared/domain/receipt';
import { insertAudited } from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { CashupDocLine, CashupRecord, ReceiptRecord } from '../records';
import { officeDayStart } from './receiptSearch';

/** A shift as it stands now (before closing) or a day book. */
export interface ShiftView {
  clerkId?: string;
  /** Start of the shift: the clerk's last close, or their first document. */
  periodFrom: string;
  periodTo: string;
  summary: CashupSummary;
  docs: CashupDocLine[];
}

export interface CloseShiftInput {
  floatFen: number;
  countedCashFen: number;
  explanation: string;
  handedTo: string;
  /** The expected cash the clerk saw: if it changed meanwhile, closing is refused. */
  expectedCashFen: number;
}

function toLine(r: ReceiptRecord, lateVoid = false): CashupDocLine {
  return {
    id: r.id,
    no: r.no,
    kind: r.kind,
    status: r.status,
    issuedAt: r.issuedAt,
    method: r.method,
    totalFen: r.totalFen,
    payerName: r.payerName,
    ...(r.unitCode ? { unitCode: r.unitCode } : {}),
    ...(lateVoid ? { lateVoid } : {}),
    ...(r.priceOverride ? { priceOverride: r.priceOverride } : {}),
  };
}

/** Cash-up (交班对账) and the day book (日记账). */
export function createCashupRepository(db: TaizhangDB) {
  const lastClose = (clerkId: string) =>
    db.cashups
      .where('[clerkId+closedAt]')
      .between([clerkId, Dexie.minKey], [clerkId, Dexie.maxKey])
      .last();

  /**
   * The clerk's documents since their last close, and earlier ones voided since then. Bounds
   * are inclusive and the last close's own documents are left out by id, so a document
   * stamped in the very millisecond of a close falls in exactly one shift.
   */
  async function shift(clerkId: string, to: string, floatFen: number): Promise<ShiftView> {
    const last = await lastClose(clerkId);
    const from = last?.closedAt ?? '';
    const seen = new Map((last?.docs ?? []).map((d) => [d.id, d]));
    const docs = (
      await db.receipts
        .where('[clerkId+issuedAt]')
        .between([clerkId, from], [clerkId, to], true, true)
        .toArray()
    ).filter((d) => !seen.has(d.id));
    const inShift = new Set(docs.map((d) => d.id));
    // Voided after the last close, issued before this shift, and not already reversed there.
    const lateVoids = last
      ? await db.receipts
          .where('voidedAt')
          .between(from, to, true, true)
          .filter(
            (r) => r.clerkId === clerkId && !inShift.has(r.id) && seen.get(r.id)?.status !== 'void',
          )
          .toArray()
      : [];
    docs.sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
    return {
      clerkId,
      periodFrom: from || docs[0]?.issuedAt || to,
      periodTo: to,
      summary: summarizeCashup({ docs, lateVoids, floatFen }),
      docs: [...docs.map((d) => toLine(d)), ...lateVoids.map((d) => toLine(d, true))],
    };
  }

  return {
    /** The clerk's open shift as of now. */
    async currentShift(clerkId: string, floatFen = 0): Promise<ShiftView> {
      return shift(clerkId, nowIso(), floatFen);
    },

    /**
     * Closes the acting clerk's shift. Recomputed inside the transaction; refused when the
     * books and the counted cash disagree without an explanation (账款不相符不走), or when a
     * document came in after the clerk looked at the figures.
     */
    async close(actor: Actor, input: CloseShiftInput): Promise<CashupRecord> {
      return db.transaction('rw', [db.receipts, db.cashups, db.audit], async () => {
        const closedAt = nowIso();
        const view = await shift(actor.id, closedAt, input.floatFen);
        if (view.summary.expectedCashFen !== input.expectedCashFen) {
          throw new MoneyRuleError(['对账期间有新的收款、退款或作废，请重新核对后再交班']);
        }
        const problems = checkCashupClose(view.summary, input.countedCashFen, input.explanation);
        if (problems.length > 0) throw new MoneyRuleError(problems);
        const differenceFen = cashDifferenceFen(view.summary.expectedCashFen, input.countedCashFen);
        return insertAudited(
          db,
          db.cashups,
          {
            clerkId: actor.id,
            clerkName: actor.name,
            periodFrom: view.periodFrom,
            periodTo: closedAt,
            closedAt,
            summary: view.summary,
            docs: view.docs,
            countedCashFen: input.countedCashFen,
            differenceFen,
            explanation: input.explanation.trim(),
            handedTo: input.handedTo.trim(),
          },
          actor,
          `交班对账 应有现金 ${formatFen(view.summary.expectedCashFen)} 元，实点 ${formatFen(input.countedCashFen)} 元`,
        );
      });
    },

    async get(id: string): Promise<CashupRecord | undefined> {
      return db.cashups.get(id);
    },

    /** Closed shifts, newest first; one clerk's when `clerkId` is given. */
    async list(clerkId?: string, limit = 100): Promise<CashupRecord[]> {
      if (clerkId) {
        const rows = await db.cashups
          .where('[clerkId+closedAt]')
          .between([clerkId, Dexie.minKey], [clerkId, Dexie.maxKey])
          .reverse()
          .limit(limit)
          .toArray();
        return rows;
      }
      return db.cashups.orderBy('closedAt').reverse().limit(limit).toArray();
    },

    /** The day book (日记账) of an office date: every document issued that day, oldest first. */
    async dayBook(date: string, clerkId?: string): Promise<ShiftView> {
      const from = officeDayStart(date);
      const to = officeDayStart(addDaysToDate(date, 1));
      const docs = clerkId
        ? await db.receipts
            .where('[clerkId+issuedAt]')
            .between([clerkId, from], [clerkId, to], true, false)
            .toArray()
        : await db.receipts.where('issuedAt').between(from, to, true, false).toArray();
      docs.sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
      return {
        ...(clerkId ? { clerkId } : {}),
        periodFrom: from,
        periodTo: to,
        summary: summarizeCashup({ docs }),
        docs: docs.map((d) => toLine(d)),
      };
    },
  };
}

export type CashupRepository = ReturnType<typeof createCashupRepository>;
