/**
 * Meter readings (抄表): water and power, one reading per unit, meter and month.
 *
 * Policy:
 * - Readings are hundredths of the meter's unit (m³, kWh), so consumption is exact.
 * - A reading below the last one is refused: a meter does not run backwards. The one exception
 *   is a meter replaced in the month (换表): the old meter's final reading and the new meter's
 *   start reading are recorded, and consumption is what the old one ran up plus what the new
 *   one has run since its start.
 * - A consumption far above the unit's recent average (`unusualFactor` × the mean of its last
 *   readings) is flagged 异常 for a check, not refused: a leak is real consumption.
 */
import { formatHundredths } from './billingMath';
import type { MeterKind } from './billingSettings';

export interface MeterReplacement {
  /** The old meter's last reading, taken when it came off. */
  oldFinal: number;
  /** The new meter's reading when it went on. */
  newStart: number;
}

export interface ReadingInput {
  value: number;
  /** The unit's last reading on this meter; undefined for the first ever. */
  previous?: number | undefined;
  replacement?: MeterReplacement | undefined;
}

export type ReadingCheck = { ok: true; consumption: number } | { ok: false; problems: string[] };

const METER_UNIT: Record<MeterKind, string> = { water: 'm³', power: 'kWh' };

/** Checks a reading and works out its consumption (hundredths). */
export function checkReading(meter: MeterKind, input: ReadingInput): ReadingCheck {
  const problems: string[] = [];
  const { value, previous, replacement } = input;
  if (!Number.isSafeInteger(value) || value < 0) return { ok: false, problems: ['读数无效'] };
  if (replacement) {
    const { oldFinal, newStart } = replacement;
    if (!Number.isSafeInteger(oldFinal) || oldFinal < 0) problems.push('请填写旧表止数');
    else if (previous !== undefined && oldFinal < previous)
      problems.push(
        `旧表止数 ${formatHundredths(oldFinal)} 小于上次读数 ${formatHundredths(previous)}`,
      );
    if (!Number.isSafeInteger(newStart) || newStart < 0) problems.push('请填写新表起数');
    else if (value < newStart)
      problems.push(
        `本次读数 ${formatHundredths(value)} 小于新表起数 ${formatHundredths(newStart)}`,
      );
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, consumption: oldFinal - (previous ?? oldFinal) + (value - newStart) };
  }
  if (previous !== undefined && value < previous) {
    return {
      ok: false,
      problems: [
        `本次读数 ${formatHundredths(value)}${METER_UNIT[meter]} 小于上次读数 ${formatHundredths(previous)}${METER_UNIT[meter]}；如已换表，请勾选“换表”并填写旧表止数和新表起数`,
      ],
    };
  }
  // The first reading of a meter only sets where it starts: nothing was used before it.
  return { ok: true, consumption: previous === undefined ? 0 : value - previous };
}

/** Whether `consumption` is unusual against the unit's recent consumptions (newest last). */
export function isUnusualConsumption(
  consumption: number,
  recent: readonly number[],
  factor: number,
): boolean {
  const last = recent.slice(-3).filter((c) => c > 0);
  if (last.length === 0) return false;
  const mean = last.reduce((a, b) => a + b, 0) / last.length;
  // Ignore tiny absolute changes (a unit using 1 m³ a month then 4 m³ is not a leak).
  return consumption > mean * factor && consumption - mean >= 1000;
}

/** The stored key of a reading: one per unit, meter and month. */
export function readingKey(unitId: string, meter: MeterKind, month: string): string {
  return `${unitId}|${meter}|${month}`;
}

/** One row of a readings workbook, as read (row numbers as Excel shows them). */
export interface ReadingImportRow {
  row: number;
  unitCode: string;
  value: number | null;
  replacement?: MeterReplacement;
}

const HEADER = {
  unit: ['房号', '房屋', '房间号', '单元房号'],
  value: ['本次读数', '读数', '本月读数', '止数'],
  oldFinal: ['旧表止数'],
  newStart: ['新表起数'],
};

/**
 * Reads a readings sheet (房号, 本次读数, optionally 旧表止数 and 新表起数 for a replaced meter):
 * numbers and numeric text become hundredths; a row with neither a unit nor a reading is skipped.
 */
export function readingImportRows(
  headers: readonly string[],
  rows: readonly Record<string, unknown>[],
  toUnitCode: (text: string) => string | null,
  toHundredths: (value: string | number) => number | null,
): { rows: ReadingImportRow[]; missing: string[] } {
  const find = (names: readonly string[]) => headers.find((h) => names.includes(h.trim()));
  const unitH = find(HEADER.unit);
  const valueH = find(HEADER.value);
  const oldH = find(HEADER.oldFinal);
  const newH = find(HEADER.newStart);
  const missing = [!unitH ? '房号' : '', !valueH ? '本次读数' : ''].filter(Boolean);
  if (!unitH || !valueH) return { rows: [], missing };
  const num = (v: unknown) =>
    typeof v === 'number' || typeof v === 'string' ? toHundredths(v) : null;
  const out: ReadingImportRow[] = [];
  rows.forEach((r, i) => {
    const unitText = r[unitH] === undefined ? '' : String(r[unitH]).trim();
    const raw = r[valueH];
    if (!unitText && (raw === undefined || raw === '')) return;
    const oldFinal = oldH ? num(r[oldH]) : null;
    const newStart = newH ? num(r[newH]) : null;
    out.push({
      row: i + 2,
      unitCode: toUnitCode(unitText) ?? unitText,
      value: num(raw),
      ...(oldFinal !== null && newStart !== null ? { replacement: { oldFinal, newStart } } : {}),
    });
  });
  return { rows: out, missing };
}
