/**
 * Backup naming and rotation. Policy: keep the newest backup of each of the last `keepDaily`
 * office days that have one, plus the newest of each of the last `keepMonthly` months; never
 * delete the file just written, nor the newest file, nor a file dated after "now" (the clock may
 * have been set back: such a file is newer than anything written since); never touch a file that
 * is not ours, nor one another desk wrote (desks may share one folder: the desk's code is in the
 * name). "Now" is the main process's clock and dates come from the files' own names, never from
 * the page (issue 15).
 */
import { OFFICE_UTC_OFFSET_MS, officeDateOf, parseInstant } from './officeTime';

export const BACKUP_EXTENSION = 'tzbak';
// `taizhang-<desk>-20261123-183005-daily.tzbak`; names of earlier releases have no desk code.
const NAME_RE = /^taizhang-(?:([a-z][a-z0-9]{3,11})-)?(\d{8})-(\d{6})(?:-[a-z]+)?\.tzbak$/;
/** A desk's code: a letter, then 3–11 letters or digits (lower case). */
export const DESK_CODE_RE = /^[a-z][a-z0-9]{3,11}$/;

export interface BackupRotationSettings {
  keepDaily: number;
  keepMonthly: number;
}

export const DEFAULT_BACKUP_ROTATION: BackupRotationSettings = { keepDaily: 14, keepMonthly: 12 };

/** The office-time stamp of an instant: `20261123-183005`. */
export function officeStamp(at: string): string {
  const office = new Date(parseInstant(at) + OFFICE_UTC_OFFSET_MS).toISOString();
  return `${office.slice(0, 10).replaceAll('-', '')}-${office.slice(11, 19).replaceAll(':', '')}`;
}

/**
 * `taizhang-d7k2-20261123-183005-daily.tzbak`: the desk's code, then office (China) time, so a
 * desk's names sort by time. Without a desk code (the browser host) the old form is used.
 */
export function backupFileName(createdAt: string, reason: string, desk?: string): string {
  const prefix = desk !== undefined && DESK_CODE_RE.test(desk) ? `taizhang-${desk}` : 'taizhang';
  return `${prefix}-${officeStamp(createdAt)}-${reason}.${BACKUP_EXTENSION}`;
}

/** The office-time stamp of one of our backup names (`20261123-183005`), else undefined. */
export function backupNameStamp(name: string): string | undefined {
  const m = NAME_RE.exec(name);
  return m ? `${m[2]}-${m[3]}` : undefined;
}

/** The desk code in one of our names; '' for an earlier release's name; undefined if not ours. */
export function backupNameDesk(name: string): string | undefined {
  const m = NAME_RE.exec(name);
  return m ? (m[1] ?? '') : undefined;
}

/** The instant an office-time stamp stands for. */
export function stampInstant(stamp: string): string {
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.000Z`;
  return new Date(parseInstant(iso) - OFFICE_UTC_OFFSET_MS).toISOString();
}

export interface RotationContext {
  /** Main's clock. */
  now: string;
  /** This desk's code: only its own files (and earlier releases' unnamed ones) are rotated. */
  desk: string;
  /** The file just written: never deleted, whatever its name says. */
  justWritten?: string;
}

/** Which of `names` to delete. Files whose names are not ours are never returned. */
export function backupsToDelete(
  names: readonly string[],
  s: BackupRotationSettings,
  ctx: RotationContext,
): string[] {
  const nowStamp = officeStamp(ctx.now);
  const ours = names
    .map((name) => ({ name, stamp: backupNameStamp(name), desk: backupNameDesk(name) }))
    .filter(
      (f): f is { name: string; stamp: string; desk: string } =>
        f.stamp !== undefined && (f.desk === ctx.desk || f.desk === ''),
    )
    // Dated after now: kept and left out of the counting (a clock set back must not make
    // everything written since look older than them).
    .filter((f) => f.stamp <= nowStamp)
    .sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0));
  const keep = new Set<string>();
  const days = new Set<string>();
  const months = new Set<string>();
  if (ours[0]) keep.add(ours[0].name);
  if (ctx.justWritten !== undefined) keep.add(ctx.justWritten);
  for (const f of ours) {
    const day = f.stamp.slice(0, 8);
    const month = f.stamp.slice(0, 6);
    if (!days.has(day) && days.size < s.keepDaily) {
      days.add(day);
      keep.add(f.name);
    }
    if (!months.has(month) && months.size < s.keepMonthly) {
      months.add(month);
      keep.add(f.name);
    }
  }
  return ours.filter((f) => !keep.has(f.name)).map((f) => f.name);
}

/**
 * When this desk last backed up, from the files' own names (not from a record the page wrote):
 * the newest of its names that is not dated after `now`. Undefined when there is none.
 */
export function lastBackupFromNames(
  names: readonly string[],
  desk: string,
  now: string,
): string | undefined {
  const nowStamp = officeStamp(now);
  const stamps = names
    .filter((n) => {
      const d = backupNameDesk(n);
      return d === desk || d === '';
    })
    .map(backupNameStamp)
    .filter((s): s is string => s !== undefined && s <= nowStamp)
    .sort();
  const newest = stamps.at(-1);
  return newest === undefined ? undefined : stampInstant(newest);
}

/**
 * A daily backup is due when none has been written yet on the current office (China) day. A
 * "last backup" dated after now does not count (it would stop daily backups until that day).
 */
export function isDailyBackupDue(lastAt: string | undefined, now: string): boolean {
  if (lastAt === undefined) return true;
  if (parseInstant(lastAt) > parseInstant(now)) return true;
  return officeDateOf(lastAt) < officeDateOf(now);
}

/**
 * The last backup to judge "stale" by: the newest of the known times that is not after `now`
 * (the host's clock). A time in the future proves nothing and must not hide the warning.
 */
export function effectiveLastBackup(
  candidates: readonly (string | undefined)[],
  now: string,
): string | undefined {
  const at = parseInstant(now);
  const safe = (c: string) => {
    try {
      return parseInstant(c);
    } catch {
      return Number.NaN;
    }
  };
  return candidates
    .filter((c): c is string => c !== undefined && safe(c) <= at)
    .sort((a, b) => safe(a) - safe(b))
    .at(-1);
}
