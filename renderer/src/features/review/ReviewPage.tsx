import { Alert, Col, Divider, Empty, Flex, Row, Select, Space, Spin, Typography } from 'antd';
import { BRANCH_TOTAL } from '@shared/domain/review/branchReview';
import { memo, useCallback, useMemo, useState, type ReactNode } from 'react';
import { REVIEW_SECTIONS, type ReviewSection } from '@shared/domain/review/behind';
import type { MonthlyReview } from '@shared/domain/review/figures';
import { t } from '../../i18n';
import { BehindDrawer, type BehindTarget } from './BehindDrawer';
import { ChartCard } from './ChartCard';
import { ReviewStats } from './ReviewStats';
import { TrendCard } from './TrendCard';
import { ReviewReportActions } from './report/ReviewReportActions';
import { reviewCharts, type ChartRow, type ChartSpec } from './reviewCharts';
import { useReviewLabels } from './report/useReviewLabels';
import { useMonthlyReview } from './useMonthlyReview';
import { useBranchReview } from './branch/useBranchReview';
import { useReviewMonth } from './useReviewMonth';
import { DateInput } from '../../components/DateInput';
import { SiteReviewSection } from '../patrols/SiteReviewSection';
import { ParkingReviewSection } from '../parking/ParkingReviewSection';
import { VenueReviewSection } from '../venues/VenueReviewSection';
import { ComparisonSection } from '../../components/ComparisonSection';
import { visitReviewLabels, type VisitReviewRows } from './visitReview';
import { useReviewExtras } from './report/useReviewExtras';
import { MajorArrearsCard } from './MajorArrearsCard';
import { CardWhenSeen } from './CardWhenSeen';
import { useSameItemsWhileEqual, useSameWhileEqual } from './useSameWhileEqual';
import type { MajorArrearsRow } from '@shared/domain/review/feeFigures';

/** The review's sections in the order the domain lists them (the report's order too). */
const SECTIONS: readonly ReviewSection[] = REVIEW_SECTIONS;

/**
 * 月度统计: the manager's month in charts, against last month and the same month last year.
 * It opens on the current month, or on the month last chosen in this window (kept in the URL
 * and the session, so going to another register and back keeps it).
 */
export default function ReviewPage() {
  const [month, setMonth] = useReviewMonth();
  const [behind, setBehind] = useState<BehindTarget | null>(null);
  const branch = useBranchReview(month);
  const local = useMonthlyReview(month, branch.branch);
  // Read once for the screen's sections and the report's (a branch install has no records).
  const extras = useReviewExtras(month, branch.branch);
  // A branch install shows the estates' published summaries; it has no records behind a bar.
  const review = branch.branch ? branch.review : local;
  const label = useReviewLabels();
  // Each card's slice kept while its numbers stay: a switch or a write re-renders only the
  // cards whose numbers changed (and of those, only the ones in view).
  const charts = useSameItemsWhileEqual(
    useMemo(() => (review ? reviewCharts(review, label) : []), [review, label]),
  );
  const trend = useSameWhileEqual(review?.trend ?? NO_TREND);
  const major = useSameWhileEqual(review?.current.fees?.major ?? NO_MAJOR);
  const isBranch = branch.branch;
  const select = useCallback(
    (spec: ChartSpec, row: ChartRow) => {
      if (!isBranch)
        setBehind({ section: spec.section, key: row.key, chart: spec.title, bar: row.label });
    },
    [isBranch],
  );

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Space align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('review.title')}
          </Typography.Title>
          <DateInput
            kind="month"
            allowClear={false}
            aria-label={t('review.month')}
            testId="review-month"
            value={month}
            onChange={(m) => m && setMonth(m)}
            style={{ width: 130 }}
          />
          {branch.branch ? (
            <Select
              aria-label={t('review.branch.estate')}
              data-testid="review-branch-estate"
              value={branch.estate}
              onChange={branch.setEstate}
              style={{ minWidth: 160 }}
              options={[
                { value: BRANCH_TOTAL, label: t('review.branch.total') },
                ...branch.estates.map((e) => ({ value: e, label: e })),
              ]}
            />
          ) : (
            review && <Typography.Text type="secondary">{review.estateName}</Typography.Text>
          )}
        </Space>
        {review && !branch.branch && <ReviewReportActions review={review} extras={extras} />}
      </Flex>
      {branch.branch && (
        <Alert type="info" showIcon title={t('review.branch.note')} style={{ marginTop: 12 }} />
      )}
      {branch.branch && !review ? (
        <Empty
          data-testid="review-branch-none"
          description={t('review.branch.none', { month })}
          style={{ marginTop: 48 }}
        />
      ) : !review ? (
        <Spin tip={t('review.loading')} style={{ display: 'block', marginTop: 48 }}>
          <div style={{ height: 80 }} />
        </Spin>
      ) : (
        <div
          data-testid="review-page"
          data-month={review.current.month}
          data-estate={review.estateName}
        >
          <Divider />
          <ReviewStats review={review} />
          {SECTIONS.map((section) => (
            <section key={section} data-testid={`review-section-${section}`}>
              <Divider titlePlacement="start">{t(`review.section.${section}`)}</Divider>
              <Row gutter={[12, 12]}>
                {charts
                  .filter((c) => c.section === section)
                  .map((spec) => (
                    <ChartCol key={spec.id} spec={spec} onSelect={select} />
                  ))}
                {section === 'fees' && (
                  <Col xs={24}>
                    <MajorArrearsCard major={major} majorFen={review.current.fees?.majorFen ?? 0} />
                  </Col>
                )}
                {section === 'complaints' && (
                  <Col xs={24}>
                    <TrendCard trend={trend} satisfactionTarget={review.targets.satisfaction} />
                  </Col>
                )}
              </Row>
            </section>
          ))}
          {/* Sections read from local records: a branch install has none. */}
          {!branch.branch && (
            <>
              <RegisterWhenSeen testId="review-section-site" rows={extras.rows.site}>
                {() => <SiteReviewSection rows={extras.rows.site} />}
              </RegisterWhenSeen>
              <RegisterWhenSeen testId="review-section-venues" rows={extras.rows.venues}>
                {() => <VenueReviewSection rows={extras.rows.venues} />}
              </RegisterWhenSeen>
              <RegisterWhenSeen testId="review-section-visits" rows={extras.rows.visits}>
                {() => <VisitReviewSection rows={extras.rows.visits} />}
              </RegisterWhenSeen>
              <RegisterWhenSeen testId="review-section-parking" rows={extras.rows.parking}>
                {() => <ParkingReviewSection rows={extras.rows.parking} />}
              </RegisterWhenSeen>
            </>
          )}
        </div>
      )}
      <BehindDrawer month={month} target={behind} onClose={() => setBehind(null)} />
    </>
  );
}

const NO_TREND: MonthlyReview['trend'] = [];
const NO_MAJOR: readonly MajorArrearsRow[] = [];

/** One chart card in its column: skipped on a re-render while its slice (`spec`) is the same. */
const ChartCol = memo(function ChartCol(props: {
  spec: ChartSpec;
  onSelect: (spec: ChartSpec, row: ChartRow) => void;
}) {
  return (
    <Col xs={24} xl={12}>
      <ChartCard spec={props.spec} onSelect={props.onSelect} />
    </Col>
  );
});

/** A divider with its title (16 px margins around a 22 px line) and a small table's head. */
const REGISTER_FRAME = 16 + 22 + 16 + 39;
/** antd small table: each row 39 px; a section still loading holds a few. */
const REGISTER_ROW = 39;

/**
 * A register's section at the foot of the review (site ledgers, bookings, the visit plan,
 * parking), rendered when it comes into view or prints, like the cards: its table is redrawn
 * on every month switch otherwise, for a part of the page the manager has not scrolled to.
 */
function RegisterWhenSeen(props: {
  testId: string;
  rows: readonly unknown[] | undefined;
  children: () => ReactNode;
}) {
  return (
    <CardWhenSeen
      testId={props.testId}
      height={REGISTER_FRAME + REGISTER_ROW * (props.rows?.length ?? 4)}
      estimated
      drawKey={props.rows}
      outline={false}
    >
      {props.children}
    </CardWhenSeen>
  );
}

/** 拜访计划 in the monthly review: plan against done, 完成率, issues raised and passed on. */
function VisitReviewSection(props: { rows: VisitReviewRows | undefined }) {
  return (
    <ComparisonSection
      testId="review-section-visits"
      rows={props.rows}
      labels={visitReviewLabels()}
    />
  );
}
