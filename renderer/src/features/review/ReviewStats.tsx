import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { MonthlyFigures, MonthlyReview } from '@shared/domain/review/figures';
import { t, type MessageKey } from '../../i18n';
import { formatDelta, formatValue } from './format';
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
];

/** The headline figures, each with its change against last month and the same month last year. */
export function ReviewStats({ review }: { review: MonthlyReview }) {
  return (
    <Row gutter={[12, 12]}>
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
