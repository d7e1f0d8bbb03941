import { Card, Col, Row, Statistic, Tag, Typography } from 'antd';
import { PER_HOUSEHOLD_DECIMALS } from '@shared/domain/rates';
import type { MonthlyFigures, MonthlyReview } from '@shared/domain/review/figures';
import { meetsTarget } from '@shared/domain/review/targets';
import { t, type MessageKey } from '../../i18n';
import { formatDelta, formatTarget, formatValue } from './format';
import type { ValueKind } from './reviewCharts';

type Figure = readonly [key: string, kind: ValueKind, pick: (f: MonthlyFigures) => number | null];

const FIGURES: readonly Figure[] = [
  ['complaints', 'count', (f) => f.complaints.received],
  ['suggestions', 'count', (f) => f.suggestions.received],
  ['repairs', 'count', (f) => f.repairs.received],
  ['medianHours', 'count', (f) => f.repairs.medianCompletionHours],
  ['revisitCoverage', 'rate', (f) => f.repairs.revisitCoverage.value],
  ['received', 'fen', (f) => f.money.receivedFen],
  ['depositsHeld', 'fen', (f) => f.renovation.depositsHeldFen],
  ['mailOutstanding', 'count', (f) => f.registers.mailOutstanding],
  ['keysOut', 'count', (f) => f.registers.keysOut],
  ['feeRate', 'rate', (f) => f.fees?.rate.value ?? null],
  ['arrearsOwed', 'fen', (f) => f.fees?.owedFen ?? null],
];

/** 有效投诉率 with its counts and whether it stays below its ceiling (002: 1 % 以下). */
function PerHouseholdStat({ review }: { review: MonthlyReview }) {
  const r = review.current.complaints.rates.perHousehold;
  const target = review.targets.perHousehold;
  const met = meetsTarget('perHousehold', r.value, target);
  const pick = (f: MonthlyFigures) => f.complaints.rates.perHousehold.value;
  const delta = (f: MonthlyFigures) =>
    formatDelta('rate', r.value, pick(f), PER_HOUSEHOLD_DECIMALS);
  return (
    <Col xs={12} md={8} xl={6} xxl={4}>
      <Card size="small" data-testid="review-stat-perHousehold">
        <Statistic
          title={t('review.stat.perHousehold')}
          value={formatValue('rate', r.value, PER_HOUSEHOLD_DECIMALS)}
        />
        <Typography.Text style={{ fontSize: 12, display: 'block' }}>
          {t('review.stat.target', { target: formatTarget(target, true) })}{' '}
          {met !== null && (
            <Tag color={met ? 'success' : 'error'} data-testid="review-perHousehold-met">
              {t(met ? 'review.stat.met' : 'review.stat.notMet')}
            </Tag>
          )}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
          {r.denominator === 0
            ? t('review.stat.noHouseholds')
            : t('review.stat.perHouseholdCounts', {
                valid: r.numerator,
                households: r.denominator,
              })}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
          {t('review.delta.previous', { delta: delta(review.previous) })}
        </Typography.Text>
      </Card>
    </Col>
  );
}

/** The headline figures, each with its change against last month and the same month last year. */
export function ReviewStats({ review }: { review: MonthlyReview }) {
  return (
    <Row gutter={[12, 12]}>
      <PerHouseholdStat review={review} />
      {FIGURES.map(([key, kind, pick]) => {
        const now = pick(review.current);
        return (
          <Col key={key} xs={12} md={8} xl={6} xxl={4}>
            <Card size="small" data-testid={`review-stat-${key}`}>
              <Statistic
                title={t(`review.stat.${key}` as MessageKey)}
                value={formatValue(kind, now)}
              />
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {t('review.delta.previous', {
                  delta: formatDelta(kind, now, pick(review.previous)),
                })}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {t('review.delta.lastYear', {
                  delta: formatDelta(kind, now, pick(review.lastYear)),
                })}
              </Typography.Text>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
