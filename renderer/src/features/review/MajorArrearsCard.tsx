import { Card, Empty, Table, Typography } from 'antd';
import { formatFen } from '@shared/domain/money';
import type { MonthlyReview } from '@shared/domain/review/figures';
import type { MajorArrearsRow } from '@shared/domain/review/feeFigures';
import { t } from '../../i18n';

/**
 * 重大欠费 of the month (003: reported monthly): the units over the threshold, most owed first.
 * The title and the column already say 元, so the amounts carry no ¥ of their own.
 */
export function MajorArrearsCard({ review }: { review: MonthlyReview }) {
  const fees = review.current.fees;
  const major = fees?.major ?? [];
  return (
    <Card
      size="small"
      data-testid="review-major-arrears"
      title={t('review.major.title', {
        count: major.length,
        amount: formatFen(fees?.majorFen ?? 0),
      })}
    >
      {major.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.major.none')} />
      ) : (
        <Table<MajorArrearsRow>
          size="small"
          rowKey="unitId"
          dataSource={[...major]}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('review.major.unit'), dataIndex: 'unitCode' },
            { title: t('review.major.building'), dataIndex: 'building' },
            {
              title: t('review.major.owed'),
              align: 'right',
              render: (_, r) => formatFen(r.owedFen),
            },
            { title: t('review.major.months'), dataIndex: 'oldestMonths', align: 'right' },
          ]}
        />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('review.major.note')}
      </Typography.Text>
    </Card>
  );
}
