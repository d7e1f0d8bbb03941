/**
 * Fee-history import (历史缴费导入, issue 18): an estate moving in from another system brings
 * its fee records as a sheet — 房屋 (楼栋-单元-房屋), 收费项目, 缴费周期, 开始时间, 结束时间,
 * 缴费时间, 应缴金额, 实缴金额, 收银员, 备注 — and the desk starts mid-year with them: each row
 * becomes a past bill, its 实缴 a payment of the other system, and what stayed unpaid the
 * opening arrears. Nothing is written here; the rows are checked and priced.
 *
 * Policy:
 * - `rows[i]` is Excel row `i + 2`; blank rows are skipped. A row is imported only when all its
 *   cells are good; each bad row lists every problem (unknown unit, bad amount, bad dates).
 * - Dates are Excel serial numbers, date cells or text (`2026-03-05`, `2026/3/5`,
 *   `2026-03-05 10:22:13`); amounts are yuan as numbers or text (`¥1,268.50`), to integer fen
 *   rounded half up (`12.345` → 1,235 fen), read from their decimal text, never through floats.
 * - A row's period is its months: a whole month, quarter or year is the app's own period key,
 *   so history of a period the desk has billed already (or imported before) is recognised and
 *   never billed twice. A span that is none of these (`2026-01-15` to `2026-02-14`) keeps its
 *   dates as its key and falls due in its last month.
 * - 实缴 above 应缴 is refused (an overpayment is prepayment, which the other system would
 *   have shown as its own row); 实缴 without a 缴费时间 is refused (a payment has a date).
 * - The same unit, item and period twice in one file is an error (the other system's one bill).
 */
import { periodLabel } from './billingMath';
import type { MonthlyItem } from './billingSettings';
import { METER_ITEMS, PROPERTY_ITEM } from './billingSettings';
import { formatUnitCode, parseUnitCode } from './units';
import { isBlankCell, readCell } from './rosterCells';
import { divRoundHalfUp } from './billingMath';
import { billCover, coveredMonths } from './billOverlap';
import {
  FEE_HISTORY_COLUMNS,
  type FeeHistoryField,
  type FeeHistoryMapping,
} from './feeHistoryColumns';

/** A bill's period as the desk reads it: `2026年第1季度`, or a span's dates. */
const spanLabel = (period: string) =>
  period.includes('~') ? period.replace('~', ' 至 ') : periodLabel(period);

export {
  FEE_HISTORY_COLUMNS,
  FEE_HISTORY_FIELDS,
  feeHistoryMapping,
  feeHistoryMappingSchema,
  type FeeHistoryField,
  type FeeHistoryMapping,
  type HistoryColumn,
} from './feeHistoryColumns';

/**
 * Yuan as a cell holds them (`268.5`, `'1,268.50'`, `¥12.345`) in integer fen, half up; null
 * when it is not a non-negative amount. A number is read from its shortest decimal text, so
 * Excel's 12.345 is 1,235 fen although the double is a hair below it.
 */
export function yuanToFen(value: unknown): number | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return null;
    text = String(value);
    if (/e/i.test(text)) text = value.toFixed(6);
  } else if (typeof value === 'string') {
    text = value
      .normalize('NFKC')
      .trim()
      .replace(/^[¥￥]|元$/g, '')
      .replace(/,/g, '')
      .trim();
  } else return null;
  const m = /^(\d{1,10})(?:\.(\d*))?$/.exec(text);
  if (!m) return null;
  const [, whole = '0', frac = ''] = m;
  // Hundredths and the rest as a fraction of one fen: one rounding, half up.
  const digits = frac.padEnd(2, '0');
  const fen = BigInt(whole) * 100n + BigInt(digits.slice(0, 2));
  const rest = digits.slice(2);
  if (rest === '') return Number(fen);
  const scale = 10n ** BigInt(rest.length);
  return divRoundHalfUp(fen * scale + BigInt(rest), scale);
}

/** A date cell (serial number, Date, text with or without a time) as `YYYY-MM-DD`. */
export function historyDate(value: unknown): { ok: true; date: string } | { ok: false } {
  const v =
    typeof value === 'string' ? value.trim().replace(/[T\s]+\d{1,2}:\d{2}(?::\d{2})?$/, '') : value;
  const read = readCell(v, 'date');
  return read.ok && read.text ? { ok: true, date: read.text } : { ok: false };
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The period of a span of dates: `2026-03` for a whole month, `2026-Q1` for a whole quarter,
 * `2026` for a whole year (the keys the desk's own bills use); otherwise `aligned: false` and
 * the period is the span's last month, when it falls due.
 */
export function historyPeriod(start: string, end: string): { period: string; aligned: boolean } {
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  const endMonth = end.slice(0, 7);
  const wholeMonths = sd === 1 && ed === lastDay(ey, em);
  const months = (ey - sy) * 12 + (em - sm) + 1;
  if (wholeMonths && months === 1) return { period: endMonth, aligned: true };
  if (wholeMonths && months === 3 && sy === ey && sm % 3 === 1)
    return { period: `${sy}-Q${(sm + 2) / 3}`, aligned: true };
  if (wholeMonths && months === 12 && sm === 1) return { period: String(sy), aligned: true };
  return { period: endMonth, aligned: false };
}

const KNOWN_ITEMS: Record<string, string> = {
  物业费: PROPERTY_ITEM,
  物业管理费: PROPERTY_ITEM,
  物业服务费: PROPERTY_ITEM,
  水费: METER_ITEMS.water,
  电费: METER_ITEMS.power,
};

/**
 * The item code of a 收费项目 name: the app's own items by name (物业费 is 物业管理费), the
 * office's monthly items by their name, else a code of its own for the name (`history:停车费`),
 * so the same name always lands on the same item.
 */
export function historyItemCode(name: string, items: readonly MonthlyItem[]): string {
  const n = name.normalize('NFKC').trim();
  return KNOWN_ITEMS[n] ?? items.find((i) => i.name === n)?.code ?? `history:${n}`;
}

/** A unit of the archive, as the import finds it by code. */
export interface HistoryUnit {
  id: string;
  code: string;
  building: string;
}

export interface FeeHistoryContext {
  units: ReadonlyMap<string, HistoryUnit>;
  /** The office's monthly items (for their codes). */
  items: readonly MonthlyItem[];
  /** Keys of every stored bill: rows already imported or billed are left out, not doubled. */
  existingKeys: ReadonlySet<string>;
  /** Office date today: history cannot be paid in the future. */
  today: string;
}

/** One checked row, ready to write. */
export interface FeeHistoryRecord {
  row: number;
  key: string;
  unitId: string;
  unitCode: string;
  building: string;
  itemCode: string;
  itemName: string;
  period: string;
  dueMonth: string;
  start: string;
  end: string;
  cycle: string;
  dueFen: number;
  paidFen: number;
  /** Office date of the other system's payment (with `paidFen` > 0). */
  paidOn?: string;
  cashier: string;
  notes: string;
  basis: string;
}

export interface FeeHistoryError {
  row: number;
  column?: string;
  message: string;
}

export interface FeeHistoryResult {
  valid: FeeHistoryRecord[];
  errors: FeeHistoryError[];
  /** Rows whose bill is already stored (imported before, or billed by the desk). */
  already: number;
  skipped: number;
}

const MAX_ROWS = 50_000;

/** Checks every row of a fee-history sheet; nothing is written here. */
export function checkFeeHistory(
  rows: readonly Record<string, unknown>[],
  mapping: FeeHistoryMapping,
  ctx: FeeHistoryContext,
): FeeHistoryResult {
  const result: FeeHistoryResult = { valid: [], errors: [], already: 0, skipped: 0 };
  const missing = FEE_HISTORY_COLUMNS.filter((c) => c.required && !mapping[c.field]);
  if (missing.length) {
    result.errors.push({
      row: 0,
      message: `缺少必需的列：${missing.map((c) => c.header).join('、')}（第 1 行应为表头：${FEE_HISTORY_COLUMNS.map((c) => c.header).join('、')}）`,
    });
    return result;
  }
  if (rows.length > MAX_ROWS) {
    result.errors.push({ row: 0, message: `一次最多导入 ${MAX_ROWS} 行，请分批导入` });
    return result;
  }
  const seen = new Map<string, number>();
  // Stored bills and this file's rows by months: a month imported once must not be billed twice.
  const cover = billCover(ctx.existingKeys);
  rows.forEach((raw, index) => {
    const row = index + 2;
    const cell = (f: FeeHistoryField) => raw[mapping[f] ?? ''];
    if (FEE_HISTORY_COLUMNS.every((c) => isBlankCell(cell(c.field)))) {
      result.skipped += 1;
      return;
    }
    const errors: FeeHistoryError[] = [];
    const fail = (f: FeeHistoryField, message: string) =>
      errors.push({ row, column: mapping[f], message });
    const text = (f: FeeHistoryField) => {
      const r = readCell(cell(f), 'text');
      if (!r.ok) fail(f, r.error);
      return r.ok ? r.text.trim() : '';
    };
    const unitText = text('unit');
    const parts = unitText ? parseUnitCode(unitText) : null;
    const unit = parts ? ctx.units.get(formatUnitCode(parts)) : undefined;
    if (!unitText) fail('unit', '缺少房屋');
    else if (!parts) fail('unit', `无法识别的房屋：${unitText}（应为 楼栋-单元-房屋，如 1-2-301）`);
    else if (!unit) fail('unit', `档案中没有房号 ${formatUnitCode(parts)}，请先导入业户名册`);
    const itemName = text('item');
    if (!itemName) fail('item', '缺少收费项目');
    else if (itemName.length > 30) fail('item', '收费项目最多 30 个字');
    const date = (f: FeeHistoryField, label: string, required: boolean) => {
      const v = cell(f);
      if (isBlankCell(v)) {
        if (required) fail(f, `缺少${label}`);
        return undefined;
      }
      const d = historyDate(v);
      if (!d.ok) fail(f, `${label}无法识别，应为日期，如 2026-03-01`);
      return d.ok ? d.date : undefined;
    };
    const start = date('start', '开始时间', true);
    const end = date('end', '结束时间', true);
    const paidOn = date('paidAt', '缴费时间', false);
    if (start && end && end < start) fail('end', '结束时间早于开始时间');
    if (paidOn && paidOn > ctx.today) fail('paidAt', '缴费时间晚于今天');
    const amount = (f: FeeHistoryField, label: string) => {
      const v = cell(f);
      if (isBlankCell(v)) return 0;
      const fen = yuanToFen(typeof v === 'number' ? v : text(f));
      if (fen === null) fail(f, `${label}应为不小于 0 的金额，如 268.50`);
      return fen ?? 0;
    };
    const dueFen = amount('due', '应缴金额');
    const paidFen = amount('paid', '实缴金额');
    if (isBlankCell(cell('due'))) fail('due', '缺少应缴金额');
    else if (dueFen === 0 && errors.every((e) => e.column !== mapping.due))
      fail('due', '应缴金额应大于 0');
    if (paidFen > dueFen && dueFen > 0) fail('paid', '实缴金额大于应缴金额');
    if (paidFen > 0 && !paidOn && isBlankCell(cell('paidAt')))
      fail('paidAt', '有实缴金额但缺少缴费时间');
    const cashier = mapping.cashier ? text('cashier').slice(0, 50) : '';
    const notes = mapping.notes ? text('notes').slice(0, 500) : '';
    const cycle = mapping.cycle ? text('cycle').slice(0, 20) : '';
    if (errors.length || !unit || !start || !end) {
      result.errors.push(...errors);
      return;
    }
    const itemCode = historyItemCode(itemName, ctx.items);
    const { period, aligned } = historyPeriod(start, end);
    const key = `${unit.id}|${itemCode}|${aligned ? period : `${start}~${end}`}`;
    const earlier = seen.get(key);
    const head = `${unit.id}|${itemCode}`;
    const months = coveredMonths(key.slice(head.length + 1));
    const overlap = ctx.existingKeys.has(key)
      ? undefined
      : cover.overlapping(unit.id, itemCode, months);
    if (earlier === undefined && overlap !== undefined) {
      const inFile = seen.get(`${head}|${overlap}`);
      result.errors.push({
        row,
        column: mapping.start,
        message:
          inFile !== undefined
            ? `与第 ${inFile} 行的月份重叠（同房屋、收费项目）`
            : `该房屋的${itemName}已有${spanLabel(overlap)}的账单，月份重叠，不能重复计费`,
      });
      return;
    }
    if (earlier !== undefined) {
      result.errors.push({
        row,
        column: mapping.unit,
        message: `与第 ${earlier} 行重复（同房屋、收费项目和周期）`,
      });
      return;
    }
    seen.set(key, row);
    cover.add(key);
    if (ctx.existingKeys.has(key)) {
      result.already += 1;
      return;
    }
    result.valid.push({
      row,
      key,
      unitId: unit.id,
      unitCode: unit.code,
      building: unit.building,
      itemCode,
      itemName: itemName.normalize('NFKC'),
      period,
      dueMonth: end.slice(0, 7),
      start,
      end,
      cycle,
      dueFen,
      paidFen,
      ...(paidFen > 0 && paidOn ? { paidOn } : {}),
      cashier,
      notes,
      basis: `历史导入：${aligned ? periodLabel(period) : `${start} 至 ${end}`}${cycle ? `（缴费周期 ${cycle}）` : ''}`,
    });
  });
  return result;
}

/** What a checked file would write: bills, payments and the opening arrears, fen. */
export function feeHistoryTotals(valid: readonly FeeHistoryRecord[]): {
  bills: number;
  payments: number;
  dueFen: number;
  paidFen: number;
  openingArrearsFen: number;
  unitsOwing: number;
} {
  let dueFen = 0;
  let paidFen = 0;
  let payments = 0;
  const owing = new Set<string>();
  for (const r of valid) {
    dueFen += r.dueFen;
    paidFen += r.paidFen;
    if (r.paidFen > 0) payments += 1;
    if (r.paidFen < r.dueFen) owing.add(r.unitId);
  }
  return {
    bills: valid.length,
    payments,
    dueFen,
    paidFen,
    openingArrearsFen: dueFen - paidFen,
    unitsOwing: owing.size,
  };
}
