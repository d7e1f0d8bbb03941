/** The complaint-rate targets (settings key `rateTargets`) the review draws as reference lines. */
import { z } from 'zod';
import type { RateTargets } from './figures';

/** The defaults: what a desk is usually held to. */
export const DEFAULT_RATE_TARGETS = {
  valid: 0.9,
  onTime: 0.95,
  revisit: 1,
  satisfaction: 0.9,
} as const satisfies RateTargets;

const fraction = (fallback: number) =>
  z.number('请输入数字').min(0, '不能小于 0%').max(1, '不能超过 100%').default(fallback);

/** Fractions 0–1; a missing field takes its default. */
export const rateTargetsSchema = z.object({
  valid: fraction(DEFAULT_RATE_TARGETS.valid),
  onTime: fraction(DEFAULT_RATE_TARGETS.onTime),
  revisit: fraction(DEFAULT_RATE_TARGETS.revisit),
  satisfaction: fraction(DEFAULT_RATE_TARGETS.satisfaction),
}) satisfies z.ZodType<RateTargets, unknown>;
