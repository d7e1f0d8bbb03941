import { registerSection } from '../../components/ComparisonSection';
import { venueReview, type VenueReviewRows } from './venueReview';

/**
 * 公共场地使用 in the monthly review: the month's bookings and money against the month before
 * (`rows` as `venueReview.useMonth` reads them; undefined while loading).
 */
export const VenueReviewSection = registerSection<VenueReviewRows>(
  'review-section-venues',
  venueReview.labels,
);
