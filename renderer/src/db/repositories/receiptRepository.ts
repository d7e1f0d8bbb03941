import Dexie from 'dexie';
import { hasRole, requireRole, type Actor } from '@shared/domain/record';
import {
  MoneyRuleError,
  buildReceiptLines,
  checkReceiptHeader,
  checkOverrideReason,
  checkVoid,
  hasPriceBelowStandard,
  reusedRequestProblem,
  type PriceOverride,
  type ReceiptLine,
} from '@shared/domain/receipt';
import {
  checkRefund,
  checkRefundFields,
  depositBalances,
  refundLines,
  type DepositBalance,
} from '@shared/domain/refunds';
import { linesTotalFen } from '@shared/domain/fees';
import { formatFen, sumFen } from '@shared/domain/money';
import {
  insertAudited,
  updateAudited,
  writeAudit,
  RecordNotFoundError,
  countPrintAudited,
} from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { ReceiptRecord } from '../records';
import {
  defaultMoneySettings,
  type MoneySettings,
  type MoneySettingsReader,
} from './moneySettings';
import { nextDocNo } from './numbering';
import { itemCodesOf, optional, type IssueReceiptInput, type RefundInput } from './receiptInputs';
import { createReceiptSearch } from './receiptSearch';
import { billTables, reopenBillsOf } from './billSettlement';
import { notePendingWithin } from './pendingNotes';

export type { IssueReceiptInput, RefundInput } from './receiptInputs';

/**
 * Tables an issue/refund transaction writes; a caller that wraps one must include them all.
 * `meta` holds the screen's pending-receipt note, written with the receipt (pendingNotes.ts).
 */
export function receiptTables(db: TaizhangDB) {
  return [db.receipts, db.counters, db.audit, db.meta];
}

/** Checks a second operator's PIN for an action needing `role` (operatorRepository.approve). */
export type ApprovePin = (id: string, pin: string, role: 'supervisor') => Promise<Actor>;

const noApprovals: ApprovePin = async () => {
  throw new MoneyRuleError(['此处不能授权低于标准价']);
};

/** The money ledger: receipts and refund vouchers, never deleted. */
export function createReceiptRepository(
  db: TaizhangDB,
  readSettings: MoneySettingsReader = defaultMoneySettings,
  approvePin: ApprovePin = noApprovals,
) {
  const byRequest = (requestId: string) => db.receipts.where('requestId').equals(requestId).first();
  const mustGet = async (id: string) => {
    const found = await db.receipts.get(id);
    if (!found) throw new RecordNotFoundError('receipts', id);
    return found;
  };
  const refundsOf = (receiptId: string) =>
    db.receipts.where('refundOf').equals(receiptId).toArray();

  /**
   * Issues a receipt; must run inside a rw transaction on `receiptTables(db)`. A line below its
   * standard price needs `override`, which only `issue` makes (a PIN cannot be checked inside
   * a transaction); the approver's row is read again here, in the transaction.
   */
  async function issueWithin(
    actor: Actor,
    input: IssueReceiptInput,
    settings: MoneySettings,
    override?: PriceOverride,
  ): Promise<ReceiptRecord> {
    if (!input.requestId) throw new Error('issue() needs a requestId');
    const existing = await byRequest(input.requestId);
    if (existing) {
      const reused = reusedRequestProblem(existing, { kind: 'receipt', ...input });
      if (reused) throw new MoneyRuleError([reused]);
      return existing;
    }
    if (override) {
      const approver = await db.operators.get(override.approverId);
      if (!approver?.active || approver.deletedAt || !hasRole(approver.role, 'supervisor')) {
        throw new MoneyRuleError(['授权人不存在、已停用或不是主管']);
      }
    }
    const header = checkReceiptHeader(input);
    const built = buildReceiptLines(
      input.lines,
      settings.feeItems,
      settings.maxReceiptFen,
      override,
    );
    const problems = [...header, ...(built.ok ? [] : built.problems)];
    if (!built.ok || problems.length > 0) throw new MoneyRuleError(problems);
    const below = hasPriceBelowStandard(built.lines);
    return insertReceipt(actor, input, built.lines, built.totalFen, below ? override : undefined);
  }

  /** Numbers and writes a receipt whose lines are already priced and checked. */
  async function insertReceipt(
    actor: Actor,
    input: Omit<IssueReceiptInput, 'lines' | 'priceApproval'>,
    lines: ReceiptLine[],
    totalFen: number,
    override?: PriceOverride,
  ): Promise<ReceiptRecord> {
    const below = override !== undefined;
    const built = { lines, totalFen };
    const issuedAt = nowIso();
    const no = await nextDocNo(db, 'receipt', issuedAt);
    await notePendingWithin(db, input.requestId);
    return insertAudited(
      db,
      db.receipts,
      {
        ...optional({
          payerPhone: input.payerPhone?.trim(),
          unitId: input.unitId,
          unitCode: input.unitCode,
          methodRef: input.methodRef?.trim(),
          note: input.note?.trim(),
          source: input.source,
          sourceId: input.source?.id,
        }),
        requestId: input.requestId,
        no,
        kind: 'receipt',
        status: 'valid',
        issuedAt,
        payerKind: input.payerKind,
        payerName: input.payerName.trim(),
        lines: built.lines,
        totalFen: built.totalFen,
        itemCodes: itemCodesOf(built.lines),
        method: input.method,
        clerkId: actor.id,
        clerkName: actor.name,
        printCount: 0,
        ...(below && override ? { priceOverride: override } : {}),
      },
      actor,
      below && override
        ? `收据 ${no} ${formatFen(built.totalFen)} 元（低于标准价，${override.approverName}授权：${override.reason}）`
        : `收据 ${no} ${formatFen(built.totalFen)} 元`,
    );
  }

  /**
   * Issues a receipt for bills (issue 18) inside the caller's transaction on `receiptTables(db)`:
   * the lines are priced by the bills they pay, not by the fee schedule, and the receipt takes
   * the next number of the one ledger. Idempotent per `requestId` like `issue`.
   */
  async function issuePricedWithin(
    actor: Actor,
    input: Omit<IssueReceiptInput, 'lines' | 'priceApproval'>,
    lines: ReceiptLine[],
    maxFen: number,
  ): Promise<ReceiptRecord> {
    if (!input.requestId) throw new Error('issuePricedWithin() needs a requestId');
    const existing = await byRequest(input.requestId);
    if (existing) {
      const reused = reusedRequestProblem(existing, { kind: 'receipt', ...input, lines });
      if (reused) throw new MoneyRuleError([reused]);
      return existing;
    }
    const problems = checkReceiptHeader(input);
    if (lines.length === 0) problems.push('收据至少要有一个收费项目');
    const totalFen = linesTotalFen(lines);
    if (totalFen <= 0) problems.push('金额必须大于 0');
    if (totalFen > maxFen) problems.push(`合计金额超过单张收据上限（${formatFen(maxFen)} 元）`);
    if (problems.length > 0) throw new MoneyRuleError(problems);
    return insertReceipt(actor, input, lines, totalFen);
  }

  /** Issues a refund voucher; must run inside a rw transaction on `receiptTables(db)`. */
  async function refundWithin(actor: Actor, input: RefundInput): Promise<ReceiptRecord> {
    if (!input.requestId) throw new Error('refund() needs a requestId');
    const fieldProblems = checkRefundFields(input, undefined);
    if (fieldProblems.length > 0) throw new MoneyRuleError(fieldProblems);
    const existing = await byRequest(input.requestId);
    if (existing) {
      const reused = reusedRequestProblem(existing, { kind: 'refund', ...input });
      if (reused) throw new MoneyRuleError([reused]);
      return existing;
    }
    const original = await mustGet(input.originalId);
    const request = { lines: input.lines, deductions: input.deductions };
    const problems = checkRefund(original, await refundsOf(original.id), request);
    if (problems.length > 0) throw new MoneyRuleError(problems);
    const lines = refundLines(original, request);
    const totalFen = linesTotalFen(lines);
    const issuedAt = nowIso();
    const no = await nextDocNo(db, 'refund', issuedAt);
    await notePendingWithin(db, input.requestId);
    const deductions = input.deductions.map((d) => ({ ...d, reason: d.reason.trim() }));
    const voucher = await insertAudited(
      db,
      db.receipts,
      {
        ...optional({
          payerPhone: original.payerPhone,
          unitId: original.unitId,
          unitCode: original.unitCode,
          methodRef: input.methodRef?.trim(),
          note: input.note?.trim(),
          source: original.source,
          sourceId: original.sourceId,
        }),
        requestId: input.requestId,
        no,
        kind: 'refund',
        status: 'valid',
        issuedAt,
        payerKind: original.payerKind,
        payerName: original.payerName,
        lines,
        deductions,
        totalFen,
        itemCodes: itemCodesOf(lines, deductions),
        method: input.method,
        refundOf: original.id,
        refundOfNo: original.no,
        clerkId: actor.id,
        clerkName: actor.name,
        printCount: 0,
      },
      actor,
      `退款凭证 ${no}（原收据 ${original.no}）退 ${formatFen(totalFen)} 元`,
    );
    await writeAudit(db, actor, {
      action: 'refund',
      table: 'receipts',
      recordId: original.id,
      summary: `${no} 退 ${formatFen(totalFen)} 元，扣 ${formatFen(sumFen(deductions.map((d) => d.amountFen)))} 元`,
    });
    return voucher;
  }

  return {
    ...createReceiptSearch(db),

    /**
     * Issues a receipt with the next SJ number, in one transaction with its audit entry.
     * Idempotent per `requestId`: a repeat returns the receipt already issued.
     */
    async issue(actor: Actor, input: IssueReceiptInput): Promise<ReceiptRecord> {
      const settings = await readSettings();
      const approval = input.priceApproval;
      let override: PriceOverride | undefined;
      if (approval) {
        const reasonProblems = checkOverrideReason(approval.reason);
        if (reasonProblems.length > 0) throw new MoneyRuleError(reasonProblems);
        const approver = await approvePin(approval.approverId, approval.pin, 'supervisor');
        override = {
          approverId: approver.id,
          approverName: approver.name,
          reason: approval.reason.trim(),
        };
      }
      return db.transaction('rw', receiptTables(db), () =>
        issueWithin(actor, input, settings, override),
      );
    },

    /**
     * `issue` inside the caller's transaction (which must include `receiptTables(db)`), for a
     * register that stores its own record and the receipt together. Read the settings first:
     * nothing outside the transaction's tables may be awaited inside it.
     */
    issueWithin,

    issuePricedWithin,

    /**
     * Issues a refund voucher (TK number) for deposits of a receipt. Supervisors only; the
     * limits (never twice, never above collected − deducted) are checked inside the
     * transaction, so two refunds at once cannot both pass.
     */
    async refund(actor: Actor, input: RefundInput): Promise<ReceiptRecord> {
      requireRole(actor, 'supervisor');
      // Inside a register's transaction (a renovation refund) nothing outside its tables may be
      // read; that register took its fee items from the settings it read before.
      const feeCodes = Dexie.currentTransaction
        ? undefined
        : new Set((await readSettings()).feeItems.map((item) => item.code));
      const fieldProblems = checkRefundFields(input, feeCodes);
      if (fieldProblems.length > 0) throw new MoneyRuleError(fieldProblems);
      // An async callback: Dexie keeps the transaction's zone across every await inside it.
      return db.transaction('rw', receiptTables(db), async () => refundWithin(actor, input));
    },

    /**
     * `refund` inside the caller's transaction (which must include `receiptTables(db)`), with
     * no role check: the caller's own rule decides who may (a pass card's deposit handed back
     * at the desk mid-job).
     */
    refundWithin,

    /** Voids a receipt or refund voucher (supervisors): it keeps its number and shows 作废. */
    async void(actor: Actor, id: string, reason: string): Promise<ReceiptRecord> {
      requireRole(actor, 'supervisor');
      // Bills are in the transaction: a voided receipt reopens what it paid (issue 18).
      return db.transaction('rw', [db.receipts, db.audit, ...billTables(db)], async () => {
        const doc = await mustGet(id);
        const problems = checkVoid(
          doc,
          doc.kind === 'receipt' ? await refundsOf(doc.id) : [],
          reason,
        );
        if (problems.length > 0) throw new MoneyRuleError(problems);
        if (doc.kind === 'receipt') await reopenBillsOf(db, actor, doc);
        return updateAudited(
          db,
          db.receipts,
          id,
          {
            status: 'void',
            voidedAt: nowIso(),
            voidReason: reason.trim(),
            voidedBy: actor.id,
            voidedByName: actor.name,
          },
          actor,
          'void',
        );
      });
    },

    /**
     * Records a print of the document (audited as 'print'); from the second print on it is a
     * reprint (补打). Returns the record as printed, with `printCount` already counting this one.
     */
    async markPrinted(actor: Actor, id: string): Promise<ReceiptRecord> {
      return db.transaction('rw', [db.receipts, db.audit], async () => {
        return countPrintAudited(db, db.receipts, await mustGet(id), actor, {
          lastPrintedAt: nowIso(),
        });
      });
    },

    /**
     * The receipts and vouchers written for any of `requestIds` or an id derived from one
     * (`derivedRequestId`), for the start-up reconciliation of writes whose screen never
     * confirmed them; unknown ids are simply absent.
     */
    async byRequestIds(requestIds: readonly string[]): Promise<ReceiptRecord[]> {
      if (requestIds.length === 0) return [];
      const [exact, derived] = await Promise.all([
        db.receipts
          .where('requestId')
          .anyOf([...requestIds])
          .toArray(),
        db.receipts
          .where('requestId')
          .startsWithAnyOf(requestIds.map((id) => `${id}-`))
          .toArray(),
      ]);
      return [...exact, ...derived];
    },

    /** Refund vouchers that point at a receipt, oldest first. */
    async refundsOf(receiptId: string): Promise<ReceiptRecord[]> {
      const rows = await refundsOf(receiptId);
      return rows.sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
    },

    /** Where each deposit of a receipt stands (collected, refunded, deducted, remaining). */
    async depositBalances(receiptId: string): Promise<DepositBalance[]> {
      const original = await mustGet(receiptId);
      return depositBalances(original, await refundsOf(receiptId));
    },
  };
}

export type ReceiptRepository = ReturnType<typeof createReceiptRepository>;
