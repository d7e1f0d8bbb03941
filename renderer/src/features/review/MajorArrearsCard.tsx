import { Card, Empty, Table, Typography } from 'antd';
import { memo, useMemo } from 'react';
import { formatFen } from '@shared/domain/money';
import type { MajorArrearsRow } from '@shared/domain/review/feeFigures';
import { t } from '../../i18n';
import { CARD_FRAME, CardWhenSeen, EMPTY_HEIGHT } from './CardWhenSeen';

const PAGE_SIZE = 20;
/** antd small table: its head and each row 39 px; the pager below 56 px; the note's line 20 px. */
const ROW = 39;
const PAGER = 56;
const NOTE = 20;

/**
 * 重大欠费 of the month (003: reported monthly): the units over the threshold, most owed first.
 * The title and the column already say 元, so the amounts carry no ¥ of their own. Rendered
 * whole when seen; `major` and `majorFen` are kept by ReviewPage while the same.
 */
export const MajorArrearsCard = memo(function MajorArrearsCard(props: {
  major: readonly MajorArrearsRow[];
  majorFen: number;
}) {
  const { major, majorFen } = props;
  const drawKey = useMemo(() => ({ major, majorFen }), [major, majorFen]);
  const rows = Math.min(major.length, PAGE_SIZE);
  const height =
    CARD_FRAME +
    NOTE +
    (major.length === 0 ? EMPTY_HEIGHT : ROW * (rows + 1) + (major.length > PAGE_SIZE ? PAGER : 0));
  return (
    <CardWhenSeen testId="review-major-arrears" height={height} estimated drawKey={drawKey}>
      {() => (
        <Card
          size="small"
          data-testid="review-major-arrears"
          title={t('review.major.title', { count: major.length, amount: formatFen(majorFen) })}
        >
          {major.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.major.none')} />
          ) : (
            <Table<MajorArrearsRow>
              size="small"
              rowKey="unitId"
              dataSource={[...major]}
              pagination={{ pageSize: PAGE_SIZE, hideOnSinglePage: true }}
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
      )}
    </CardWhenSeen>
  );
});
