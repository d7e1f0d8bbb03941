/**
 * Visitors (来访登记), domain brief §5: name, ID type and number, whom they visit, reason, time
 * in and out. The guard refuses entry when the ID does not match the person; the desk records
 * the refusal too, so the register shows who was turned away.
 */
import { z } from 'zod';
import { parseInstant } from './officeTime';
import { ID_TYPE_KEYS, validateIdByType } from './units';
import { phoneText } from './identity';

export const VISIT_STATUSES = ['inside', 'left', 'refused'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** What the desk records when a visitor arrives. */
export const visitInputSchema = z
  .object({
    name: z.string().trim().min(1, '请填写访客姓名').max(30, '姓名最多 30 个字'),
    idType: z.enum(ID_TYPE_KEYS, '请选择证件类型'),
    idNumber: z.string().trim().min(1, '请填写证件号码'),
    phone: phoneText(),
    unitId: z.string().optional(),
    unitCode: z.string().trim().min(1, '请填写被访房号').max(30, '房号最多 30 个字'),
    host: z.string().trim().max(30, '被访人最多 30 个字'),
    reason: z.string().trim().min(1, '请填写来访事由').max(100, '事由最多 100 个字'),
    people: z.int('人数须为整数').min(1, '至少 1 人').max(50, '最多 50 人'),
  })
  .superRefine((v, ctx) => {
    const r = validateIdByType(v.idType, v.idNumber);
    if (!r.ok) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: r.error });
  })
  .transform((v) => {
    const r = validateIdByType(v.idType, v.idNumber);
    return r.ok ? { ...v, idNumber: r.value } : v;
  });
export type VisitInput = z.output<typeof visitInputSchema>;

/** Minutes a visit lasted, or has lasted so far when the visitor is still inside. */
export function visitMinutes(inAt: string, outAt: string | undefined, now: string): number {
  return Math.max(0, Math.round((parseInstant(outAt ?? now) - parseInstant(inAt)) / 60_000));
}

/** Problems with signing a visitor out. */
export function checkSignOut(visit: { status: VisitStatus }): string[] {
  if (visit.status === 'left') return ['访客已离开'];
  if (visit.status === 'refused') return ['该访客已被拒绝进入'];
  return [];
}

/** A visitor's key for quick re-entry: the same person by ID, whatever the spelling of the name. */
export function visitorKey(idType: string, idNumber: string): string {
  return `${idType}:${idNumber.trim().toUpperCase()}`;
}

/**
 * Hours after which a visitor still signed in is called out (超过24小时未离开): nobody visits a
 * desk's estate for a whole day, so either the guard missed the sign-out or the person is
 * staying, and both need a look.
 */
export const OVERSTAY_HOURS = 24;

/** Whether a visitor has been inside for more than `hours` at `now`. */
export function isOverstaying(
  visit: { status: VisitStatus; inAt: string },
  now: string,
  hours: number = OVERSTAY_HOURS,
): boolean {
  return (
    visit.status === 'inside' && parseInstant(now) - parseInstant(visit.inAt) > hours * 3_600_000
  );
}

/** The visitors of `visits` inside for more than `hours`, in the order given. */
export function overstaying<T extends { status: VisitStatus; inAt: string }>(
  visits: readonly T[],
  now: string,
  hours: number = OVERSTAY_HOURS,
): T[] {
  return visits.filter((v) => isOverstaying(v, now, hours));
}
