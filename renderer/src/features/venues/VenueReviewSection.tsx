import { ComparisonSection } from '../../components/ComparisonSection';
import { venueReview, type VenueReviewRows } from './venueReview';

/**
 * 公共场地使用 in the monthly review: the month's bookings and money against the month before
 * (`rows` as `venueReview.useMonth` reads them; undefined while loading).
 */
export function VenueReviewSection(props: { rows: VenueReviewRows | undefined }) {
  return (
    <ComparisonSection
      testId="review-section-venues"
      rows={props.rows}
      labels={venueReview.labels()}
    />
  );
}
