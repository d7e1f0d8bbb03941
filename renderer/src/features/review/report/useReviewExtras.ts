import { comparisonSection, comparisonSheet } from '../../../print/comparisonSection';
import { siteReportSection, siteReviewSheet } from '../../patrols/print/siteReportSection';
import { useSiteMonth } from '../../patrols/useSiteMonth';
import { parkingReview } from '../../parking/parkingReview';
import { venueReview } from '../../venues/venueReview';
import { useVisitMonth, visitReviewLabels } from '../visitReview';

/**
 * The registers whose month is not in MonthlyReview (site ledgers, public-space bookings, the
 * visit plan, parking), as the monthly report's extra sections and the workbook's extra sheets. A
 * register still loading is left out.
 */
export function useReviewExtras(month: string) {
  const site = useSiteMonth(month);
  const venues = venueReview.useMonth(month);
  const visits = useVisitMonth(month);
  const parking = parkingReview.useMonth(month);
  return {
    sections: [
      ...(site ? [siteReportSection(site)] : []),
      ...(venues ? [venueReview.section(venues)] : []),
      ...(visits ? [comparisonSection('visits', visitReviewLabels(), visits)] : []),
      ...(parking ? [parkingReview.section(parking)] : []),
    ],
    sheets: [
      ...(site ? [siteReviewSheet(site)] : []),
      ...(venues ? [venueReview.sheet(venues)] : []),
      ...(visits ? [comparisonSheet(visitReviewLabels(), visits)] : []),
      ...(parking ? [parkingReview.sheet(parking)] : []),
    ],
  };
}
