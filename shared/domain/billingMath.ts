/**
 * The arithmetic of billing (domain §8): rounding half up to the fen, decimals kept as
 * hundredths (areas, meter readings) and the billing periods (month, quarter, year).
 *
 * Policy: money is integer fen and every product is an integer, rounded once, half up.
 */

/** A month key, YYYY-MM. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The billing cycles; a period key is read from a month by `periodOf`. */
export type Cycle = 'monthly' | 'quarterly' | 'yearly';

// ---------------------------------------------------------------- rounding

/**
 * `numerator ÷ denominator` rounded half up, for non-negative integers (BigInt inside, so a
 * product of area × rate × months × percent never loses precision).
 */
export function divRoundHalfUp(numerator: bigint, denominator: bigint): number {
  if (numerator < 0n || denominator <= 0n)
    throw new RangeError('divRoundHalfUp: non-negative only');
  const q = (numerator * 2n + denominator) / (denominator * 2n);
  const n = Number(q);
  if (!Number.isSafeInteger(n)) throw new RangeError('Amount out of range');
  return n;
}

/** `fen × percent ÷ 100`, half up: 70 % of 12,345 fen is 8,642 (8,641.5 rounds up). */
export function percentOfFen(fen: number, percent: number): number {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`Bad fen: ${fen}`);
  if (!Number.isInteger(percent) || percent < 0) throw new RangeError(`Bad percent: ${percent}`);
  return divRoundHalfUp(BigInt(fen) * BigInt(percent), 100n);
}

/**
 * Reads a decimal with up to two places (`89.56`, `１２０`) into hundredths; null when it is not
 * one. Areas and meter readings are typed and imported this way, never through floats.
 */
export function parseHundredths(input: string | number): number | null {
  const text =
    typeof input === 'number'
      ? Number.isFinite(input)
        ? input.toFixed(4).replace(/0+$/, '').replace(/\.$/, '')
        : ''
      : input.normalize('NFKC').trim().replace(/,/g, '');
  const m = /^(\d{1,12})(?:\.(\d{0,2})0*)?$/.exec(text);
  if (!m) return null;
  const [, whole = '0', frac = ''] = m;
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

/** Hundredths as text: 8956 → `89.56`, 12000 → `120`. */
export function formatHundredths(value: number): string {
  const whole = Math.floor(value / 100);
  const frac = value % 100;
  return frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}

// ---------------------------------------------------------------- periods

/** The period keys: `2026-11` (month), `2026-Q4` (quarter), `2026` (year). */
export function periodOf(cycle: Cycle, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  if (cycle === 'monthly') return month;
  if (cycle === 'quarterly') return `${y}-Q${Math.ceil(m / 3)}`;
  return String(y);
}

/** The months a period covers, in order. */
export function periodMonths(period: string): string[] {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  const y = /^(\d{4})$/.exec(period);
  const month = (year: string, m: number) => `${year}-${String(m).padStart(2, '0')}`;
  if (MONTH_PATTERN.test(period)) return [period];
  if (q) {
    const start = (Number(q[2]) - 1) * 3 + 1;
    return [0, 1, 2].map((i) => month(q[1]!, start + i));
  }
  if (y) return Array.from({ length: 12 }, (_, i) => month(y[1]!, i + 1));
  throw new RangeError(`Not a billing period: ${period}`);
}

/** How a period reads: `2026年11月`, `2026年第4季度`, `2026年度`. */
export function periodLabel(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return `${q[1]}年第${q[2]}季度`;
  if (/^\d{4}$/.test(period)) return `${period}年度`;
  const [y, m] = period.split('-');
  return `${y}年${Number(m)}月`;
}

/** Whole months from `from` to `to` (YYYY-MM): 2026-01 → 2026-03 is 2. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/** The month `n` months after `month`. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}
