import { registerSection } from '../../components/ComparisonSection';
import { parkingReview, type ParkingReviewRows } from './parkingReview';

/**
 * 车位管理 in the monthly review: spaces taken, lets begun and ended, the month's fees (`rows`
 * as `parkingReview.useMonth` reads them; undefined while loading).
 */
export const ParkingReviewSection = registerSection<ParkingReviewRows>(
  'review-section-parking',
  parkingReview.labels,
);
