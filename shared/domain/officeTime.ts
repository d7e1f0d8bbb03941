/**
 * Office time: the estate is in China, whose time zone is UTC+8 all year (no daylight saving
 * since 1991). Domain rules ("which day was it received on?", "which month does this number
 * belong to?") use office dates, independent of the PC's time-zone setting.
 */

/** China Standard Time offset, in milliseconds. */
export const OFFICE_UTC_OFFSET_MS = 8 * 3_600_000;

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** `YYYY-MM-DD` for the given parts, or '' when they do not form a real date. */
export function isoDateFromParts(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || year > 9999 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1)
    return '';
  if (d.getUTCDate() !== day) return '';
  return d.toISOString().slice(0, 10);
}

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined) return OFFICE_UTC_OFFSET_MS;
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 14 || minutes > 59) throw new RangeError(`Invalid time-zone offset: ${zone}`);
  return sign * (hours * 60 + minutes) * 60_000;
}

/**
 * Milliseconds since the epoch of an ISO date or date-time. Without an offset the text is
 * office time (`2026-04-30 15:00` is 15:00 in China); a date alone is office midnight.
 * Throws a RangeError on anything else.
 */
export function parseInstant(iso: string): number {
  const m = INSTANT.exec(iso.trim());
  if (!m) throw new RangeError(`Invalid date-time: ${iso}`);
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m;
  if (!isoDateFromParts(Number(y), Number(mo), Number(d)))
    throw new RangeError(`Invalid date: ${iso}`);
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)
    throw new RangeError(`Invalid time: ${iso}`);
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  return wall - zoneOffsetMs(zone);
}

/** The instant as a UTC ISO string (`2026-04-30T07:00:00.000Z`), the app's storage format. */
export function toIsoInstant(iso: string): string {
  return new Date(parseInstant(iso)).toISOString();
}

/** The office date (`YYYY-MM-DD`) of a date or date-time. */
export function officeDateOf(iso: string): string {
  return new Date(parseInstant(iso) + OFFICE_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** Milliseconds since office midnight of an instant. */
export function officeMsOfDay(epochMs: number): number {
  const local = epochMs + OFFICE_UTC_OFFSET_MS;
  return ((local % 86_400_000) + 86_400_000) % 86_400_000;
}

/** `YYYY-MM-DD HH:mm` in office time, as printed on forms and shown in tests. */
export function formatOfficeDateTime(iso: string): string {
  const local = new Date(parseInstant(iso) + OFFICE_UTC_OFFSET_MS).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

/** A `YYYY-MM-DD` date moved by whole days. */
export function addDaysToDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Milliseconds from an instant to the next office midnight (a full day at midnight itself). */
export function msUntilOfficeMidnight(epochMs: number): number {
  return 86_400_000 - officeMsOfDay(epochMs);
}
