import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupNameDesk,
  backupsToDelete,
  effectiveLastBackup,
  isDailyBackupDue,
  lastBackupFromNames,
} from '@shared/domain/backupRotation';

const NOW = '2026-11-23T02:30:00.000Z';
const ctx = { now: NOW, desk: 'dtest1' };

describe('backupFileName', () => {
  it('names by office (China) time, with the desk code when there is one', () => {
    expect(backupFileName('2026-11-23T16:05:09.000Z', 'quit')).toBe(
      'taizhang-20261124-000509-quit.tzbak',
    );
    expect(backupFileName('2026-11-23T16:05:09.000Z', 'quit', 'dk7m2')).toBe(
      'taizhang-dk7m2-20261124-000509-quit.tzbak',
    );
    expect(backupNameDesk('taizhang-dk7m2-20261124-000509-quit.tzbak')).toBe('dk7m2');
    expect(backupNameDesk('taizhang-20261124-000509-quit.tzbak')).toBe('');
    expect(backupNameDesk('other.tzbak')).toBeUndefined();
  });
});

describe('backupsToDelete', () => {
  const n = (stamp: string, desk = 'dtest1') => `taizhang-${desk}-${stamp}-daily.tzbak`;
  it('keeps the newest per day and per month and ignores foreign names', () => {
    const names = [
      n('20260105-090000'),
      n('20260106-090000'),
      n('20260106-180000'),
      n('20260201-090000'),
      'x.tzbak',
    ];
    // Day kept: 02-01. Months kept: February (02-01) and January's newest (01-06 18:00).
    expect(backupsToDelete(names, { keepDaily: 1, keepMonthly: 2 }, ctx).sort()).toEqual([
      n('20260105-090000'),
      n('20260106-090000'),
    ]);
  });

  it('never deletes the newest file, even when keeping nothing', () => {
    expect(
      backupsToDelete(
        [n('20260101-000000'), n('20260102-000000')],
        { keepDaily: 0, keepMonthly: 0 },
        ctx,
      ),
    ).toEqual([n('20260101-000000')]);
  });

  it('finding 4: never deletes the file just written, whatever its date', () => {
    const days = Array.from({ length: 20 }, (_, i) =>
      n(`202611${String(i + 1).padStart(2, '0')}-090000`),
    );
    const old = n('20000101-090000');
    const out = backupsToDelete(
      [...days, old],
      { keepDaily: 14, keepMonthly: 12 },
      {
        ...ctx,
        justWritten: old,
      },
    );
    expect(out).not.toContain(old);
  });

  it('finding 4: with the clock set back, files dated after now are kept and do not count', () => {
    const future = n('20301231-090000');
    const today = n('20261123-090000');
    const out = backupsToDelete([future, today], { keepDaily: 1, keepMonthly: 0 }, ctx);
    expect(out).toEqual([]);
  });

  it('finding 4: another desk’s files are never rotated', () => {
    const mine = [n('20261122-090000'), n('20261123-090000')];
    const theirs = [n('20261122-080000', 'dother'), n('20261123-080000', 'dother')];
    expect(backupsToDelete([...mine, ...theirs], { keepDaily: 1, keepMonthly: 0 }, ctx)).toEqual([
      mine[0],
    ]);
  });
});

describe('isDailyBackupDue', () => {
  it('is due on a new office day or with no backup at all', () => {
    expect(isDailyBackupDue(undefined, '2026-11-23T01:00:00.000Z')).toBe(true);
    expect(isDailyBackupDue('2026-11-22T15:59:00.000Z', '2026-11-22T16:01:00.000Z')).toBe(true);
    expect(isDailyBackupDue('2026-11-22T16:01:00.000Z', '2026-11-23T15:00:00.000Z')).toBe(false);
  });

  it('finding 4: a last backup dated in the future does not stop daily backups', () => {
    expect(isDailyBackupDue('2030-01-01T00:00:00.000Z', NOW)).toBe(true);
  });
});

describe('the last backup, from the files’ own names by the host’s clock', () => {
  it('takes this desk’s newest name not after now', () => {
    const names = [
      'taizhang-dtest1-20261122-090000-daily.tzbak',
      'taizhang-dtest1-20301231-090000-daily.tzbak', // future: the clock was wrong once
      'taizhang-dother-20261123-100000-daily.tzbak', // another desk's
    ];
    expect(lastBackupFromNames(names, 'dtest1', NOW)).toBe('2026-11-22T01:00:00.000Z');
    expect(lastBackupFromNames([], 'dtest1', NOW)).toBeUndefined();
  });

  it('finding 4: a future-dated record does not hide the stale warning', () => {
    expect(effectiveLastBackup(['2030-01-01T00:00:00.000Z', undefined], NOW)).toBeUndefined();
    expect(effectiveLastBackup(['2030-01-01T00:00:00.000Z', '2026-11-20T00:00:00.000Z'], NOW)).toBe(
      '2026-11-20T00:00:00.000Z',
    );
    expect(effectiveLastBackup(['not a date'], NOW)).toBeUndefined();
  });
});
