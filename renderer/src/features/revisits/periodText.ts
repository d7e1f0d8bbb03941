import { weekEndOf, type RevisitReviewKind } from '@shared/domain/revisitSupervision';
import { t } from '../../i18n';

/** `2026-11-09 至 2026-11-15` for a week, the month as is. */
export function periodText(kind: RevisitReviewKind, period: string): string {
  return kind === 'weekly'
    ? t('revisits.reviews.week', { from: period, to: weekEndOf(period) })
    : period;
}
