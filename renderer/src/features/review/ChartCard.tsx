import { Card, Empty, Segmented, Table } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { DrawWhenSeen } from '../../components/DrawWhenSeen';
import { t } from '../../i18n';
import { formatTarget, formatValue } from './format';
import { CHART_WIDTH, chartHeight } from './ReviewBars';
import type { ChartRow, ChartSpec } from './reviewCharts';

type View = 'chart' | 'table';

interface Props {
  spec: ChartSpec;
  /** The chart itself; the table view is built here from the same rows. */
  chart: ReactNode;
  onSelect: (row: ChartRow) => void;
}

/** A chart with its numbers one click away (表格), the same rows as the bars. */
export function ChartCard({ spec, chart, onSelect }: Props) {
  const [view, setView] = useState<View>('chart');
  const fmt = (v: number | null) => formatValue(spec.kind, v, spec.decimals);
  const hasTarget = spec.rows.some((r) => r.target !== undefined);
  const rowClickable = (r: ChartRow) => spec.clickable && r.key !== '';
  // Empty axes read as "something failed to draw"; say plainly the month has nothing here.
  // A ceiling rate of 0 % is a result (no valid complaint), not an empty month.
  const empty = spec.rows.every((r) => (r.ceiling ? r.current === null : !r.current));
  // The same element while the view stays: a month switch redraws 26 cards, and React skips a
  // child whose element is unchanged, so the switches in their headers are not rendered again.
  const viewSwitch = useMemo(
    () => (
      <Segmented<View>
        size="small"
        value={view}
        onChange={setView}
        data-testid={`review-view-${spec.id}`}
        options={[
          { value: 'chart', label: t('review.view.chart') },
          { value: 'table', label: t('review.view.table') },
        ]}
      />
    ),
    [view, spec.id],
  );
  return (
    <Card size="small" title={spec.title} data-testid={`review-card-${spec.id}`} extra={viewSwitch}>
      {view === 'chart' && empty ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('review.empty')}
          data-testid={`review-empty-${spec.id}`}
        />
      ) : view === 'chart' ? (
        <div data-testid={`review-chart-${spec.id}`} style={{ overflowX: 'auto' }}>
          {/* Drawn when scrolled into view (or printed): a month switch draws what is on screen. */}
          <DrawWhenSeen width={CHART_WIDTH} height={chartHeight(spec)} drawKey={spec}>
            {() => chart}
          </DrawWhenSeen>
        </div>
      ) : (
        <Table<ChartRow>
          data-testid={`review-table-${spec.id}`}
          size="small"
          pagination={false}
          rowKey={(r) => r.key || r.label}
          dataSource={spec.rows}
          onRow={(r) => ({
            onClick: rowClickable(r) ? () => onSelect(r) : undefined,
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
