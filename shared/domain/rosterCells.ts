/**
 * Reading one spreadsheet cell of an imported roster, as exceljs hands it over: text, numbers
 * (phones and room numbers typed as numbers, Excel date serials), Date objects, rich text,
 * hyperlinks, formulas and error values.
 *
 * Policy:
 * - A formula, or text that would become one when exported again to a spreadsheet (starting
 *   with `=`, `+` or `@`; a `+` followed only by digits is a phone like `+86 138…`), is refused:
 *   the desk re-imports its own exports, and a formula in a cell is never what the clerk typed.
 * - HTML or script-looking text is kept as plain text; it is never interpreted anywhere.
 * - A number too long for a double (an 18-digit ID number stored as a number) has already lost
 *   its last digits in Excel, so it is refused with a hint to format the column as text.
 */

/** How a column's cells are read. */
export type CellKind = 'text' | 'digits' | 'date';

export type CellResult = { ok: true; text: string } | { ok: false; error: string };

/** Days from 1899-12-30 (Excel's day 0, allowing for its 1900 leap-year bug) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET_DAYS = 25_569;
const MAX_EXCEL_SERIAL = 2_958_465; // 9999-12-31

const FORMULA_TEXT = /^(?:[=@]|\+(?![\d\s-]+$))/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function dateToIso(d: Date): string | null {
  // exceljs creates dates at UTC midnight of the day shown in the sheet.
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/** An Excel date serial (e.g. 46143) as `YYYY-MM-DD` (2026-05-01); null when out of range. */
export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_EXCEL_SERIAL) return null;
  return new Date((Math.floor(serial) - EXCEL_EPOCH_OFFSET_DAYS) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** Reads `2026-05-01`, `2026/5/1`, `2026.5.1`, `2026年5月1日`, `20260501` as `YYYY-MM-DD`. */
export function parseDateText(text: string): string | null {
  const t = text.normalize('NFKC').trim();
  const m = /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))$/.exec(t);
  if (!m) return null;
  const [, y, mo = m[4], d = m[5]] = m;
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const check = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().slice(0, 10) === iso ? iso : null;
}

function readDate(value: unknown): CellResult {
  if (value instanceof Date) {
    const iso = dateToIso(value);
    return iso ? { ok: true, text: iso } : { ok: false, error: '日期无效' };
  }
  if (typeof value === 'number') {
    const iso = excelSerialToIsoDate(value);
    return iso ? { ok: true, text: iso } : { ok: false, error: '日期无效' };
  }
  const text = String(value).trim();
  const iso = parseDateText(text);
  return iso ? { ok: true, text: iso } : { ok: false, error: '日期格式不正确，如 2026-05-01' };
}

function readNumber(value: number, kind: CellKind): CellResult {
  if (!Number.isFinite(value)) return { ok: false, error: '数值无效' };
  if (kind === 'date') return readDate(value);
  if (kind === 'digits' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
    return { ok: false, error: '数字过长，Excel 已丢失末几位，请把该列设为文本后重新填写' };
  }
  // Integers print without exponent up to 1e21; anything this large was refused above.
  return { ok: true, text: String(value) };
}

/** Text of rich text (`{ richText: [{ text }] }`) or a hyperlink cell (`{ text, hyperlink }`). */
function objectText(value: Record<string, unknown>): string | null {
  if (Array.isArray(value.richText)) {
    return value.richText
      .map((r: unknown) => (isRecord(r) && typeof r.text === 'string' ? r.text : ''))
      .join('');
  }
  if (typeof value.text === 'string') return value.text;
  return null;
}

/** Reads one cell as text of the given kind, or explains in Chinese why it cannot. */
export function readCell(value: unknown, kind: CellKind): CellResult {
  if (value === null || value === undefined) return { ok: true, text: '' };
  if (typeof value === 'number') return readNumber(value, kind);
  if (typeof value === 'boolean') return { ok: true, text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) {
    if (kind === 'date') return readDate(value);
    return { ok: false, error: '单元格被 Excel 识别成了日期，请把该列设为文本后重新填写' };
  }
  let text: string;
  if (typeof value === 'string') {
    text = value;
  } else if (isRecord(value)) {
    if ('formula' in value || 'sharedFormula' in value) {
      return { ok: false, error: '单元格含公式，请复制后“选择性粘贴为数值”再导入' };
    }
    if ('error' in value) return { ok: false, error: `单元格含错误值 ${String(value.error)}` };
    const t = objectText(value);
    if (t === null) return { ok: false, error: '无法识别的单元格内容' };
    text = t;
  } else {
    return { ok: false, error: '无法识别的单元格内容' };
  }
  text = text.trim();
  if (FORMULA_TEXT.test(text)) return { ok: false, error: '内容以 = + @ 开头，疑似公式，已拒绝' };
  if (kind === 'date' && text !== '') return readDate(text);
  return { ok: true, text };
}

/** Whether a cell holds nothing (blank rows are skipped). */
export function isBlankCell(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}
