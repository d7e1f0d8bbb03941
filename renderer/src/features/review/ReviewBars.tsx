import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Line,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts';
import { t } from '../../i18n';
import { formatTarget, formatValue } from './format';
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

/** Many or long names do not fit under vertical bars: they are laid out as rows instead. */
const rowsLayoutOf = (spec: ChartSpec) =>
  spec.rows.length > 4 || spec.rows.some((r) => r.label.length > 6);

/** The drawn height of `spec`'s chart (what its place holds before it is drawn). */
export function chartHeight(spec: ChartSpec): number {
  return spec.kind !== 'rate' && rowsLayoutOf(spec)
    ? Math.max(CHART_HEIGHT, 40 + spec.rows.length * 34)
    : CHART_HEIGHT;
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
  const rowsLayout = rowsLayoutOf(spec);
  const axisTick = { fontSize: 12, fill: INK };
  return (
    <BarChart
      width={CHART_WIDTH}
      height={chartHeight(spec)}
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

// The frame both rate charts share: size, room above the bars for labels, horizontal grid.
const RATE_CHART = {
  width: CHART_WIDTH,
  height: CHART_HEIGHT,
  margin: { top: 20, right: 16, bottom: 4, left: 8 },
} as const;
const RATE_GRID = { strokeDasharray: '3 3', stroke: '#d9d9d9', vertical: false } as const;
const LABEL_TICK = { fontSize: 12, fill: INK } as const;

const pct = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v * 10000) / 100;

/** The four rates as bars (%) with their targets as a dashed, labelled line (none for 投诉有效率). */
export function RateBars({ spec }: { spec: ChartSpec }) {
  const data = spec.rows.map((r) => ({
    label: r.label,
    value: pct(r.current) ?? 0,
    text: formatValue('rate', r.current),
    target: pct(r.target),
    targetText:
      r.target === undefined
        ? ''
        : `${t('review.bar.target')} ${formatTarget(r.target, r.ceiling)}`,
  }));
  return (
    <ComposedChart {...RATE_CHART} data={data}>
      <CartesianGrid {...RATE_GRID} />
      <XAxis dataKey="label" tick={LABEL_TICK} />
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

/**
 * A rate held below a ceiling (有效投诉率, target < 1 %): this month, last month and the same
 * month last year as bars on a scale fitted to the ceiling (a 0–100 % axis would flatten a
 * fraction of a percent), with the ceiling as a dashed, labelled line.
 */
export function CeilingRateBars({ spec }: { spec: ChartSpec }) {
  const row = spec.rows[0];
  if (!row) return null;
  const months = [
    [t('review.col.current'), row.current],
    [t('review.col.previous'), row.previous],
    [t('review.col.lastYear'), row.lastYear],
  ] as const;
  const data = months.map(([label, v]) => ({
    label,
    value: pct(v) ?? 0,
    text: formatValue('rate', v, spec.decimals),
  }));
  const target = pct(row.target);
  const top = Math.max(target === null ? 0 : target * 2, ...data.map((d) => d.value * 1.25), 0.1);
  return (
    <BarChart {...RATE_CHART} data={data}>
      <CartesianGrid {...RATE_GRID} />
      <XAxis dataKey="label" tick={LABEL_TICK} />
      <YAxis
        domain={[0, Math.ceil(top * 10) / 10]}
        tick={{ fontSize: 11, fill: INK }}
        width={48}
        unit="%"
      />
      <Bar dataKey="value" fill={GRAY} maxBarSize={48} isAnimationActive={false}>
        <LabelList dataKey="text" position="top" fontSize={12} fill="#000" />
      </Bar>
      {target !== null && (
        <ReferenceLine
          y={target}
          stroke={INK}
          strokeDasharray="6 4"
          strokeWidth={2}
          label={{
            value: `${t('review.bar.target')} ${formatTarget(row.target, row.ceiling)}`,
            position: 'insideTopRight',
            fontSize: 11,
            fill: INK,
          }}
        />
      )}
    </BarChart>
  );
}
