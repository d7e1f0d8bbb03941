import { comparisonSection, comparisonSheet } from '../../../print/comparisonSection';
import { siteReportSection, siteReviewSheet } from '../../patrols/print/siteReportSection';
import { useSiteMonth } from '../../patrols/useSiteMonth';
import { useVenueMonth, venueReportSection, venueReviewSheet } from '../../venues/venueReview';
import { useVisitMonth, visitReviewLabels } from '../visitReview';

/**
 * The registers whose month is not in MonthlyReview (site ledgers, public-space bookings, the
 * visit plan), as the monthly report's extra sections and the workbook's extra sheets. A
 * register still loading is left out.
 */
export function useReviewExtras(month: string) {
  const site = useSiteMonth(month);
  const venues = useVenueMonth(month);
  const visits = useVisitMonth(month);
  return {
    sections: [
      ...(site ? [siteReportSection(site)] : []),
      ...(venues ? [venueReportSection(venues)] : []),
      ...(visits ? [comparisonSection('visits', visitReviewLabels(), visits)] : []),
    ],
    sheets: [
      ...(site ? [siteReviewSheet(site)] : []),
      ...(venues ? [venueReviewSheet(venues)] : []),
      ...(visits ? [comparisonSheet(visitReviewLabels(), visits)] : []),
    ],
  };
}
