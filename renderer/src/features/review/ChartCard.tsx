import { Card, Empty, Segmented, Table } from 'antd';
import { memo, useMemo, useState } from 'react';
import { t } from '../../i18n';
import { CARD_FRAME, CardWhenSeen, EMPTY_HEIGHT } from './CardWhenSeen';
import { formatTarget, formatValue } from './format';
import { CeilingRateBars, RateBars, ReviewBars, chartHeight } from './ReviewBars';
import type { ChartRow, ChartSpec } from './reviewCharts';

type View = 'chart' | 'table';

interface Props {
  spec: ChartSpec;
  /** A bar or a table row picked: the records behind it (stable across renders). */
  onSelect: (spec: ChartSpec, row: ChartRow) => void;
}

/** A small table's row (antd `size="small"`: 8 px padding around a 22 px line, 1 px border). */
const TABLE_ROW = 39;

// Empty axes read as "something failed to draw"; say plainly the month has nothing here.
// A ceiling rate of 0 % is a result (no valid complaint), not an empty month.
const isEmpty = (spec: ChartSpec) =>
  spec.rows.every((r) => (r.ceiling ? r.current === null : !r.current));

/**
 * A chart with its numbers one click away (表格), the same rows as the bars. Rendered whole only
 * when it comes into view (or prints); `spec` keeps its identity while the card's numbers stay
 * (ReviewPage), so a month switch or a write that leaves them as they were renders nothing here.
 */
export const ChartCard = memo(function ChartCard({ spec, onSelect }: Props) {
  // Kept outside the lazily rendered body: a card out of view keeps the view it was left in.
  const [view, setView] = useState<View>('chart');
  const empty = isEmpty(spec);
  const drawKey = useMemo(() => ({ spec, view }), [spec, view]);
  const height =
    view === 'table'
      ? CARD_FRAME + TABLE_ROW * (spec.rows.length + 1)
      : CARD_FRAME + (empty ? EMPTY_HEIGHT : chartHeight(spec));
  return (
    <CardWhenSeen
      testId={`review-card-${spec.id}`}
      chartTestId={view === 'chart' && !empty ? `review-chart-${spec.id}` : undefined}
      height={height}
      estimated={view === 'table'}
      drawKey={drawKey}
    >
      {() => (
        <ChartCardBody
          spec={spec}
          view={view}
          setView={setView}
          empty={empty}
          onSelect={onSelect}
        />
      )}
    </CardWhenSeen>
  );
});

function ChartCardBody(props: {
  spec: ChartSpec;
  view: View;
  setView: (view: View) => void;
  empty: boolean;
  onSelect: Props['onSelect'];
}) {
  const { spec, view, empty, onSelect } = props;
  const fmt = (v: number | null) => formatValue(spec.kind, v, spec.decimals);
  const hasTarget = spec.rows.some((r) => r.target !== undefined);
  const rowClickable = (r: ChartRow) => spec.clickable && r.key !== '';
  const select = (row: ChartRow) => onSelect(spec, row);
  return (
    <Card
      size="small"
      title={spec.title}
      data-testid={`review-card-${spec.id}`}
      extra={
        <Segmented<View>
          size="small"
          value={view}
          onChange={props.setView}
          data-testid={`review-view-${spec.id}`}
          options={[
            { value: 'chart', label: t('review.view.chart') },
            { value: 'table', label: t('review.view.table') },
          ]}
        />
      }
    >
      {view === 'chart' && empty ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('review.empty')}
          data-testid={`review-empty-${spec.id}`}
        />
      ) : view === 'chart' ? (
        <div data-testid={`review-chart-${spec.id}`} style={{ overflowX: 'auto' }}>
          {spec.kind === 'rate' && spec.rows[0]?.ceiling ? (
            <CeilingRateBars spec={spec} />
          ) : spec.kind === 'rate' ? (
            <RateBars spec={spec} />
          ) : (
            <ReviewBars spec={spec} onSelect={select} />
          )}
        </div>
      ) : (
        <Table<ChartRow>
          data-testid={`review-table-${spec.id}`}
          size="small"
          pagination={false}
          rowKey={(r) => r.key || r.label}
          dataSource={spec.rows}
          onRow={(r) => ({
            onClick: rowClickable(r) ? () => select(r) : undefined,
            style: rowClickable(r) ? { cursor: 'pointer' } : undefined,
            'data-key': r.key,
          })}
          columns={[
            { title: t('review.col.item'), dataIndex: 'label' },
            { title: t('review.col.current'), align: 'right', render: (_, r) => fmt(r.current) },
            { title: t('review.col.previous'), align: 'right', render: (_, r) => fmt(r.previous) },
            { title: t('review.col.lastYear'), align: 'right', render: (_, r) => fmt(r.lastYear) },
            ...(hasTarget
              ? [
                  {
                    title: t('review.col.target'),
                    align: 'right' as const,
                    render: (_: unknown, r: ChartRow) =>
                      formatTarget(r.target, r.ceiling, spec.decimals),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Card>
  );
}
