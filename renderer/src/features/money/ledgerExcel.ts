import type { Workbook, Worksheet } from 'exceljs';
import { formatFen } from '@shared/domain/money';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import type { CashupDocLine, ReceiptRecord } from '../../db/records';
import { t } from '../../i18n';
import { loadExcel } from '../../components/loadExcel';

const YUAN = '#,##0.00';

/** Fen as yuan for a spreadsheet cell (Excel stores numbers, the format shows two decimals). */
const yuan = (fen: number) => fen / 100;

function header(
  sheet: Worksheet,
  columns: { header: string; key: string; width: number; money?: boolean }[],
) {
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    ...(c.money ? { style: { numFmt: YUAN } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The workbook's bytes in a fresh ArrayBuffer, as the host's `saveFile` takes them. */
async function bytes(workbook: Workbook): Promise<Uint8Array<ArrayBuffer>> {
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  const out = new Uint8Array(new ArrayBuffer(written.byteLength));
  out.set(written);
  return out;
}

/** The ledger as a workbook: one row per document, void ones included and marked. */
export async function buildLedgerWorkbook(
  rows: readonly ReceiptRecord[],
): Promise<Uint8Array<ArrayBuffer>> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  workbook.creator = t('common.appName');
  const sheet = workbook.addWorksheet(t('money.excel.sheet'));
  header(sheet, [
    { header: t('money.column.no'), key: 'no', width: 16 },
    { header: t('money.column.kind'), key: 'kind', width: 10 },
    { header: t('money.column.issuedAt'), key: 'issuedAt', width: 17 },
    { header: t('money.column.payer'), key: 'payer', width: 24 },
    { header: t('money.column.unit'), key: 'unit', width: 11 },
    { header: t('money.excel.lines'), key: 'lines', width: 40 },
    { header: t('money.excel.deductions'), key: 'deductions', width: 28 },
    { header: t('money.column.amount'), key: 'amount', width: 12, money: true },
    { header: t('money.excel.signedAmount'), key: 'signed', width: 12, money: true },
    { header: t('money.column.method'), key: 'method', width: 8 },
    { header: t('money.excel.methodRef'), key: 'methodRef', width: 24 },
    { header: t('money.column.clerk'), key: 'clerk', width: 10 },
    { header: t('money.column.status'), key: 'status', width: 8 },
    { header: t('money.excel.voidReason'), key: 'voidReason', width: 20 },
    { header: t('money.excel.refundOf'), key: 'refundOf', width: 16 },
    { header: t('money.excel.source'), key: 'source', width: 18 },
    { header: t('money.excel.note'), key: 'note', width: 20 },
  ]);
  for (const r of rows) {
    const valid = r.status === 'valid';
    sheet.addRow({
      no: r.no,
      kind: t(`money.kind.${r.kind}`),
      issuedAt: formatOfficeDateTime(r.issuedAt),
      payer: r.payerName,
      unit: r.unitCode ?? '',
      lines: r.lines.map((l) => `${l.name}×${l.quantity}=${formatFen(l.amountFen)}`).join('；'),
      deductions: (r.deductions ?? [])
        .map((d) => `${d.reason} ${formatFen(d.amountFen)}`)
        .join('；'),
      amount: yuan(r.totalFen),
      // What the document moved: receipts in, refunds out, void ones nothing.
      signed: valid ? yuan(r.kind === 'refund' ? -r.totalFen : r.totalFen) : 0,
      method: t(`money.method.${r.method}`),
      methodRef: r.methodRef ?? '',
      clerk: r.clerkName,
      status: t(`money.status.${r.status}`),
      voidReason: r.voidReason ?? '',
      refundOf: r.refundOfNo ?? '',
      source: r.source ? r.source.label || t(`money.sourceKind.${r.source.kind}`) : '',
      note: r.note ?? '',
    });
  }
  return bytes(workbook);
}

/** A day book or a closed shift's documents as a workbook. */
export async function buildDayBookWorkbook(
  docs: readonly CashupDocLine[],
): Promise<Uint8Array<ArrayBuffer>> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  workbook.creator = t('common.appName');
  const sheet = workbook.addWorksheet(t('money.excel.dayBookSheet'));
  header(sheet, [
    { header: t('print.cashup.time'), key: 'time', width: 17 },
    { header: t('print.cashup.no'), key: 'no', width: 16 },
    { header: t('print.cashup.kind'), key: 'kind', width: 10 },
    { header: t('print.cashup.payer'), key: 'payer', width: 24 },
    { header: t('print.cashup.unit'), key: 'unit', width: 11 },
    { header: t('print.cashup.method'), key: 'method', width: 8 },
    { header: t('print.cashup.amount'), key: 'amount', width: 12, money: true },
    { header: t('print.cashup.status'), key: 'status', width: 10 },
  ]);
  for (const d of docs) {
    sheet.addRow({
      time: formatOfficeDateTime(d.issuedAt),
      no: d.no,
      kind: t(`money.kind.${d.kind}`),
      payer: d.payerName,
      unit: d.unitCode ?? '',
      method: t(`money.method.${d.method}`),
      amount: yuan(d.kind === 'refund' ? -d.totalFen : d.totalFen),
      status: d.lateVoid ? t('print.cashup.lateVoidMark') : t(`money.status.${d.status}`),
    });
  }
  return bytes(workbook);
}
