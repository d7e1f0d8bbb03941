import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Line,
  XAxis,
  YAxis,
} from 'recharts';
import { t } from '../../i18n';
import { formatValue } from './format';
import type { ChartRow, ChartSpec } from './reviewCharts';

/** Fixed sizes: the same chart on every screen and in a screenshot; grays read in black and white. */
export const CHART_WIDTH = 520;
export const CHART_HEIGHT = 230;
export const INK = '#262626';
export const GRAY = '#8c8c8c';

interface Props {
  spec: ChartSpec;
  onSelect: (row: ChartRow) => void;
}

/** The month's bars with their values printed on them; a click lists the records behind one. */
export function ReviewBars({ spec, onSelect }: Props) {
  const data = spec.rows.map((r) => ({
    ...r,
    // Money is drawn in yuan so the axis reads 1,500 rather than 150000.
    plotted: r.current === null ? 0 : spec.kind === 'fen' ? r.current / 100 : r.current,
    text: formatValue(spec.kind, r.current),
  }));
  const click = (index: number) => {
    const row = spec.rows[index];
    if (spec.clickable && row && row.key !== '') onSelect(row);
  };
  // Many or long names do not fit under vertical bars: lay them out as rows instead.
  const rowsLayout = data.length > 4 || data.some((r) => r.label.length > 6);
  const axisTick = { fontSize: 12, fill: INK };
  return (
    <BarChart
      width={CHART_WIDTH}
      height={rowsLayout ? Math.max(CHART_HEIGHT, 40 + data.length * 34) : CHART_HEIGHT}
      data={data}
      layout={rowsLayout ? 'vertical' : 'horizontal'}
      margin={{ top: 20, right: rowsLayout ? 96 : 16, bottom: 4, left: 8 }}
    >
      <CartesianGrid
        strokeDasharray="3 3"
        stroke="#d9d9d9"
        vertical={rowsLayout}
        horizontal={!rowsLayout}
      />
      {rowsLayout ? (
        <>
          <XAxis
            type="number"
            allowDecimals={spec.kind !== 'count'}
            tick={{ fontSize: 11, fill: INK }}
          />
          <YAxis type="category" dataKey="label" width={130} interval={0} tick={axisTick} />
        </>
      ) : (
        <>
          <XAxis dataKey="label" interval={0} tick={axisTick} />
          <YAxis
            allowDecimals={spec.kind !== 'count'}
            tick={{ fontSize: 11, fill: INK }}
            width={56}
          />
        </>
      )}
      <Bar
        dataKey="plotted"
        fill={INK}
        maxBarSize={rowsLayout ? 22 : 48}
        isAnimationActive={false}
        cursor={spec.clickable ? 'pointer' : 'default'}
        onClick={(_, index) => click(index)}
      >
        <LabelList
          dataKey="text"
          position={rowsLayout ? 'right' : 'top'}
          fontSize={12}
          fill={INK}
        />
      </Bar>
    </BarChart>
  );
}

/** The four rates as bars (%) with their targets as a dashed, labelled line. */
export function RateBars({ spec }: { spec: ChartSpec }) {
  const pct = (v: number | null | undefined) =>
    v === null || v === undefined ? null : Math.round(v * 1000) / 10;
  const data = spec.rows.map((r) => ({
    label: r.label,
    value: pct(r.current) ?? 0,
    text: formatValue('rate', r.current),
    target: pct(r.target),
    targetText: `${t('review.bar.target')} ${formatValue('rate', r.target ?? null)}`,
  }));
  return (
    <ComposedChart
      width={CHART_WIDTH}
      height={CHART_HEIGHT}
      data={data}
      margin={{ top: 20, right: 16, bottom: 4, left: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#d9d9d9" vertical={false} />
      <XAxis dataKey="label" tick={{ fontSize: 12, fill: INK }} />
      <YAxis domain={[0, 100]} tick={{ fontSize: 11, fill: INK }} width={40} unit="%" />
      <Bar dataKey="value" fill={GRAY} maxBarSize={48} isAnimationActive={false}>
        {/* Inside the foot of the bar, so it never meets the target's label above. */}
        <LabelList dataKey="text" position="insideBottom" fontSize={12} fill="#000" />
      </Bar>
      <Line
        dataKey="target"
        stroke={INK}
        strokeDasharray="6 4"
        strokeWidth={2}
        dot={{ r: 3, fill: INK }}
        isAnimationActive={false}
      >
        <LabelList dataKey="targetText" position="top" fontSize={11} fill={INK} />
      </Line>
    </ComposedChart>
  );
}
