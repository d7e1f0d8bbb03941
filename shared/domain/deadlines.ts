/**
 * Deadline settings (期限设置) and the due dates derived from them.
 *
 * Defaults come from the manuals (see domain brief §2–§5); where two manuals disagree the
 * brief's chosen default is used and the value is a setting:
 * - renovation review 5 working days after a complete application (001);
 * - renovation deposit refund 7 working days after acceptance (001 fee table; the procedure
 *   text says 3) and pass deposit refund 3 working days;
 * - complaint feedback within 24 clock hours of receipt (001);
 * - complaint fixed within 1 (major) / 3 (general) working days of receipt (002);
 * - revisit within 3 days of handling for every complaint (004, the desk's own work instruction and
 *   the strictest; 001 says one week, 002 one week major / two weeks general), in calendar days;
 * - repair revisit sampling on the 26th of each month (004);
 * - mail uncollected for 3 days is listed; no backup for 2 days raises a warning;
 * - an enquiry not settled 1 working day after receipt is on its owner's board, and a
 *   suggestion is answered within 5 working days (no manual gives a figure: the office sets it).
 * - satisfaction surveys (002): opinions summarised and sent within 2 days of the collection's
 *   end, the department's written measures within 3 days, the customer revisited within 14 days
 *   (calendar days: the manuals say days);
 * - community events: participants revisited within 5 days; emergency aid within a week (004).
 * Due moments are stored as UTC ISO strings; a deadline is met up to and including its moment.
 */
import { z } from 'zod';
import {
  addCalendarDays,
  addHours,
  addWorkingDays,
  parseInstant,
  type WorkCalendar,
} from './calendar';

/** All deadline settings, with the manuals' defaults. */
export interface DeadlineSettings {
  renovationReviewWorkingDays: number;
  renovationDepositRefundWorkingDays: number;
  passDepositRefundWorkingDays: number;
  complaintFeedbackHours: number;
  complaintFixMajorWorkingDays: number;
  complaintFixGeneralWorkingDays: number;
  complaintRevisitMajorDays: number;
  complaintRevisitGeneralDays: number;
  repairRevisitSamplingDay: number;
  mailUncollectedWarnDays: number;
  backupWarnDays: number;
  surveySummaryDays: number;
  surveyMeasuresDays: number;
  surveyRevisitDays: number;
  eventRevisitDays: number;
  aidRevisitDays: number;
  /** A deadline turns amber this many hours before it falls due. */
  dueSoonHours: number;
  /** The same for the short 24-hour feedback clock. */
  feedbackDueSoonHours: number;
  /** An open enquiry (咨询) reaches its owner's today board this many working days after receipt. */
  enquirySettleWorkingDays: number;
  /** A suggestion (建议) is answered within this many working days of receipt. */
  suggestionReplyWorkingDays: number;
}

/** The defaults, as written in the manuals. */
export const DEFAULT_DEADLINES = {
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
} as const satisfies DeadlineSettings;

/** The revisit periods the manuals name, offered beside the setting: 004 (default), 001, 002. */
export const COMPLAINT_REVISIT_OPTIONS = {
  complaintRevisitMajorDays: [
    { days: 3, sources: ['004'] },
    { days: 7, sources: ['001', '002'] },
  ],
  complaintRevisitGeneralDays: [
    { days: 3, sources: ['004'] },
    { days: 7, sources: ['001'] },
    { days: 14, sources: ['002'] },
  ],
} as const satisfies Partial<
  Record<keyof DeadlineSettings, readonly { days: number; sources: readonly string[] }[]>
>;

const count = (max: number, fallback: number) =>
  z.int('请输入整数').min(1, '至少为 1').max(max, `不能超过 ${max}`).default(fallback);

/** Settings schema: missing fields take their defaults; bad values get Chinese messages. */
export const deadlineSettingsSchema = z.object({
  renovationReviewWorkingDays: count(60, DEFAULT_DEADLINES.renovationReviewWorkingDays),
  renovationDepositRefundWorkingDays: count(
    60,
    DEFAULT_DEADLINES.renovationDepositRefundWorkingDays,
  ),
  passDepositRefundWorkingDays: count(60, DEFAULT_DEADLINES.passDepositRefundWorkingDays),
  complaintFeedbackHours: count(168, DEFAULT_DEADLINES.complaintFeedbackHours),
  complaintFixMajorWorkingDays: count(30, DEFAULT_DEADLINES.complaintFixMajorWorkingDays),
  complaintFixGeneralWorkingDays: count(30, DEFAULT_DEADLINES.complaintFixGeneralWorkingDays),
  complaintRevisitMajorDays: count(60, DEFAULT_DEADLINES.complaintRevisitMajorDays),
  complaintRevisitGeneralDays: count(60, DEFAULT_DEADLINES.complaintRevisitGeneralDays),
  // 28 at most, so the sampling day exists in every month.
  repairRevisitSamplingDay: count(28, DEFAULT_DEADLINES.repairRevisitSamplingDay),
  mailUncollectedWarnDays: count(60, DEFAULT_DEADLINES.mailUncollectedWarnDays),
  backupWarnDays: count(60, DEFAULT_DEADLINES.backupWarnDays),
  surveySummaryDays: count(30, DEFAULT_DEADLINES.surveySummaryDays),
  surveyMeasuresDays: count(30, DEFAULT_DEADLINES.surveyMeasuresDays),
  surveyRevisitDays: count(60, DEFAULT_DEADLINES.surveyRevisitDays),
  eventRevisitDays: count(30, DEFAULT_DEADLINES.eventRevisitDays),
  aidRevisitDays: count(30, DEFAULT_DEADLINES.aidRevisitDays),
  dueSoonHours: count(168, DEFAULT_DEADLINES.dueSoonHours),
  feedbackDueSoonHours: count(24, DEFAULT_DEADLINES.feedbackDueSoonHours),
  enquirySettleWorkingDays: count(30, DEFAULT_DEADLINES.enquirySettleWorkingDays),
  suggestionReplyWorkingDays: count(60, DEFAULT_DEADLINES.suggestionReplyWorkingDays),
}) satisfies z.ZodType<DeadlineSettings, unknown>;

/** Colour of a deadline: ok (plain), soon (amber), overdue (red). */
export type DueState = 'ok' | 'soon' | 'overdue';

/**
 * State of a deadline at `now`: overdue once `now` is past `due`, soon within `warnHours`
 * before it (inclusive), ok otherwise.
 */
export function dueState(due: string, now: string, warnHours: number): DueState {
  if (!(warnHours >= 0)) throw new RangeError(`warnHours must be ≥ 0: ${warnHours}`);
  const left = parseInstant(due) - parseInstant(now);
  if (left < 0) return 'overdue';
  return left <= warnHours * 3_600_000 ? 'soon' : 'ok';
}

export type Severity = 'major' | 'general';

/** Feedback to the customer is due 24 clock hours (setting) after receipt. */
export function complaintFeedbackDue(receivedAt: string, s: DeadlineSettings): string {
  return addHours(receivedAt, s.complaintFeedbackHours);
}

/** The complaint must be fixed within 1 (major) / 3 (general) working days of receipt. */
export function complaintFixDue(
  receivedAt: string,
  severity: Severity,
  s: DeadlineSettings,
  cal: WorkCalendar,
): string {
  const days =
    severity === 'major' ? s.complaintFixMajorWorkingDays : s.complaintFixGeneralWorkingDays;
  return addWorkingDays(receivedAt, days, cal);
}

/** A suggestion is answered within N working days (setting) of receipt. */
export function suggestionReplyDue(
  receivedAt: string,
  s: Pick<DeadlineSettings, 'suggestionReplyWorkingDays'>,
  cal: WorkCalendar,
): string {
  return addWorkingDays(receivedAt, s.suggestionReplyWorkingDays, cal);
}

/** The revisit is due 3 calendar days after handling (a setting per severity). */
export function complaintRevisitDue(
  handledAt: string,
  severity: Severity,
  s: DeadlineSettings,
): string {
  return addCalendarDays(
    handledAt,
    severity === 'major' ? s.complaintRevisitMajorDays : s.complaintRevisitGeneralDays,
  );
}

/** The drawings are reviewed within 5 working days of the application being complete. */
export function renovationReviewDue(
  completeAt: string,
  s: DeadlineSettings,
  cal: WorkCalendar,
): string {
  return addWorkingDays(completeAt, s.renovationReviewWorkingDays, cal);
}

/** Refund of the renovation deposit (7) or of pass deposits (3) after acceptance, in working days. */
export function depositRefundDue(
  acceptedAt: string,
  kind: 'renovation' | 'pass',
  s: DeadlineSettings,
  cal: WorkCalendar,
): string {
  const days =
    kind === 'renovation' ? s.renovationDepositRefundWorkingDays : s.passDepositRefundWorkingDays;
  return addWorkingDays(acceptedAt, days, cal);
}

/** The month's repair revisit sampling date, e.g. `2026-11-26` for month `2026-11`. */
export function repairRevisitSamplingDate(month: string, s: DeadlineSettings): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new RangeError(`Invalid month: ${month}`);
  return `${month}-${String(s.repairRevisitSamplingDay).padStart(2, '0')}`;
}

/** Whether mail received at `receivedAt` has waited the warning period (3 × 24 h) by `now`. */
export function isMailUncollectedTooLong(
  receivedAt: string,
  now: string,
  s: DeadlineSettings,
): boolean {
  return parseInstant(now) - parseInstant(receivedAt) >= s.mailUncollectedWarnDays * 86_400_000;
}

/**
 * Whether the last backup is older than the warning period (2 × 24 h). With no backup ever
 * made the period counts from `firstRunAt` (the desk's set-up), so a new install is not warned
 * in its first days; with neither known it is stale.
 */
export function isBackupStale(
  lastBackupAt: string | undefined,
  now: string,
  s: DeadlineSettings,
  firstRunAt?: string,
): boolean {
  const since = lastBackupAt ?? firstRunAt;
  if (since === undefined) return true;
  return parseInstant(now) - parseInstant(since) >= s.backupWarnDays * 86_400_000;
}
