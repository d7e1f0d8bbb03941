import type { Workbook, Worksheet } from 'exceljs';
import { ROSTER_COLUMNS, type RosterColumn } from '@shared/domain/roster';

export const XLSX_FILTER = { name: 'Excel 工作簿', extensions: ['xlsx'] };

const REQUIRED_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E1' } } as const;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } } as const;

function widthOf(col: RosterColumn): number {
  if (col.field === 'idNumber') return 22;
  if (col.field === 'phone' || col.field === 'notes' || col.field === 'plates') return 18;
  return 10;
}

/**
 * A sheet with the template's columns (then `extra` headers), formatted so Excel keeps what
 * the desk types: ID numbers and phones as text (a number would lose an ID's last digits),
 * dates as dates. Import, template and export share it, so an export can be imported again.
 */
export function addRosterSheet(
  workbook: Workbook,
  name: string,
  extra: readonly string[] = [],
): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    ...ROSTER_COLUMNS.map((col) => ({
      header: col.header,
      key: col.field,
      width: widthOf(col),
      style: { numFmt: col.cell === 'date' ? 'yyyy-mm-dd' : '@' },
    })),
    ...extra.map((header) => ({ header, key: header, width: 12, style: { numFmt: '@' } })),
  ];
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell, index) => {
    cell.fill = ROSTER_COLUMNS[index - 1]?.required ? REQUIRED_FILL : HEADER_FILL;
  });
  return sheet;
}

/** The workbook's bytes, as the host's `saveFile` takes them. */
export async function workbookBytes(workbook: Workbook): Promise<Uint8Array<ArrayBuffer>> {
  const buffer: ArrayBuffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
