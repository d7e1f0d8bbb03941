/**
 * Revisits the manuals ask for beyond complaints and repairs (004 客户回访作业指导书 4.1.4,
 * 4.2.5–4.2.6; domain brief §8).
 *
 * Policy:
 * - community events (社区活动): 30 % of the participants, rounded up, revisited within 5 days
 *   of the event (a setting). Who is revisited is drawn reproducibly from the event and its
 *   participants (revisitSampling `drawSample`), so the supervisor can check the clerk did not
 *   pick the friendly ones;
 * - emergency aid (急救援助): the person helped is revisited within a week (a setting);
 * - days are calendar days: the manual says days;
 * - a record is done when every sampled participant (or the person helped) has been revisited;
 *   a 不满意 answer is passed to the department at once (the note says so on the record).
 */
import { addCalendarDays } from './calendar';
import type { DeadlineSettings } from './deadlines';
import { drawSample } from './revisitSampling';
import { codesOf } from './codes';

export const REVISIT_KIND_LABELS = { communityEvent: '社区活动', emergencyAid: '急救援助' };
export type RevisitKind = keyof typeof REVISIT_KIND_LABELS;
export const REVISIT_KINDS = codesOf(REVISIT_KIND_LABELS);

/** The share of an event's participants revisited, in percent (004 4.2.5). */
export const EVENT_REVISIT_PERCENT = 30;

/** How many of `participants` are revisited: 30 %, rounded up (10 → 3, 11 → 4). */
export function eventSampleSize(participants: number): number {
  if (!Number.isInteger(participants) || participants < 0)
    throw new RangeError(`Participants must be a whole number ≥ 0: ${participants}`);
  return Math.ceil((participants * EVENT_REVISIT_PERCENT) / 100);
}

/**
 * The participants to revisit (their keys), drawn from `seed` (the event's own facts, e.g. its
 * time and name): the same event and participants always give the same people.
 */
export function drawEventSample(seed: string, keys: readonly string[]): string[] {
  const pool = [...new Set(keys)];
  return drawSample(`event:${seed}`, pool, eventSampleSize(pool.length));
}

/** When the revisit of an event (5 days) or of emergency aid (7 days) falls due. */
export function kindRevisitDue(kind: RevisitKind, heldAt: string, s: DeadlineSettings): string {
  return addCalendarDays(heldAt, kind === 'communityEvent' ? s.eventRevisitDays : s.aidRevisitDays);
}

/** Whether every sampled person has been revisited. */
export function kindRevisitDone(sample: readonly string[], revisited: readonly string[]): boolean {
  const done = new Set(revisited);
  return sample.every((k) => done.has(k));
}
