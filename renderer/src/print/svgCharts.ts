import { html, type SafeHtml } from './html';
import { DASHES, FONT, blackLine, defs, fillOf, legend, niceMax, num, svg } from './svgChartKit';

/** A target's mark on a bar and its key in the legend: dashed, a little heavier than an axis. */
const targetLine = (from: readonly [number, number], to: readonly [number, number]) =>
  blackLine(from, to, 1.4, '3 2');

export { niceMax };

/**
 * Charts for printed reports as inline SVG: no script, no external resource, readable on a
 * black-and-white printer. Series differ by gray level AND pattern (solid, hatch, dots), every
 * bar carries its value as text, so nothing depends on colour. Labels are escaped like all
 * template text.
 */

export interface ChartSeries {
  name: string;
  /** One value per category; null = not applicable (no bar, label —). */
  values: readonly (number | null)[];
}

export interface BarChartOptions {
  /** Unique within the page: pattern ids are built from it. */
  id: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  orientation: 'vertical' | 'horizontal';
  width: number;
  height: number;
  format?: (value: number) => string;
  /** A target per category, drawn as a dashed mark across the group. */
  targets?: readonly (number | null)[];
  targetLabel?: string;
  /** Fixed top of the scale (e.g. 1 for rates); else the data's rounded maximum. */
  max?: number;
}

export interface LineChartOptions {
  id: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  width: number;
  height: number;
  format?: (value: number) => string;
}

/** Grouped bars: one group per category, one bar per series, each bar labelled. */
export function barChart(o: BarChartOptions): SafeHtml {
  const fmt = o.format ?? ((v: number) => String(v));
  const all = o.series.flatMap((s) => s.values).concat(o.targets ?? []);
  const top = o.max ?? niceMax(Math.max(0, ...all.filter((v): v is number => v !== null)));
  const horizontal = o.orientation === 'horizontal';
  const labelW = horizontal ? Math.max(...o.categories.map((c) => c.length), 2) * FONT + 8 : 0;
  const pad = {
    left: 6 + labelW,
    right: horizontal ? 56 : 8,
    top: 22,
    bottom: horizontal ? 8 : 20,
  };
  const plotW = o.width - pad.left - pad.right;
  const plotH = o.height - pad.top - pad.bottom;
  const groups = Math.max(1, o.categories.length);
  const band = (horizontal ? plotH : plotW) / groups;
  const barT = (band * 0.75) / Math.max(1, o.series.length);
  const scale = (v: number) => (Math.min(v, top) / top) * (horizontal ? plotW : plotH);
  const bars = o.categories.map((cat, g) => {
    const start = g * band + band * 0.125;
    const catLabel = horizontal
      ? html`<text
          x="${num(pad.left - 4)}"
          y="${num(pad.top + g * band + band / 2 + 3.5)}"
          text-anchor="end"
          >${cat}</text
        >`
      : html`<text
          x="${num(pad.left + g * band + band / 2)}"
          y="${num(o.height - 6)}"
          text-anchor="middle"
          >${cat}</text
        >`;
    const rects = o.series.map((s, i) => {
      const v = s.values[g] ?? null;
      const len = v === null ? 0 : scale(Math.max(0, v));
      const text = v === null ? '—' : fmt(v);
      if (horizontal) {
        const y = pad.top + start + i * barT;
        return html`<rect
            x="${num(pad.left)}"
            y="${num(y)}"
            width="${num(len)}"
            height="${num(barT - 1)}"
            fill="${fillOf(o.id, i)}"
            stroke="#000"
            stroke-width="0.6"
          /><text
            x="${num(pad.left + len + 3)}"
            y="${num(y + barT / 2 + 3)}"
            font-size="${FONT - 1}"
            >${text}</text
          >`;
      }
      const x = pad.left + start + i * barT;
      const y = pad.top + plotH - len;
      return html`<rect
          x="${num(x)}"
          y="${num(y)}"
          width="${num(barT - 1)}"
          height="${num(len)}"
          fill="${fillOf(o.id, i)}"
          stroke="#000"
          stroke-width="0.6"
        /><text
          x="${num(x + barT / 2)}"
          y="${num(y - 2)}"
          text-anchor="middle"
          font-size="${FONT - 1}"
          >${text}</text
        >`;
    });
    const target = o.targets?.[g];
    const mark =
      target === undefined || target === null
        ? html``
        : horizontal
          ? targetLine(
              [pad.left + scale(target), pad.top + g * band + 2],
              [pad.left + scale(target), pad.top + (g + 1) * band - 2],
            )
          : targetLine(
              [pad.left + g * band + 2, pad.top + plotH - scale(target)],
              [pad.left + (g + 1) * band - 2, pad.top + plotH - scale(target)],
            );
    return html`${catLabel}${rects}${mark}`;
  });
  const axis = horizontal
    ? blackLine([pad.left, pad.top], [pad.left, pad.top + plotH])
    : blackLine([pad.left, pad.top + plotH], [pad.left + plotW, pad.top + plotH]);
  const targetKey = o.targets
    ? html`${targetLine([o.width - 120, 8], [o.width - 100, 8])}<text
          x="${num(o.width - 96)}"
          y="12"
          >${o.targetLabel ?? ''}</text
        >`
    : html``;
  return svg(
    o.width,
    o.height,
    html`${defs(o.id)}${legend(o.id, o.series, pad.left, 12, false)}${targetKey}${bars}${axis}`,
  );
}

/** Lines over months: series differ by dash and marker, each point labelled. */
export function lineChart(o: LineChartOptions): SafeHtml {
  const fmt = o.format ?? ((v: number) => String(v));
  const values = o.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const top = niceMax(Math.max(0, ...values));
  const pad = { left: 8, right: 8, top: 26, bottom: 30 };
  const plotW = o.width - pad.left - pad.right;
  const plotH = o.height - pad.top - pad.bottom;
  const step = plotW / Math.max(1, o.categories.length);
  const xOf = (i: number) => pad.left + step * i + step / 2;
  const yOf = (v: number) => pad.top + plotH - (Math.max(0, v) / top) * plotH;
  const lines = o.series.map((s, si) => {
    const pts = s.values
      .map((v, i) => (v === null ? null : `${num(xOf(i))},${num(yOf(v))}`))
      .filter((p): p is string => p !== null);
    const marks = s.values.map((v, i) =>
      v === null
        ? html``
        : html`${
              si % 2 === 0
                ? html`<circle
                    cx="${num(xOf(i))}"
                    cy="${num(yOf(v))}"
                    r="2.6"
                    fill="${si === 0 ? '#000' : '#fff'}"
                    stroke="#000"
                  />`
                : html`<rect
                    x="${num(xOf(i) - 2.5)}"
                    y="${num(yOf(v) - 2.5)}"
                    width="5"
                    height="5"
                    fill="#fff"
                    stroke="#000"
                  />`
            }<text
              x="${num(xOf(i))}"
              y="${num(yOf(v) + (si % 2 === 0 ? -5 : 12))}"
              text-anchor="middle"
              font-size="${FONT - 1}"
              >${fmt(v)}</text
            >`,
    );
    return html`<polyline
        points="${pts.join(' ')}"
        fill="none"
        stroke="#000"
        stroke-width="1.3"
        stroke-dasharray="${DASHES[si % 4] ?? ''}"
      />${marks}`;
  });
  const labels = o.categories.map(
    (c, i) =>
      html`<text x="${num(xOf(i))}" y="${num(o.height - 6)}" text-anchor="middle">${c}</text>`,
  );
  const axis = blackLine([pad.left, pad.top + plotH], [pad.left + plotW, pad.top + plotH]);
  return svg(
    o.width,
    o.height,
    html`${legend(o.id, o.series, pad.left, 12, true)}${axis}${lines}${labels}`,
  );
}
