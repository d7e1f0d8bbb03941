import { loadExcel } from './loadExcel';
import { getHost } from '../host/hostApi';
import { t } from '../i18n';

export interface SheetColumn<T> {
  header: string;
  width: number;
  value: (row: T) => string | number;
}

export const EXCEL_FILTERS = [{ name: 'Excel', extensions: ['xlsx'] }];

/**
 * One register as a one-sheet workbook (header row bold and frozen), as the bytes the host's
 * `saveFile` takes. exceljs loads on first use.
 */
export async function buildSheet<T>(
  sheetName: string,
  columns: readonly SheetColumn<T>[],
  rows: readonly T[],
): Promise<Uint8Array<ArrayBuffer>> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  workbook.creator = t('common.appName');
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows)
    sheet.addRow(Object.fromEntries(columns.map((c, i) => [`c${i}`, c.value(row)])));
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  const out = new Uint8Array(new ArrayBuffer(written.byteLength));
  out.set(written);
  return out;
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
