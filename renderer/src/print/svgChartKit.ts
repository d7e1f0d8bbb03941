import { PRINT_FONT_STACK } from './printPage';
import { html, type SafeHtml } from './html';
import type { ChartSeries } from './svgCharts';

/** The pieces svgCharts.ts draws with: fills and patterns, dashes, legend, the <svg> shell. */

const FILLS = ['#3a3a3a', '#bdbdbd', '#ffffff', '#7a7a7a'];
export const DASHES = ['', '6 3', '2 2', '8 2 2 2'];
export const FONT = 10;

/** The patterns series 1… are drawn with; series 0 is solid dark gray. */
export function defs(id: string): SafeHtml {
  return html`<defs>
    <pattern
      id="${id}-p1"
      width="5"
      height="5"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="5" height="5" fill="${FILLS[1]}" />
      <line x1="0" y1="0" x2="0" y2="5" stroke="#000" stroke-width="1.2" />
    </pattern>
    <pattern id="${id}-p2" width="4" height="4" patternUnits="userSpaceOnUse">
      <rect width="4" height="4" fill="#fff" />
      <circle cx="2" cy="2" r="0.9" fill="#000" />
    </pattern>
    <pattern id="${id}-p3" width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill="${FILLS[3]}" />
      <path d="M0 3H6M3 0V6" stroke="#fff" stroke-width="1" />
    </pattern>
  </defs>`;
}

export function fillOf(id: string, i: number): string {
  return i % 4 === 0 ? (FILLS[0] ?? '#000') : `url(#${id}-p${i % 4})`;
}

/** A round top for the scale: 1, 2, 2.5 or 5 times a power of ten, at least `max`. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

export function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** A black line from (x1, y1) to (x2, y2): axes at width 1, target marks and keys dashed. */
export function blackLine(
  [x1, y1]: readonly [number, number],
  [x2, y2]: readonly [number, number],
  width = 1,
  dash = '',
): SafeHtml {
  return html`<line
    x1="${num(x1)}"
    y1="${num(y1)}"
    x2="${num(x2)}"
    y2="${num(y2)}"
    stroke="#000"
    stroke-width="${width}"
    stroke-dasharray="${dash}"
  />`;
}

export function legend(
  id: string,
  series: readonly ChartSeries[],
  x: number,
  y: number,
  line: boolean,
): SafeHtml {
  let at = x;
  return html`${series.map((s, i) => {
    const x0 = at;
    at += 26 + s.name.length * FONT + 14;
    const mark = line
      ? blackLine([x0, y - 4], [x0 + 20, y - 4], 1.5, DASHES[i % 4] ?? '')
      : html`<rect
          x="${num(x0)}"
          y="${num(y - 9)}"
          width="20"
          height="10"
          fill="${fillOf(id, i)}"
          stroke="#000"
          stroke-width="0.6"
        />`;
    return html`${mark}<text x="${num(x0 + 24)}" y="${num(y)}">${s.name}</text>`;
  })}`;
}

export function svg(width: number, height: number, inner: SafeHtml): SafeHtml {
  return html`<svg
    xmlns="http://www.w3.org/2000/svg"
    class="chart"
    viewBox="0 0 ${width} ${height}"
    width="100%"
    role="img"
    font-family="${PRINT_FONT_STACK}"
    font-size="${FONT}"
  >
    ${inner}
  </svg>`;
}
