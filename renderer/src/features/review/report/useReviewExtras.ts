import { useMemo } from 'react';
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

export type ReviewExtras = ReturnType<typeof useReviewExtras>;

/**
 * The registers whose month is not in MonthlyReview (site ledgers, public-space bookings, the
 * visit plan, parking): their review lines (`rows`, undefined while loading) for the screen's
 * sections, and the same as the monthly report's extra sections and the workbook's extra sheets
 * (a register still loading is left out). Read once for the page: the screen and the report
 * share them. `skip`: nothing is read (a branch install has no local records).
 */
export function useReviewExtras(month: string, skip = false) {
  const site = useSiteMonth(month, skip);
  const venues = useVenueMonth(month, skip);
  const visits = useVisitMonth(month, skip);
  const parking = useParkingMonth(month, skip);
  return useMemo(
    () => ({
      rows: { site, venues, visits, parking },
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
    }),
    [site, venues, visits, parking],
  );
}
