import { getHost } from '../../host/hostApi';
import { loadExcel } from '../archive/excel/loadExcel';
import { EXCEL_FILTERS } from '../money/ledgerExcel';

export interface SheetColumn<T> {
  header: string;
  width: number;
  value: (row: T) => string | number;
}

/**
 * Saves `rows` as a one-sheet workbook through the host's save dialog (registers of issue 6:
 * work orders, uncollected mail, visitors). Returns whether the file was written.
 */
export async function saveRegisterSheet<T>(
  fileName: string,
  sheetName: string,
  columns: readonly SheetColumn<T>[],
  rows: readonly T[],
  appName: string,
): Promise<boolean> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  workbook.creator = appName;
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows)
    sheet.addRow(Object.fromEntries(columns.map((c, i) => [`c${i}`, c.value(row)])));
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  const data = new Uint8Array(new ArrayBuffer(written.byteLength));
  data.set(written);
  const saved = await getHost().saveFile({ suggestedName: fileName, filters: EXCEL_FILTERS, data });
  return saved.saved;
}
