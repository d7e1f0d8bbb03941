import { useMemo } from 'react';
import { comparisonSection, comparisonSheet } from '../../../print/comparisonSection';
import { siteReportSection, siteReviewSheet } from '../../patrols/print/siteReportSection';
import { useSiteMonth } from '../../patrols/useSiteMonth';
import { parkingReview } from '../../parking/parkingReview';
import { venueReview } from '../../venues/venueReview';
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
  const venues = venueReview.useMonth(month, skip);
  const visits = useVisitMonth(month, skip);
  const parking = parkingReview.useMonth(month, skip);
  return useMemo(
    () => ({
      rows: { site, venues, visits, parking },
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
    }),
    [site, venues, visits, parking],
  );
}
