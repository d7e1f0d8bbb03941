import { describe, expect, it } from 'vitest';
import { buildCalendar, formatOfficeDateTime } from '@shared/domain/calendar';
import {
  COMPLAINT_REVISIT_OPTIONS,
  DEFAULT_DEADLINES,
  complaintFeedbackDue,
  complaintFixDue,
  complaintRevisitDue,
  deadlineSettingsSchema,
  depositRefundDue,
  dueState,
  isBackupStale,
  isMailUncollectedTooLong,
  renovationReviewDue,
  repairRevisitSamplingDate,
} from '@shared/domain/deadlines';
import { settings } from '../../renderer/src/i18n/zh-CN/settings';

const cal = buildCalendar();
const s = DEFAULT_DEADLINES;
const local = formatOfficeDateTime;

describe('deadline settings', () => {
  it('has the manuals’ defaults', () => {
    expect(DEFAULT_DEADLINES).toEqual({
      renovationReviewWorkingDays: 5,
      renovationDepositRefundWorkingDays: 7,
      passDepositRefundWorkingDays: 3,
      complaintFeedbackHours: 24,
      complaintFixMajorWorkingDays: 1,
      complaintFixGeneralWorkingDays: 3,
      complaintRevisitMajorDays: 3,
      complaintRevisitGeneralDays: 3,
      repairRevisitSamplingDay: 26,
      mailUncollectedWarnDays: 3,
      backupWarnDays: 2,
      surveySummaryDays: 2,
      surveyMeasuresDays: 3,
      surveyRevisitDays: 14,
      eventRevisitDays: 5,
      aidRevisitDays: 7,
      dueSoonHours: 24,
      feedbackDueSoonHours: 4,
      enquirySettleWorkingDays: 1,
      suggestionReplyWorkingDays: 5,
    });
  });

  it('fills missing fields with the defaults', () => {
    expect(deadlineSettingsSchema.parse({})).toEqual(DEFAULT_DEADLINES);
    expect(deadlineSettingsSchema.parse({ renovationDepositRefundWorkingDays: 3 })).toMatchObject({
      renovationDepositRefundWorkingDays: 3,
      passDepositRefundWorkingDays: 3,
      renovationReviewWorkingDays: 5,
    });
  });

  it('refuses zero, fractions and a sampling day past the 28th with Chinese messages', () => {
    const r = deadlineSettingsSchema.safeParse({
      complaintFeedbackHours: 0,
      complaintFixMajorWorkingDays: 1.5,
      repairRevisitSamplingDay: 31,
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['complaintFeedbackHours', '至少为 1'],
      ['complaintFixMajorWorkingDays', '请输入整数'],
      ['repairRevisitSamplingDay', '不能超过 28'],
    ]);
  });

  it('the settings page labels every setting', () => {
    const labels = settings.deadlines.fields;
    expect(Object.keys(labels).sort()).toEqual(Object.keys(DEFAULT_DEADLINES).sort());
  });
});

describe('dueState', () => {
  const due = '2026-05-06T15:00:00+08:00';
  it.each([
    ['2026-05-05T14:59:00+08:00', 'ok'],
    ['2026-05-05T15:00:00+08:00', 'soon'], // exactly 24 h before
    ['2026-05-06T14:00:00+08:00', 'soon'],
    ['2026-05-06T15:00:00+08:00', 'soon'], // the due moment itself is still in time
    ['2026-05-06T15:00:01+08:00', 'overdue'],
  ] as const)('at %s → %s', (now, expected) => {
    expect(dueState(due, now, 24)).toBe(expected);
  });

  it('compares instants, not strings in different zones', () => {
    expect(dueState('2026-05-06T07:00:00.000Z', '2026-05-06T14:30:00+08:00', 0)).toBe('ok');
    expect(dueState('2026-05-06T07:00:00.000Z', '2026-05-06T15:30:00+08:00', 0)).toBe('overdue');
  });

  it('refuses a negative warning window', () => {
    expect(() => dueState(due, due, -1)).toThrow(RangeError);
  });
});

describe('due dates', () => {
  it('complaint feedback: 24 clock hours, even over May Day', () => {
    expect(local(complaintFeedbackDue('2026-04-30 15:00', s))).toBe('2026-05-01 15:00');
  });

  it('complaint fix: 1 working day major, 3 general', () => {
    expect(local(complaintFixDue('2026-04-30 15:00', 'major', s, cal))).toBe('2026-05-06 15:00');
    // 6 May (1), 7 May (2), 8 May (3)
    expect(local(complaintFixDue('2026-04-30 15:00', 'general', s, cal))).toBe('2026-05-08 15:00');
  });

  it('complaint revisit: 3 calendar days after handling for every complaint (004)', () => {
    expect(local(complaintRevisitDue('2026-05-06 16:00', 'major', s))).toBe('2026-05-09 16:00');
    expect(local(complaintRevisitDue('2026-05-06 16:00', 'general', s))).toBe('2026-05-09 16:00');
  });

  it('complaint revisit: 001’s week and 002’s two weeks stay available as settings', () => {
    const weeks = { ...s, complaintRevisitMajorDays: 7, complaintRevisitGeneralDays: 14 };
    expect(local(complaintRevisitDue('2026-05-06 16:00', 'major', weeks))).toBe('2026-05-13 16:00');
    expect(local(complaintRevisitDue('2026-05-06 16:00', 'general', weeks))).toBe(
      '2026-05-20 16:00',
    );
    expect(COMPLAINT_REVISIT_OPTIONS.complaintRevisitGeneralDays.map((o) => o.days)).toEqual([
      3, 7, 14,
    ]);
    expect(COMPLAINT_REVISIT_OPTIONS.complaintRevisitMajorDays.map((o) => o.days)).toEqual([3, 7]);
  });

  it('renovation review: 5 working days over National Day', () => {
    // Tue 29 Sep: 30 Sep (1), 8 Oct (2), 9 Oct (3), Sat 10 Oct make-up (4), 12 Oct (5)
    expect(local(renovationReviewDue('2026-09-29 10:00', s, cal))).toBe('2026-10-12 10:00');
  });

  it('deposit refunds: 7 working days for the renovation deposit, 3 for passes', () => {
    // Mon 11 May: 12,13,14,15 (4), 18,19,20 (7)
    expect(local(depositRefundDue('2026-05-11 09:00', 'renovation', s, cal))).toBe(
      '2026-05-20 09:00',
    );
    expect(local(depositRefundDue('2026-05-11 09:00', 'pass', s, cal))).toBe('2026-05-14 09:00');
  });

  it('repair revisit sampling date', () => {
    expect(repairRevisitSamplingDate('2026-11', s)).toBe('2026-11-26');
    expect(repairRevisitSamplingDate('2026-02', { ...s, repairRevisitSamplingDay: 5 })).toBe(
      '2026-02-05',
    );
    expect(() => repairRevisitSamplingDate('2026-13', s)).toThrow(RangeError);
  });

  it('mail uncollected after 3 days', () => {
    expect(isMailUncollectedTooLong('2026-05-06 10:00', '2026-05-09 09:59', s)).toBe(false);
    expect(isMailUncollectedTooLong('2026-05-06 10:00', '2026-05-09 10:00', s)).toBe(true);
  });

  it('backup warning after 2 days or when there never was one', () => {
    expect(isBackupStale(undefined, '2026-05-06 10:00', s)).toBe(true);
    expect(isBackupStale('2026-05-05 10:00', '2026-05-06 10:00', s)).toBe(false);
    expect(isBackupStale('2026-05-04 10:00', '2026-05-06 10:00', s)).toBe(true);
  });

  it('a new install without a backup counts the warning period from its first run', () => {
    const firstRun = '2026-05-04 10:00';
    expect(isBackupStale(undefined, '2026-05-04 10:05', s, firstRun)).toBe(false);
    expect(isBackupStale(undefined, '2026-05-06 09:59', s, firstRun)).toBe(false);
    expect(isBackupStale(undefined, '2026-05-06 10:00', s, firstRun)).toBe(true);
    // A backup made counts, not the first run.
    expect(isBackupStale('2026-05-07 10:00', '2026-05-08 10:00', s, firstRun)).toBe(false);
  });
});
