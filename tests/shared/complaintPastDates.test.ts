import { describe, expect, it } from 'vitest';
import { buildCalendar } from '@shared/domain/calendar';
import { closedOnTime } from '@shared/domain/complaintDeadlines';
import { checkCaseDate, countsLate, isPastDate } from '@shared/domain/complaintPastDates';
import { CaseRuleError } from '@shared/domain/complaints';
import {
  agreeDateSchema,
  departmentReplySchema,
  pastDateCheck,
} from '@shared/domain/complaintSchemas';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';

// Tuesday 17 November 2026, 10:30 office time.
const NOW = '2026-11-17T02:30:00.000Z';
const cal = buildCalendar();

describe('a complaint deadline or agreed date in the past', () => {
  it('is refused without a reason, with the Chinese message', () => {
    expect(() => checkCaseDate('dueAt', '2026-11-16T17:30:00+08:00', NOW, '')).toThrow(
      new CaseRuleError(
        '约定日期早于当前时间，请选择今后的时间；确需补录请填写补录原因（该投诉将计为未按时）',
      ),
    );
    expect(() => checkCaseDate('dueBy', '2026-11-17T10:00:00+08:00', NOW, '  ')).toThrow(
      /^完成期限早于当前时间/,
    );
  });

  it('is accepted with a reason and reported as past', () => {
    expect(checkCaseDate('dueAt', '2026-11-16T17:30:00+08:00', NOW, '电话中已约定，今日补录')).toBe(
      true,
    );
  });

  it('is no concern for a date ahead, or at this very minute', () => {
    expect(checkCaseDate('dueAt', '2026-11-17T17:30:00+08:00', NOW, '')).toBe(false);
    expect(isPastDate(NOW, NOW)).toBe(false);
  });

  it('makes the case late whenever it closes', () => {
    const c = {
      kind: 'complaint' as const,
      status: 'open' as const,
      receivedAt: '2026-11-16T09:00:00+08:00',
      agreedDueAt: '2026-11-30T17:30:00+08:00',
    };
    const closedAt = '2026-11-17T11:00:00+08:00';
    expect(closedOnTime(c, closedAt, DEFAULT_DEADLINES, cal)).toBe(true);
    const backdated = { ...c, pastDateReason: '补录' };
    expect(countsLate(backdated)).toBe(true);
    expect(closedOnTime(backdated, closedAt, DEFAULT_DEADLINES, cal)).toBe(false);
  });
});

describe('the form check', () => {
  const agree = agreeDateSchema.superRefine(pastDateCheck('dueAt', () => NOW));
  const reply = departmentReplySchema.superRefine(pastDateCheck('dueBy', () => NOW));

  it('puts the message at the date field until a reason is typed', () => {
    const past = { dueAt: '2026-11-16T17:30:00+08:00', note: '客户同意' };
    const r = agree.safeParse(past);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'dueAt',
        '约定日期早于当前时间，请选择今后的时间；确需补录请填写补录原因（该投诉将计为未按时）',
      ],
    ]);
    expect(agree.safeParse({ ...past, pastReason: '昨日电话约定，今日补录' }).success).toBe(true);
    expect(agree.safeParse({ ...past, dueAt: '2026-11-18T17:30:00+08:00' }).success).toBe(true);
  });

  it('checks the department’s 完成期限 the same way', () => {
    const r = reply.safeParse({ action: '更换灯管', dueBy: '2026-11-10T17:30:00+08:00' });
    expect(r.error?.issues[0]?.path).toEqual(['dueBy']);
    expect(r.error?.issues[0]?.message).toMatch(/^完成期限早于当前时间/);
  });
});
