/**
 * Document numbers (单据编号): prefix + period + running number, e.g. `SJ2026-000123`
 * (receipts, yearly) or `TS-202611-0007` (complaints, monthly).
 *
 * Policy:
 * - Each series counts per period (year or month, taken in office time, so a receipt written
 *   at 00:30 on 1 January belongs to the new year) and restarts at 1 in a new period.
 * - Numbers run without gaps or repeats: the counter row `counter:<prefix>:<period>` holds the
 *   next number and is advanced only inside the transaction that stores the document; a
 *   voided document keeps its number.
 * - Past the padding width the number simply grows a digit (`SJ2026-1000000`) rather than
 *   wrapping or failing at the desk.
 * - Several desks (issue 20, domain §9): each desk numbers in its own series, its desk code
 *   between period and running number (`SJ2026-B-000123`, `TS-202611-B-0007`), gapless per desk,
 *   so desks that replicate never collide. The first desk keeps the unlettered form (its
 *   series is the one every existing number belongs to), so no issued number changes form.
 *   The desk's series lives in its `counters` table (row `DESK_SERIES_KEY`), which never
 *   replicates; each desk series has its own counter row `counter:SJ:B:2026`.
 */
import { officeDateOf } from './officeTime';

export type PeriodKind = 'year' | 'month';

/** How one series of numbers is built. */
export interface DocSeries {
  /** Upper-case letters, unique across series. */
  prefix: string;
  /** Chinese name of the document. */
  name: string;
  period: PeriodKind;
  /** Text between prefix and period: '' gives `SJ2026`, '-' gives `TS-202611`. */
  joiner: '' | '-';
  /** Digits of the running number, zero-padded. */
  width: number;
}

/** Every numbered document of the app. */
export const DOC_SERIES = {
  receipt: { prefix: 'SJ', name: '收据', period: 'year', joiner: '', width: 6 },
  refund: { prefix: 'TK', name: '退款凭证', period: 'year', joiner: '', width: 6 },
  complaint: { prefix: 'TS', name: '投诉', period: 'month', joiner: '-', width: 4 },
  suggestion: { prefix: 'JY', name: '建议', period: 'month', joiner: '-', width: 4 },
  renovation: { prefix: 'ZX', name: '装修申请', period: 'year', joiner: '', width: 4 },
  permit: { prefix: 'XK', name: '施工许可证', period: 'year', joiner: '', width: 4 },
  pass: { prefix: 'CR', name: '出入证', period: 'year', joiner: '', width: 5 },
  workOrder: { prefix: 'WX', name: '维修工作单', period: 'month', joiner: '-', width: 4 },
  releasePass: { prefix: 'FX', name: '放行条', period: 'month', joiner: '-', width: 4 },
  handover: { prefix: 'JB', name: '交接班记录', period: 'month', joiner: '-', width: 4 },
  siteCheck: { prefix: 'XC', name: '巡查检查记录', period: 'month', joiner: '-', width: 4 },
  // ZX is the renovation series (ZX2026-0001): enquiries take ZXD (咨询单).
  enquiry: { prefix: 'ZXD', name: '咨询记录', period: 'year', joiner: '', width: 6 },
  survey: { prefix: 'DC', name: '满意度调查', period: 'year', joiner: '', width: 3 },
  venueBooking: { prefix: 'CD', name: '场地使用申请', period: 'month', joiner: '-', width: 4 },
  parkingLease: { prefix: 'CW', name: '车位使用登记', period: 'year', joiner: '', width: 4 },
  visit: { prefix: 'BF', name: '拜访记录', period: 'year', joiner: '', width: 4 },
} as const satisfies Record<string, DocSeries>;

export type DocSeriesKey = keyof typeof DOC_SERIES;

/** The period key of a date for a series: `2026` (yearly) or `202611` (monthly), office time. */
export function periodKey(series: Pick<DocSeries, 'period'>, date: string): string {
  const day = officeDateOf(date);
  return series.period === 'year' ? day.slice(0, 4) : day.slice(0, 4) + day.slice(5, 7);
}

/**
 * A desk's series code: 1–3 upper-case letters or digits starting with a letter ('' = the first
 * desk's unlettered series). A letter first keeps `SJ2026-B-000123` apart from any period.
 */
export const DESK_SERIES_PATTERN = /^[A-Z][A-Z0-9]{0,2}$/;

/** The counters row that holds this desk's series code (`{ key, next: 1, series }`). */
export const DESK_SERIES_KEY = 'desk-series';

export function isDeskSeries(code: string): boolean {
  return code === '' || DESK_SERIES_PATTERN.test(code);
}

function assertDeskSeries(desk: string): void {
  if (!isDeskSeries(desk)) throw new RangeError(`Invalid desk series: ${desk}`);
}

/**
 * `formatDocNo(DOC_SERIES.receipt, '2026', 123)` → `SJ2026-000123`;
 * with desk 'B' → `SJ2026-B-000123`.
 */
export function formatDocNo(series: DocSeries, period: string, seq: number, desk = ''): string {
  assertDeskSeries(desk);
  if (!Number.isSafeInteger(seq) || seq < 1)
    throw new RangeError(`Sequence must be a positive integer: ${seq}`);
  const periodPattern = series.period === 'year' ? /^\d{4}$/ : /^\d{4}(0[1-9]|1[0-2])$/;
  if (!periodPattern.test(period))
    throw new RangeError(`Invalid ${series.period} period: ${period}`);
  const deskPart = desk ? `${desk}-` : '';
  return `${series.prefix}${series.joiner}${period}-${deskPart}${String(seq).padStart(series.width, '0')}`;
}

/** The counter row key of a series and period, e.g. `counter:SJ:2026` (desk B: `counter:SJ:B:2026`). */
export function counterKey(series: Pick<DocSeries, 'prefix'>, period: string, desk = ''): string {
  assertDeskSeries(desk);
  return desk ? `counter:${series.prefix}:${desk}:${period}` : `counter:${series.prefix}:${period}`;
}

/** A document number taken apart. */
export interface ParsedDocNo {
  series: DocSeriesKey;
  period: string;
  seq: number;
  /** The desk series; absent for the first desk's unlettered numbers. */
  desk?: string;
}

const SERIES_PATTERNS = Object.keys(DOC_SERIES)
  .filter((k): k is DocSeriesKey => k in DOC_SERIES)
  .map((key) => {
    const s: DocSeries = DOC_SERIES[key];
    const period = s.period === 'year' ? '(\\d{4})' : '(\\d{4}(?:0[1-9]|1[0-2]))';
    const desk = '(?:([A-Z][A-Z0-9]{0,2})-)?';
    return {
      key,
      pattern: new RegExp(`^${s.prefix}${s.joiner}${period}-${desk}(\\d{${s.width},})$`),
    };
  });

/**
 * Reads a number typed or scanned back (`sj2026-000123`, ` TS-202611-0007 `) into its parts,
 * or null when it is not a number of one of our series.
 */
export function parseDocNo(text: string): ParsedDocNo | null {
  const t = text.trim().toUpperCase();
  for (const { key, pattern } of SERIES_PATTERNS) {
    const m = pattern.exec(t);
    if (!m) continue;
    const seq = Number(m[3]);
    if (seq < 1 || !Number.isSafeInteger(seq)) return null;
    const parsed: ParsedDocNo = { series: key, period: m[1] ?? '', seq };
    if (m[2]) parsed.desk = m[2];
    return parsed;
  }
  return null;
}

/** What a repository needs to issue one number inside its transaction. */
export interface DocNoAllocation {
  /** Counter row key. */
  key: string;
  docNo: string;
  /** Value to store back in the counter row. */
  next: number;
}

/**
 * The number to issue for a document dated `date`, given the counter row's current `next`
 * (undefined when the period has no row yet, i.e. its first document).
 */
export function allocateDocNo(
  series: DocSeries,
  date: string,
  next: number | undefined,
  desk = '',
): DocNoAllocation {
  const period = periodKey(series, date);
  const seq = next ?? 1;
  return {
    key: counterKey(series, period, desk),
    docNo: formatDocNo(series, period, seq, desk),
    next: seq + 1,
  };
}
