import type { Paper } from './paper';

/**
 * Sizing a money part so it never overflows its strip. The print window runs no JavaScript,
 * so the page cannot measure itself: the template estimates the height of its rows from the
 * text and shrinks the type (never below MIN_SCALE) until the estimate fits. The estimate
 * uses the same line heights as the CSS in `moneySheet.ts`; keep the two in step.
 */

const PT_TO_MM = 25.4 / 72;
export const MIN_SCALE = 0.7;
/** Estimates are rough (font metrics differ per machine): leave this share of the strip free. */
const SAFETY = 0.04;

export const LINE_HEIGHT = 1.4;
export const ROW_LINE_HEIGHT = 1.25;
/** Vertical padding + border of a table row, in mm (CSS: 0.2 mm padding, 0.2 mm border). */
export const ROW_EXTRA_MM = 0.6;

/** Width of text in em: CJK and full-width characters 1, digits and Latin about half. */
export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) em += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.52;
  return em;
}

/** What a part holds, as far as its height goes. */
export interface PartContent {
  /** Pieces of the meta line (each `label：value`), wrapped as flex items. */
  meta: string[];
  /** Item names per table column (one or two columns). */
  columns: string[][];
  /** Pieces of the foot line. */
  foot: string[];
  /** Extra full-width text lines under the total (deductions, notes). */
  notes: string[];
  /** Extra height in mm a template adds (signature row). */
  extraMm?: number;
}

function wrappedLines(pieces: string[], emMm: number, widthMm: number, gapMm: number): number {
  let lines = pieces.length ? 1 : 0;
  let used = 0;
  for (const p of pieces) {
    const w = textEm(p) * emMm;
    if (used > 0 && used + gapMm + w > widthMm) {
      lines += 1;
      used = 0;
    }
    lines += Math.floor(w / widthMm);
    used = used === 0 ? w % widthMm : used + gapMm + w;
  }
  return lines;
}

/** Estimated height in mm of a part at `scale`. */
export function partHeightMm(paper: Paper, c: PartContent, scale: number): number {
  const em = paper.basePt * scale * PT_TO_MM;
  const title = paper.titlePt * scale * PT_TO_MM;
  const width = paper.widthMm - 2 * paper.marginHMm - paper.copyWidthMm - 2 * paper.padMm;
  const line = em * LINE_HEIGHT;
  const row = em * ROW_LINE_HEIGHT + ROW_EXTRA_MM;
  // Amount columns take about 24 em in all; the name column gets the rest of its table.
  const colWidth = (width - (c.columns.length - 1) * 3) / Math.max(1, c.columns.length);
  const nameWidth = Math.max(10, colWidth - 24 * em);
  const rows = Math.max(
    ...c.columns.map((names) =>
      names.reduce((n, name) => n + Math.max(1, Math.ceil((textEm(name) * em) / nameWidth)), 0),
    ),
  );
  const head = title * 1.1 + 1.6;
  const meta = wrappedLines(c.meta, em, width, 5) * line + 1.8;
  const table = (rows + 1) * row;
  const total = em * 1.1 * LINE_HEIGHT + 1.5;
  const notes = c.notes.reduce((h, n) => h + wrappedLines([n], em, width, 0) * line + 0.8, 0);
  const foot = wrappedLines(c.foot, em, width, 5) * line + 0.8;
  return paper.padMm * 1.6 + head + meta + table + total + notes + foot + (c.extraMm ?? 0);
}

/** The largest type scale (1 at most, MIN_SCALE at least) at which the content fits `heightMm`. */
export function fitScale(paper: Paper, content: PartContent, heightMm: number): number {
  const room = heightMm * (1 - SAFETY);
  for (let scale = 1; scale > MIN_SCALE; scale -= 0.05) {
    if (partHeightMm(paper, content, scale) <= room) return Math.round(scale * 100) / 100;
  }
  return MIN_SCALE;
}
