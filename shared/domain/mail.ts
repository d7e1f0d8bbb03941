/**
 * Mail and newspapers (信件/报刊), domain brief §5: received from the carrier and signed for by
 * the desk, the addressee told, the collector signs; what waits is listed by age.
 *
 * Policy: an item waits from the moment the desk received it; it is "too long" after the
 * `mailUncollectedWarnDays` setting (deadlines.ts `isMailUncollectedTooLong`). Ages are shown in
 * whole days waited.
 */
import { z } from 'zod';
import { parseInstant } from './officeTime';

export const MAIL_KINDS = [
  'letter',
  'registered',
  'parcel',
  'express',
  'newspaper',
  'magazine',
  'other',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export const NOTIFY_METHODS = ['phone', 'sms', 'wechat', 'notice', 'inPerson'] as const;
export type NotifyMethod = (typeof NOTIFY_METHODS)[number];

export const MAIL_STATUSES = ['waiting', 'collected'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** One row of a morning's delivery. */
export const mailItemInputSchema = z.object({
  kind: z.enum(MAIL_KINDS, '请选择类别'),
  count: z.int('件数须为整数').min(1, '至少 1 件').max(999, '最多 999 件'),
  unitId: z.string().optional(),
  unitCode: z.string().trim().min(1, '请填写收件房号').max(30, '房号最多 30 个字'),
  addressee: z.string().trim().max(30, '收件人最多 30 个字'),
  trackingNo: z.string().trim().max(40, '单号最多 40 个字'),
});
export type MailItemInput = z.output<typeof mailItemInputSchema>;

type RowText = Partial<Record<'unitCode' | 'addressee' | 'trackingNo', unknown>>;

function typed(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * A row with nothing typed into it (no unit, addressee or tracking number): the empty row that
 * Enter leaves at the end of a batch. It is left out, never refused.
 */
export function isBlankMailRow(row: RowText): boolean {
  return !typed(row.unitCode) && !typed(row.addressee) && !typed(row.trackingNo);
}

/**
 * The rows of a delivery: blank rows are dropped; every other row must be a whole item, and its
 * problems keep the row's own index (`items.2.unitCode`), so they show at the row the clerk typed.
 */
const mailRowsSchema = z
  .array(z.record(z.string(), z.unknown()), '至少登记一件')
  .superRefine((rows, ctx) => {
    let kept = 0;
    rows.forEach((row, index) => {
      if (isBlankMailRow(row)) return;
      kept += 1;
      const result = mailItemInputSchema.safeParse(row);
      if (result.success) return;
      for (const issue of result.error.issues)
        ctx.addIssue({ code: 'custom', path: [index, ...issue.path], message: issue.message });
    });
    if (kept === 0) ctx.addIssue({ code: 'custom', message: '至少登记一件' });
  })
  .transform((rows) =>
    rows.filter((row) => !isBlankMailRow(row)).map((row) => mailItemInputSchema.parse(row)),
  );

/** A delivery: the carrier and its rows. */
export const mailBatchInputSchema = z.object({
  carrier: z.string().trim().min(1, '请填写投递单位').max(30, '投递单位最多 30 个字'),
  items: mailRowsSchema,
});
export type MailBatchInput = z.output<typeof mailBatchInputSchema>;

/**
 * The rows that cannot be signed for, each with its problems in Chinese as one line
 * (`请填写收件房号；至少 1 件`), by the row's index in the form. Blank rows have none.
 */
export function mailRowProblems(rows: readonly RowText[]): Map<number, string> {
  const out = new Map<number, string>();
  rows.forEach((row, index) => {
    if (isBlankMailRow(row)) return;
    const result = mailItemInputSchema.safeParse(row);
    if (!result.success)
      out.set(index, [...new Set(result.error.issues.map((i) => i.message))].join('；'));
  });
  return out;
}

/** A resident of the addressee's unit as the notify dialog lists them. */
export interface MailContact {
  name: string;
  kind: string;
  phones: readonly string[];
  moveOutDate?: string | undefined;
}

/**
 * Whom the desk can ring about an item (通知): the unit's residents who have a phone and have not
 * moved out, the addressee first when the names match, then in the archive's order.
 */
export function notifyContacts<C extends MailContact>(people: readonly C[], addressee = ''): C[] {
  const name = addressee.trim();
  const callable = people.filter((p) => p.phones.length > 0 && !p.moveOutDate);
  return [
    ...callable.filter((p) => name !== '' && p.name === name),
    ...callable.filter((p) => name === '' || p.name !== name),
  ];
}

/** Whole days an item has waited at the desk by `now` (0 on the day it came). */
export function daysWaiting(receivedAt: string, now: string): number {
  return Math.max(0, Math.floor((parseInstant(now) - parseInstant(receivedAt)) / 86_400_000));
}

/** Age bands of the uncollected list: today, 1–2 days, 3–6 days, a week or more. */
export type AgeBand = 'today' | 'days' | 'overdue' | 'week';

export function ageBand(days: number, warnDays: number): AgeBand {
  if (days >= 7) return 'week';
  if (days >= warnDays) return 'overdue';
  return days === 0 ? 'today' : 'days';
}

/** Problems with handing items over; `collector` is the person who signs for them. */
export function checkPickUp(
  items: readonly { status: MailStatus; unitCode: string }[],
  collector: string,
): string[] {
  const problems: string[] = [];
  if (items.length === 0) problems.push('请选择要领取的信件');
  if (collector.trim() === '') problems.push('请填写领取人');
  if (items.some((i) => i.status === 'collected')) problems.push('所选信件中有已领取的');
  return problems;
}
