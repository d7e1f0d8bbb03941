import { describe, expect, it } from 'vitest';
import { buildCalendar, formatOfficeDateTime } from '@shared/domain/calendar';
import {
  caseFixDue,
  closedOnTime,
  nextCaseDeadline,
  openDeadlines,
  type CaseDeadlineFacts,
} from '@shared/domain/complaintDeadlines';
import {
  CaseRuleError,
  assertCanApply,
  caseStatusLabel,
  checkRevisit,
  isCaseActive,
  statusAfter,
} from '@shared/domain/complaints';
import { revisitSchema } from '@shared/domain/complaintSchemas';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';

const cal = buildCalendar();
const s = DEFAULT_DEADLINES;
const local = formatOfficeDateTime;

function complaint(over: Partial<CaseDeadlineFacts> = {}): CaseDeadlineFacts {
  return { kind: 'complaint', status: 'open', receivedAt: '2026-04-30T15:00:00+08:00', ...over };
}

describe('complaint deadlines on the working-day calendar', () => {
  it('a major complaint received the afternoon before May Day is due the first day back', () => {
    const c = complaint({ severity: 'major' });
    // 1–5 May 2026 are the holiday; Wednesday 6 May is the first working day.
    expect(local(caseFixDue(c, s, cal))).toBe('2026-05-06 15:00');
    // Feedback counts clock hours, holiday or not.
    expect(openDeadlines(c, s, cal).map((d) => [d.kind, local(d.due)])).toEqual([
      ['feedback', '2026-05-01 15:00'],
      ['fix', '2026-05-06 15:00'],
    ]);
  });

  it('a general complaint counts the make-up Saturday as a working day', () => {
    // Thursday 7 May + 3: Friday 8, Saturday 9 (调休上班), Monday 11.
    const c = complaint({ receivedAt: '2026-05-07T10:00:00+08:00', severity: 'general' });
    expect(local(caseFixDue(c, s, cal))).toBe('2026-05-11 10:00');
  });

  it('a complaint received on a weekend is due at the end of the working day', () => {
    const c = complaint({ receivedAt: '2026-05-16T09:30:00+08:00', severity: 'major' });
    expect(local(caseFixDue(c, s, cal))).toBe('2026-05-18 23:59');
  });

  it('an unclassified complaint counts as general; an agreed date replaces the rule', () => {
    expect(local(caseFixDue(complaint(), s, cal))).toBe('2026-05-08 15:00');
    const agreed = complaint({ severity: 'major', agreedDueAt: '2026-05-12T17:00:00+08:00' });
    expect(local(caseFixDue(agreed, s, cal))).toBe('2026-05-12 17:00');
  });

  it('a reopened case gets a fresh fix period and no second feedback clock', () => {
    const c = complaint({
      severity: 'major',
      feedbackAt: '2026-04-30T16:00:00+08:00',
      reopenedAt: '2026-05-08T11:00:00+08:00',
    });
    // Friday 8 May + 1 working day = Saturday 9 May, a make-up working day.
    expect(openDeadlines(c, s, cal).map((d) => [d.kind, local(d.due)])).toEqual([
      ['fix', '2026-05-09 11:00'],
    ]);
  });

  it('is on time up to and including the deadline moment', () => {
    const c = complaint({ severity: 'major' });
    expect(closedOnTime(c, '2026-05-06T15:00:00+08:00', s, cal)).toBe(true);
    expect(closedOnTime(c, '2026-05-06T15:00:01+08:00', s, cal)).toBe(false);
  });

  it('after closing, the revisit is due 3 days later for every complaint (004)', () => {
    const closedAt = '2026-05-06T14:00:00+08:00';
    const major = complaint({ severity: 'major', status: 'closed', closedAt });
    const general = complaint({ severity: 'general', status: 'closed', closedAt });
    expect(openDeadlines(major, s, cal).map((d) => [d.kind, local(d.due)])).toEqual([
      ['revisit', '2026-05-09 14:00'],
    ]);
    expect(local(openDeadlines(general, s, cal)[0]!.due)).toBe('2026-05-09 14:00');
  });

  it('turns amber before and red after the next deadline', () => {
    const c = complaint({ severity: 'major', feedbackAt: '2026-04-30T16:00:00+08:00' });
    expect(nextCaseDeadline(c, '2026-05-05T16:00:00+08:00', s, cal)?.state).toBe('soon');
    expect(nextCaseDeadline(c, '2026-05-05T14:00:00+08:00', s, cal)?.state).toBe('ok');
    expect(nextCaseDeadline(c, '2026-05-06T15:01:00+08:00', s, cal)).toMatchObject({
      kind: 'fix',
      state: 'overdue',
    });
    // The feedback clock warns only 4 hours ahead.
    const fresh = complaint({ severity: 'major' });
    expect(nextCaseDeadline(fresh, '2026-05-01T10:00:00+08:00', s, cal)).toMatchObject({
      kind: 'feedback',
      state: 'ok',
    });
    expect(nextCaseDeadline(fresh, '2026-05-01T11:00:00+08:00', s, cal)?.state).toBe('soon');
  });

  it('has nothing due on a revisited complaint or an answered suggestion', () => {
    expect(nextCaseDeadline(complaint({ status: 'revisited' }), '2026-05-01', s, cal)).toBeNull();
    expect(openDeadlines(complaint({ kind: 'suggestion', status: 'closed' }), s, cal)).toEqual([]);
  });

  it('gives an open suggestion only its reply deadline (issue 17)', () => {
    expect(openDeadlines(complaint({ kind: 'suggestion' }), s, cal).map((d) => d.kind)).toEqual([
      'reply',
    ]);
  });
});

describe('the case state machine', () => {
  it('runs a complaint from intake to revisit', () => {
    expect(statusAfter('complaint', 'open', 'classify')).toBe('open');
    expect(statusAfter('complaint', 'open', 'dispatch')).toBe('dispatched');
    expect(statusAfter('complaint', 'dispatched', 'dispatch')).toBe('dispatched');
    expect(statusAfter('complaint', 'dispatched', 'close')).toBe('closed');
    expect(statusAfter('complaint', 'closed', 'revisit', 'satisfied')).toBe('revisited');
    expect(statusAfter('complaint', 'closed', 'revisit', 'fair')).toBe('revisited');
  });

  it('reopens on 不满意, which needs a reason', () => {
    expect(statusAfter('complaint', 'closed', 'revisit', 'unsatisfied')).toBe('open');
    expect(() => checkRevisit('unsatisfied', '  ')).toThrow('客户不满意时请填写原因');
    expect(() => checkRevisit('unsatisfied', '楼道灯仍然不亮')).not.toThrow();
    const parsed = revisitSchema.safeParse({ method: 'phone', satisfaction: 'unsatisfied' });
    expect(parsed.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['comment', '客户不满意时请填写原因'],
    ]);
  });

  it('refuses steps out of order with a Chinese message', () => {
    expect(() => statusAfter('complaint', 'open', 'revisit', 'satisfied')).toThrow(CaseRuleError);
    expect(() => assertCanApply('complaint', 'closed', 'close')).toThrow(
      '该投诉当前状态为「已处理待回访」，不能进行此操作',
    );
    expect(() => assertCanApply('complaint', 'revisited', 'dispatch')).toThrow(CaseRuleError);
    expect(() => assertCanApply('suggestion', 'open', 'revisit')).toThrow(
      '该建议当前状态为「待处理」',
    );
  });

  it('closes a suggestion with its reply', () => {
    expect(statusAfter('suggestion', 'open', 'reply')).toBe('closed');
    expect(caseStatusLabel('suggestion', 'closed')).toBe('已答复');
    expect(isCaseActive('suggestion', 'closed')).toBe(false);
    expect(isCaseActive('complaint', 'closed')).toBe(true);
  });
});
