import type { Worksheet } from 'exceljs';
import type { MonthlyFigures, MonthlyReview } from '@shared/domain/review/figures';
import { t } from '../../../i18n';
import type { CodeLabel } from '../print/reviewLabels';
import { SECTION_KEYS, sectionRows, type CompareRow } from '../print/reviewRows';
import { newWorkbook, workbookBytes, YUAN_FORMAT } from '../../../components/exportSheet';

const FORMATS: Record<CompareRow['kind'], string> = {
  count: '0',
  fen: YUAN_FORMAT,
  hours: '0.0',
  rate: '0.0%',
};

/** The number format of a row: rates with their decimals (有效投诉率 two). */
function formatOf(row: CompareRow): string {
  if (row.kind !== 'rate' || row.decimals === undefined) return FORMATS[row.kind];
  return `0.${'0'.repeat(row.decimals)}%`;
}

/** A row's cell in a month: money as yuan (a number, so Excel can add it), rates as fractions. */
function cell(row: CompareRow, f: MonthlyFigures): number | string {
  if (row.kind === 'rate') {
    const r = row.rate(f);
    return r.value ?? '—';
  }
  const v = row.pick(f);
  if (v === null) return '—';
  return row.kind === 'fen' ? v / 100 : v;
}

function fillSheet(sheet: Worksheet, review: MonthlyReview, rows: readonly CompareRow[]): void {
  const hasTarget = rows.some((r) => r.kind === 'rate' && r.target !== undefined);
  sheet.columns = [
    { width: 30 },
    { width: 16 },
    { width: 16 },
    { width: 16 },
    ...(hasTarget ? [{ width: 12 }] : []),
  ];
  const head = sheet.addRow([
    t('reviewReport.col.item'),
    `${t('reviewReport.col.current')} ${review.current.month}`,
    `${t('reviewReport.col.previous')} ${review.previous.month}`,
    `${t('reviewReport.col.lastYear')} ${review.lastYear.month}`,
    ...(hasTarget ? [t('reviewReport.col.target')] : []),
  ]);
  head.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) {
    const target = row.kind === 'rate' ? row.target : undefined;
    const added = sheet.addRow([
      row.label,
      cell(row, review.current),
      cell(row, review.previous),
      cell(row, review.lastYear),
      ...(target !== undefined ? [target] : []),
    ]);
    for (const col of [2, 3, 4]) added.getCell(col).numFmt = formatOf(row);
    // A ceiling reads as one (有效投诉率 < 1%); 投诉有效率 has no target cell.
    if (target !== undefined)
      added.getCell(5).numFmt =
        row.kind === 'rate' && row.ceiling ? `"< "${formatOf(row)}` : formatOf(row);
  }
}

/** 重大欠费 of the month: one row per unit, the amount as yuan. */
function majorSheet(sheet: Worksheet, review: MonthlyReview): void {
  sheet.columns = [{ width: 16 }, { width: 12 }, { width: 16 }, { width: 16 }];
  sheet.addRow([
    t('reviewReport.major.unit'),
    t('reviewReport.major.building'),
    t('reviewReport.major.owed'),
    t('reviewReport.major.months'),
  ]).font = { bold: true };
  for (const u of review.current.fees?.major ?? [])
    sheet.addRow([u.unitCode, u.building, u.owedFen / 100, u.oldestMonths]).getCell(3).numFmt =
      YUAN_FORMAT;
}

/**
 * The monthly report as a workbook: one sheet per section (投诉, 建议, 维修, 装修, 收费, 物业费及欠费, 登记, …) and the
 * month's 重大欠费 list,
 * the rows of the printed report in columns 本月 / 上月 / 去年同期, money as yuan numbers with
 * two decimals. Returns the bytes the host's `saveFile` takes.
 */
export async function buildReviewWorkbook(
  review: MonthlyReview,
  label: CodeLabel,
  /** Sheets of registers whose figures are not in MonthlyReview (the site ledgers). */
  extraSheets: readonly { name: string; rows: readonly (readonly string[])[] }[] = [],
): Promise<Uint8Array<ArrayBuffer>> {
  const wb = await newWorkbook();
  for (const key of SECTION_KEYS)
    fillSheet(
      wb.addWorksheet(t(`reviewReport.sheet.${key}`)),
      review,
      sectionRows(review, key, label),
    );
  majorSheet(wb.addWorksheet(t('reviewReport.sheet.major')), review);
  for (const sheet of extraSheets)
    wb.addWorksheet(sheet.name).addRows(sheet.rows.map((r) => [...r]));
  return workbookBytes(wb);
}
