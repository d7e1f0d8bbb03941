import { Card, Segmented, Table } from 'antd';
import { memo, useMemo, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '@shared/domain/review/figures';
import { PER_HOUSEHOLD_DECIMALS, formatRate } from '@shared/domain/rates';
import { t } from '../../i18n';
import { CARD_FRAME, CardWhenSeen } from './CardWhenSeen';
import { CHART_HEIGHT, CHART_WIDTH, GRAY, INK } from './ReviewBars';

type View = 'chart' | 'table';
const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/** Each line's ink and dash, so the lines stay apart in black and white; rates bridge gaps. */
const LINE_STYLES = {
  complaints: { stroke: INK, strokeWidth: 2 },
  suggestions: { stroke: INK, strokeDasharray: '6 4' },
  repairs: { stroke: GRAY, strokeDasharray: '2 3', strokeWidth: 2 },
  onTime: { stroke: INK, strokeWidth: 2, connectNulls: true },
  satisfaction: { stroke: INK, strokeDasharray: '6 4', connectNulls: true },
} as const;
type TrendLine = keyof typeof LINE_STYLES;
const VOLUMES: readonly TrendLine[] = ['complaints', 'suggestions', 'repairs'];
const RATES: readonly TrendLine[] = ['onTime', 'satisfaction'];

const trendLine = (key: TrendLine) => (
  <Line
    key={key}
    name={t(`review.bar.${key}`)}
    dataKey={key}
    isAnimationActive={false}
    {...LINE_STYLES[key]}
  />
);

/** The trend's table: 12 months and its head (antd small rows, 39 px each). */
const TREND_TABLE_HEIGHT = 39 * 13;

/**
 * The 12-month trend: volumes as solid, dashed and dotted lines (told apart in black and
 * white), and the on-time and satisfaction rates against the satisfaction target line. Its
 * slice of the review (`trend`, the satisfaction target) is kept by ReviewPage while the same,
 * so a switch that leaves it renders nothing; the card is rendered whole only when seen.
 */
export const TrendCard = memo(function TrendCard(props: {
  trend: readonly TrendPoint[];
  satisfactionTarget: number;
}) {
  const [view, setView] = useState<View>('chart');
  const drawKey = useMemo(
    () => ({ trend: props.trend, target: props.satisfactionTarget, view }),
    [props.trend, props.satisfactionTarget, view],
  );
  return (
    <CardWhenSeen
      testId="review-card-trend"
      chartTestId={view === 'chart' ? 'review-chart-trend' : undefined}
      // Side by side on a wide screen; the drawn card's own height once laid out.
      height={CARD_FRAME + (view === 'chart' ? CHART_HEIGHT : TREND_TABLE_HEIGHT)}
      estimated
      drawKey={drawKey}
    >
      {() => (
        <TrendCardBody
          trend={props.trend}
          satisfactionTarget={props.satisfactionTarget}
          view={view}
          setView={setView}
        />
      )}
    </CardWhenSeen>
  );
});

function TrendCardBody(props: {
  trend: readonly TrendPoint[];
  satisfactionTarget: number;
  view: View;
  setView: (view: View) => void;
}) {
  const { trend, view } = props;
  const data = trend.map((p) => ({
    month: p.month.slice(2),
    complaints: p.complaints,
    suggestions: p.suggestions,
    repairs: p.repairs,
    onTime: pct(p.rates.onTime.value),
    satisfaction: pct(p.rates.satisfaction.value),
  }));
  const target = Math.round(props.satisfactionTarget * 1000) / 10;
  const axis = { tick: { fontSize: 11, fill: INK } };
  return (
    <Card
      size="small"
      title={t('review.chart.trend')}
      data-testid="review-card-trend"
      extra={
        <Segmented<View>
          size="small"
          value={view}
          onChange={props.setView}
          data-testid="review-view-trend"
          options={[
            { value: 'chart', label: t('review.view.chart') },
            { value: 'table', label: t('review.view.table') },
          ]}
        />
      }
    >
      {view === 'chart' ? (
        <div data-testid="review-chart-trend" style={{ display: 'flex', flexWrap: 'wrap' }}>
          <LineChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data}>
            <CartesianGrid strokeDasharray="3 3" stroke="#d9d9d9" vertical={false} />
            <XAxis dataKey="month" {...axis} />
            <YAxis allowDecimals={false} width={40} {...axis} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {VOLUMES.map(trendLine)}
          </LineChart>
          <LineChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data}>
            <CartesianGrid strokeDasharray="3 3" stroke="#d9d9d9" vertical={false} />
            <XAxis dataKey="month" {...axis} />
            <YAxis domain={[0, 100]} unit="%" width={48} {...axis} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <ReferenceLine
              y={target}
              stroke={GRAY}
              strokeDasharray="8 4"
              label={{
                value: `${t('review.bar.satisfaction')}${t('review.bar.target')} ${target}%`,
                position: 'insideBottomLeft',
                fontSize: 11,
                fill: INK,
              }}
            />
            {RATES.map(trendLine)}
          </LineChart>
        </div>
      ) : (
        <Table<TrendPoint>
          data-testid="review-table-trend"
          size="small"
          pagination={false}
          rowKey="month"
          dataSource={[...trend]}
          columns={[
            { title: t('review.col.item'), dataIndex: 'month' },
            { title: t('review.bar.complaints'), align: 'right', dataIndex: 'complaints' },
            { title: t('review.bar.suggestions'), align: 'right', dataIndex: 'suggestions' },
            { title: t('review.bar.repairs'), align: 'right', dataIndex: 'repairs' },
            {
              title: t('review.bar.perHousehold'),
              align: 'right',
              render: (_, p) => formatRate(p.rates.perHousehold, PER_HOUSEHOLD_DECIMALS),
            },
            {
              title: t('review.bar.onTime'),
              align: 'right',
              render: (_, p) => formatRate(p.rates.onTime),
            },
            {
              title: t('review.bar.satisfaction'),
              align: 'right',
              render: (_, p) => formatRate(p.rates.satisfaction),
            },
          ]}
        />
      )}
    </Card>
  );
}
