/**
 * The complaint-rate targets (settings key `rateTargets`) the review draws as reference lines.
 * 有效投诉率 (valid complaints ÷ households) is held below its target (002: 力争在1%以下); the
 * other three are held at or above theirs. 投诉有效率 has none.
 */
import { z } from 'zod';
import type { RateTargets } from './figures';

/** The defaults: what a desk is usually held to. */
export const DEFAULT_RATE_TARGETS = {
  perHousehold: 0.01,
  onTime: 0.95,
  revisit: 1,
  satisfaction: 0.9,
} as const satisfies RateTargets;

export type RateTargetKey = keyof RateTargets;

/** The targets that are ceilings (the rate must stay below). */
export const CEILING_TARGETS: readonly RateTargetKey[] = ['perHousehold'];

/**
 * Whether `value` meets the target of `key`: below a ceiling (strictly: 002 says 以下 of 1 %,
 * and 1 % itself is where it starts to fail), at or above a floor. Null when not applicable.
 */
export function meetsTarget(
  key: RateTargetKey,
  value: number | null,
  target: number,
): boolean | null {
  if (value === null || !Number.isFinite(value)) return null;
  return CEILING_TARGETS.includes(key) ? value < target : value >= target;
}

const fraction = (fallback: number) =>
  z.number('请输入数字').min(0, '不能小于 0%').max(1, '不能超过 100%').default(fallback);

/** Fractions 0–1; a missing field takes its default (an old stored `valid` target is dropped). */
export const rateTargetsSchema = z.object({
  perHousehold: fraction(DEFAULT_RATE_TARGETS.perHousehold),
  onTime: fraction(DEFAULT_RATE_TARGETS.onTime),
  revisit: fraction(DEFAULT_RATE_TARGETS.revisit),
  satisfaction: fraction(DEFAULT_RATE_TARGETS.satisfaction),
}) satisfies z.ZodType<RateTargets, unknown>;
