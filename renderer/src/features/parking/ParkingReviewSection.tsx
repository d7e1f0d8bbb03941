import { ComparisonSection } from '../../components/ComparisonSection';
import { parkingReview } from './parkingReview';

/** 车位管理 in the monthly review: spaces taken, lets begun and ended, the month's fees. */
export function ParkingReviewSection(props: { month: string }) {
  return (
    <ComparisonSection
      testId="review-section-parking"
      rows={parkingReview.useMonth(props.month)}
      labels={parkingReview.labels()}
    />
  );
}
