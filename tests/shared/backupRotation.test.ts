import { describe, expect, it } from 'vitest';
import { backupFileName, backupsToDelete, isDailyBackupDue } from '@shared/domain/backupRotation';

describe('backupFileName', () => {
  it('names by office (China) time', () => {
    expect(backupFileName('2026-11-23T16:05:09.000Z', 'quit')).toBe(
      'taizhang-20261124-000509-quit.tzbak',
    );
  });
});

describe('backupsToDelete', () => {
  const n = (stamp: string) => `taizhang-${stamp}-daily.tzbak`;
  it('keeps the newest per day and per month and ignores foreign names', () => {
    const names = [
      n('20260105-090000'),
      n('20260106-090000'),
      n('20260106-180000'),
      n('20260201-090000'),
      'x.tzbak',
    ];
    // Day kept: 02-01. Months kept: February (02-01) and January's newest (01-06 18:00).
    expect(backupsToDelete(names, { keepDaily: 1, keepMonthly: 2 }).sort()).toEqual([
      n('20260105-090000'),
      n('20260106-090000'),
    ]);
  });

  it('never deletes the newest file, even when keeping nothing', () => {
    expect(
      backupsToDelete([n('20260101-000000'), n('20260102-000000')], {
        keepDaily: 0,
        keepMonthly: 0,
      }),
    ).toEqual([n('20260101-000000')]);
  });
});

describe('isDailyBackupDue', () => {
  it('is due on a new office day or with no backup at all', () => {
    expect(isDailyBackupDue(undefined, '2026-11-23T01:00:00.000Z')).toBe(true);
    expect(isDailyBackupDue('2026-11-22T15:59:00.000Z', '2026-11-22T16:01:00.000Z')).toBe(true);
    expect(isDailyBackupDue('2026-11-22T16:01:00.000Z', '2026-11-23T15:00:00.000Z')).toBe(false);
  });
});
