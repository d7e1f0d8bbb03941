import type { Worksheet } from 'exceljs';
import { readCell } from '@shared/domain/rosterCells';
import { rosterFileProblem } from '@shared/domain/rosterFileLimits';
import { loadExcel } from '../../../components/loadExcel';

/** A roster sheet as `validateRoster` takes it: row 1 the headers, `rows[i]` Excel row i + 2. */
export interface RosterSheet {
  sheetName: string;
  headers: string[];
  /** Raw cell values keyed by header text; blank rows are kept as `{}` so row numbers hold. */
  rows: Record<string, unknown>[];
}

export class RosterFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RosterFileError';
  }
}

/** Header texts by column number; a repeated header gets ` (2)`, so no column hides another. */
function readHeaders(sheet: Worksheet): Map<number, string> {
  const headers = new Map<number, string>();
  const seen = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const read = readCell(cell.value, 'text');
    const text = read.ok ? read.text : '';
    if (!text) return;
    const n = (seen.get(text) ?? 0) + 1;
    seen.set(text, n);
    headers.set(col, n === 1 ? text : `${text} (${n})`);
  });
  return headers;
}

/**
 * Reads the first sheet that has a header row. Cells stay as exceljs gives them (numbers, dates,
 * rich text, formulas): the roster rules decide how each column's cells are read.
 */
export async function readRosterFile(data: ArrayBuffer): Promise<RosterSheet> {
  // Refused before unpacking: reading is what takes the memory.
  const problem = rosterFileProblem(new Uint8Array(data));
  if (problem) throw new RosterFileError(problem);
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    throw new RosterFileError('无法读取该文件，请选择 Excel 2007 及以上的 .xlsx 文件');
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new RosterFileError('文件中没有数据');
  const headers = readHeaders(sheet);
  if (headers.size === 0) throw new RosterFileError('第 1 行应为表头（楼栋、单元、房号、姓名……）');
  const rows: Record<string, unknown>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: Record<string, unknown> = {};
    for (const [col, header] of headers) {
      const value = row.getCell(col).value;
      if (value !== null && value !== undefined) values[header] = value;
    }
    rows.push(values);
  }
  // Trailing rows that only once held formatting are not data.
  while (rows.length > 0 && Object.keys(rows[rows.length - 1] ?? {}).length === 0) rows.pop();
  return { sheetName: sheet.name, headers: [...headers.values()], rows };
}
