import ExcelJS from 'exceljs';
import { idCheckChar } from '../../../shared/domain/identity';

/** A valid 18-digit ID for a birth date and sequence (checksum from the tested domain rule). */
export function validId(birth: string, seq: string): string {
  const first17 = `110105${birth}${seq}`;
  return first17 + idCheckChar(first17);
}

export interface RosterRow {
  楼栋: string | number;
  单元?: string | number;
  房号: string | number | undefined;
  姓名: string;
  身份: string;
  电话: string;
  证件号码?: string;
}

/** An .xlsx roster laid out as an estate would send it: header row, then one row per person. */
export async function makeRosterXlsx(rows: RosterRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('业户名册');
  const headers = ['楼栋', '单元', '房号', '姓名', '身份', '电话', '证件号码'] as const;
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
