import type { Workbook, Worksheet } from 'exceljs';
import { loadExcel } from './loadExcel';
import { getHost } from '../host/hostApi';
import { t } from '../i18n';

export interface SheetColumn<T> {
  header: string;
  width: number;
  value: (row: T) => string | number;
  /** A money column: the value is yuan (fen / 100), shown with two decimals and thousands. */
  money?: boolean;
}

export const EXCEL_FILTERS = [{ name: 'Excel', extensions: ['xlsx'] }];

/** The cell format of money in every workbook of the desk. */
export const YUAN_FORMAT = '#,##0.00';

/** Fen as yuan for a spreadsheet cell (Excel stores numbers, the format shows two decimals). */
export const yuanCell = (fen: number) => fen / 100;

/** An empty workbook signed by the app; exceljs loads on first use. */
export async function newWorkbook(): Promise<Workbook> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  workbook.creator = t('common.appName');
  return workbook;
}

/** A register's rows on `sheet`: header row bold and frozen, money columns as yuan. */
export function fillTableSheet<T>(
  sheet: Worksheet,
  columns: readonly SheetColumn<T>[],
  rows: readonly T[],
): Worksheet {
  sheet.columns = columns.map((c, i) => ({
    header: c.header,
    key: `c${i}`,
    width: c.width,
    ...(c.money ? { style: { numFmt: YUAN_FORMAT } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows)
    sheet.addRow(Object.fromEntries(columns.map((c, i) => [`c${i}`, c.value(row)])));
  return sheet;
}

/** The workbook's bytes in a fresh ArrayBuffer, as the host's `saveFile` takes them. */
export async function workbookBytes(workbook: Workbook): Promise<Uint8Array<ArrayBuffer>> {
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  const out = new Uint8Array(new ArrayBuffer(written.byteLength));
  out.set(written);
  return out;
}

/**
 * One register as a one-sheet workbook (header row bold and frozen), as the bytes the host's
 * `saveFile` takes.
 */
export async function buildSheet<T>(
  sheetName: string,
  columns: readonly SheetColumn<T>[],
  rows: readonly T[],
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = await newWorkbook();
  fillTableSheet(workbook.addWorksheet(sheetName), columns, rows);
  return workbookBytes(workbook);
}

/** Asks the clerk where to save an Excel workbook and writes it; false when she cancelled. */
export async function saveExcel(fileName: string, data: Uint8Array<ArrayBuffer>): Promise<boolean> {
  const saved = await getHost().saveFile({ suggestedName: fileName, filters: EXCEL_FILTERS, data });
  return saved.saved;
}

/** One register as a one-sheet workbook, saved where the clerk chooses. */
export async function saveSheet<T>(
  fileName: string,
  sheetName: string,
  columns: readonly SheetColumn<T>[],
  rows: readonly T[],
): Promise<boolean> {
  return saveExcel(fileName, await buildSheet(sheetName, columns, rows));
}
