import { ComparisonSection } from '../../components/ComparisonSection';
import { t } from '../../i18n';
import type { useSiteMonth } from './useSiteMonth';

/**
 * 巡查检查 in the monthly review: the month's site ledgers against the month before (`rows` as
 * `useSiteMonth` reads them; undefined while loading).
 */
export function SiteReviewSection(props: { rows: ReturnType<typeof useSiteMonth> }) {
  return (
    <ComparisonSection
      testId="review-section-site"
      rows={props.rows}
      labels={{
        title: t('patrols.review.title'),
        item: t('patrols.review.item'),
        current: t('patrols.review.current'),
        previous: t('patrols.review.previous'),
      }}
    />
  );
}
