/**
 * Which completed work orders get a revisit (回访), manual 004 客户回访作业指导书 §4.1–4.2.
 *
 * Policy:
 * - emergency repairs (紧急抢修): every one, right after the job;
 * - routine repairs and paid services: a sample of the month's completed orders, drawn on the
 *   sampling day (setting, default the 26th): ≤100 orders → all, 101–300 → 30 %, >300 → 10 %,
 *   rounded up (101 orders → 31, 301 → 31);
 * - the draw is reproducible: it depends only on the month and the set of order ids (not on
 *   their order or on when it runs), so drawing the same month again gives the same sample
 *   and a supervisor can check the clerk did not pick the easy customers.
 */
import { previousMonth } from './complaintMonthly';

/** The sampling band of a month's volume, in percent of the orders. */
export function revisitSampleRate(completed: number): 100 | 30 | 10 {
  if (completed <= 100) return 100;
  if (completed <= 300) return 30;
  return 10;
}

/** How many of `completed` routine orders are revisited (rounded up). */
export function revisitSampleSize(completed: number): number {
  if (!Number.isInteger(completed) || completed < 0)
    throw new RangeError(`Completed count must be a whole number ≥ 0: ${completed}`);
  return Math.ceil((completed * revisitSampleRate(completed)) / 100);
}

export type RevisitUrgency = 'emergency' | 'routine';

/** Emergency repairs are always revisited at once; routine ones only if the month's draw picks them. */
export function revisitRule(urgency: RevisitUrgency): 'always' | 'sampled' {
  return urgency === 'emergency' ? 'always' : 'sampled';
}

/** 32-bit FNV-1a hash of a text: the seed of a month's draw. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, well-mixed generator, identical on every JavaScript engine. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The ids of the month's routine orders to revisit, in the sampled order. `month` is
 * `YYYY-MM`; `ids` are the month's completed routine (non-emergency) orders. The same month and
 * the same ids always give the same sample.
 */
export function drawRevisitSample(month: string, ids: readonly string[]): string[] {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new RangeError(`Invalid month: ${month}`);
  const pool = [...new Set(ids)];
  return drawSample(`revisit:${month}`, pool, revisitSampleSize(pool.length));
}

/**
 * `size` of `ids`, drawn reproducibly from `seed`: the same seed and the same set of ids (in
 * any order) always give the same sample, in the sampled order.
 */
export function drawSample(seed: string, ids: readonly string[], size: number): string[] {
  const pool = [...new Set(ids)].sort();
  const next = generator(hash32(seed));
  // Partial Fisher–Yates: the first `size` places are a uniform sample without repeats.
  for (let i = 0; i < Math.min(size, pool.length); i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, size);
}

/**
 * Problems with drawing `month`'s sample on office date `today`: not before the sampling day
 * (`samplingDate`, e.g. `2026-11-26`), since orders completed up to then belong in it.
 */
export function checkDrawSample(samplingDate: string, today: string): string[] {
  return today < samplingDate ? [`抽样日为 ${samplingDate}，未到抽样日`] : [];
}

/**
 * The month a draw on office date `today` is for: this month from its sampling day on, before
 * that the month before — so a sample missed on the 26th is still drawn early next month.
 */
export function sampleMonthOn(today: string, samplingDay: number): string {
  const month = today.slice(0, 7);
  return Number(today.slice(8, 10)) >= samplingDay ? month : previousMonth(month);
}
