import { formatFen } from '@shared/domain/money';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { buildSheet, yuanCell, type SheetColumn } from '../../components/exportSheet';
import type { CashupDocLine, ReceiptRecord } from '../../db/records';
import { t } from '../../i18n';

// Built when exported, so the headers are in the language the desk shows then.
const ledgerColumns = (): SheetColumn<ReceiptRecord>[] => [
  { header: t('money.column.no'), width: 16, value: (r) => r.no },
  { header: t('money.column.kind'), width: 10, value: (r) => t(`money.kind.${r.kind}`) },
  { header: t('money.column.issuedAt'), width: 17, value: (r) => formatOfficeDateTime(r.issuedAt) },
  { header: t('money.column.payer'), width: 24, value: (r) => r.payerName },
  { header: t('money.column.unit'), width: 11, value: (r) => r.unitCode ?? '' },
  {
    header: t('money.excel.lines'),
    width: 40,
    value: (r) =>
      r.lines.map((l) => `${l.name}×${l.quantity}=${formatFen(l.amountFen)}`).join('；'),
  },
  {
    header: t('money.excel.deductions'),
    width: 28,
    value: (r) =>
      (r.deductions ?? []).map((d) => `${d.reason} ${formatFen(d.amountFen)}`).join('；'),
  },
  { header: t('money.column.amount'), width: 12, money: true, value: (r) => yuanCell(r.totalFen) },
  {
    header: t('money.excel.signedAmount'),
    width: 12,
    money: true,
    // What the document moved: receipts in, refunds out, void ones nothing.
    value: (r) =>
      r.status === 'valid' ? yuanCell(r.kind === 'refund' ? -r.totalFen : r.totalFen) : 0,
  },
  { header: t('money.column.method'), width: 8, value: (r) => t(`money.method.${r.method}`) },
  { header: t('money.excel.methodRef'), width: 24, value: (r) => r.methodRef ?? '' },
  { header: t('money.column.clerk'), width: 10, value: (r) => r.clerkName },
  { header: t('money.column.status'), width: 8, value: (r) => t(`money.status.${r.status}`) },
  { header: t('money.excel.voidReason'), width: 20, value: (r) => r.voidReason ?? '' },
  { header: t('money.excel.refundOf'), width: 16, value: (r) => r.refundOfNo ?? '' },
  {
    header: t('money.excel.source'),
    width: 18,
    value: (r) => (r.source ? r.source.label || t(`money.sourceKind.${r.source.kind}`) : ''),
  },
  { header: t('money.excel.note'), width: 20, value: (r) => r.note ?? '' },
];

const dayBookColumns = (): SheetColumn<CashupDocLine>[] => [
  { header: t('print.cashup.time'), width: 17, value: (d) => formatOfficeDateTime(d.issuedAt) },
  { header: t('print.cashup.no'), width: 16, value: (d) => d.no },
  { header: t('print.cashup.kind'), width: 10, value: (d) => t(`money.kind.${d.kind}`) },
  { header: t('print.cashup.payer'), width: 24, value: (d) => d.payerName },
  { header: t('print.cashup.unit'), width: 11, value: (d) => d.unitCode ?? '' },
  { header: t('print.cashup.method'), width: 8, value: (d) => t(`money.method.${d.method}`) },
  {
    header: t('print.cashup.amount'),
    width: 12,
    money: true,
    value: (d) => yuanCell(d.kind === 'refund' ? -d.totalFen : d.totalFen),
  },
  {
    header: t('print.cashup.status'),
    width: 10,
    value: (d) => (d.lateVoid ? t('print.cashup.lateVoidMark') : t(`money.status.${d.status}`)),
  },
];

/** The ledger as a workbook: one row per document, void ones included and marked. */
export function buildLedgerWorkbook(
  rows: readonly ReceiptRecord[],
): Promise<Uint8Array<ArrayBuffer>> {
  return buildSheet(t('money.excel.sheet'), ledgerColumns(), rows);
}

/** A day book or a closed shift's documents as a workbook. */
export function buildDayBookWorkbook(
  docs: readonly CashupDocLine[],
): Promise<Uint8Array<ArrayBuffer>> {
  return buildSheet(t('money.excel.dayBookSheet'), dayBookColumns(), docs);
}
