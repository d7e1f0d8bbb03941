import { ComparisonSection } from '../../components/ComparisonSection';
import { t } from '../../i18n';
import { useSiteMonth } from './useSiteMonth';

/** 巡查检查 in the monthly review: the month's site ledgers against the month before. */
export function SiteReviewSection(props: { month: string }) {
  return (
    <ComparisonSection
      testId="review-section-site"
      rows={useSiteMonth(props.month)}
      labels={{
        title: t('patrols.review.title'),
        item: t('patrols.review.item'),
        current: t('patrols.review.current'),
        previous: t('patrols.review.previous'),
      }}
    />
  );
}
