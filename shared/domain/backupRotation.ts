/**
 * Backup naming and rotation. Policy: keep the newest backup of each of the last `keepDaily`
 * office days that have one, plus the newest of each of the last `keepMonthly` months; never
 * delete the newest file overall, and never touch a file that is not ours.
 */
import { OFFICE_UTC_OFFSET_MS, officeDateOf, parseInstant } from './officeTime';

export const BACKUP_EXTENSION = 'tzbak';
const NAME_RE = /^taizhang-(\d{8})-(\d{6})(?:-[a-z]+)?\.tzbak$/;

export interface BackupRotationSettings {
  keepDaily: number;
  keepMonthly: number;
}

export const DEFAULT_BACKUP_ROTATION: BackupRotationSettings = { keepDaily: 14, keepMonthly: 12 };

/** `taizhang-20261123-183005-daily.tzbak`: office (China) time, so names sort by time. */
export function backupFileName(createdAt: string, reason: string): string {
  const office = new Date(parseInstant(createdAt) + OFFICE_UTC_OFFSET_MS).toISOString();
  const stamp = `${office.slice(0, 10).replaceAll('-', '')}-${office.slice(11, 19).replaceAll(':', '')}`;
  return `taizhang-${stamp}-${reason}.${BACKUP_EXTENSION}`;
}

/** The office-time stamp of one of our backup names (`20261123-183005`), else undefined. */
export function backupNameStamp(name: string): string | undefined {
  const m = NAME_RE.exec(name);
  return m ? `${m[1]}-${m[2]}` : undefined;
}

/** Which of `names` to delete. Files whose names are not ours are never returned. */
export function backupsToDelete(names: readonly string[], s: BackupRotationSettings): string[] {
  const ours = names
    .map((name) => ({ name, stamp: backupNameStamp(name) }))
    .filter((f): f is { name: string; stamp: string } => f.stamp !== undefined)
    .sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0));
  const keep = new Set<string>();
  const days = new Set<string>();
  const months = new Set<string>();
  if (ours[0]) keep.add(ours[0].name);
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

/** A daily backup is due when none has been written yet on the current office (China) day. */
export function isDailyBackupDue(lastAt: string | undefined, now: string): boolean {
  if (lastAt === undefined) return true;
  return officeDateOf(lastAt) < officeDateOf(now);
}
