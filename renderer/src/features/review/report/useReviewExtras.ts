import { comparisonSection, comparisonSheet } from '../../../print/comparisonSection';
import { siteReportSection, siteReviewSheet } from '../../patrols/print/siteReportSection';
import { useSiteMonth } from '../../patrols/useSiteMonth';
import {
  parkingReportSection,
  parkingReviewSheet,
  useParkingMonth,
} from '../../parking/parkingReview';
import { useVenueMonth, venueReportSection, venueReviewSheet } from '../../venues/venueReview';
import { useVisitMonth, visitReviewLabels } from '../visitReview';

/**
 * The registers whose month is not in MonthlyReview (site ledgers, public-space bookings, the
 * visit plan, parking), as the monthly report's extra sections and the workbook's extra sheets. A
 * register still loading is left out.
 */
export function useReviewExtras(month: string) {
  const site = useSiteMonth(month);
  const venues = useVenueMonth(month);
  const visits = useVisitMonth(month);
  const parking = useParkingMonth(month);
  return {
    sections: [
      ...(site ? [siteReportSection(site)] : []),
      ...(venues ? [venueReportSection(venues)] : []),
      ...(visits ? [comparisonSection('visits', visitReviewLabels(), visits)] : []),
      ...(parking ? [parkingReportSection(parking)] : []),
    ],
    sheets: [
      ...(site ? [siteReviewSheet(site)] : []),
      ...(venues ? [venueReviewSheet(venues)] : []),
      ...(visits ? [comparisonSheet(visitReviewLabels(), visits)] : []),
      ...(parking ? [parkingReviewSheet(parking)] : []),
    ],
  };
}
