import { ComparisonSection } from '../../components/ComparisonSection';
import { venueReview } from './venueReview';

/** 公共场地使用 in the monthly review: the month's bookings and money against the month before. */
export function VenueReviewSection(props: { month: string }) {
  return (
    <ComparisonSection
      testId="review-section-venues"
      rows={venueReview.useMonth(props.month)}
      labels={venueReview.labels()}
    />
  );
}
