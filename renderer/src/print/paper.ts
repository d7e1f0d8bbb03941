import type { ReceiptPaper } from '@shared/domain/deskSettings';

/** How a receipt-sized document sits on the paper the desk has loaded. */
export interface Paper {
  widthMm: number;
  heightMm: number;
  /** Top/bottom and left/right page margins. */
  marginVMm: number;
  marginHMm: number;
  /**
   * Multi-part continuous paper: its layers are the copies, so one part is printed. On cut
   * sheets (laser) each copy is printed as its own part, to be cut apart.
   */
  multiPart: boolean;
  basePt: number;
  titlePt: number;
  padMm: number;
  copyWidthMm: number;
}

export const PAPERS: Record<ReceiptPaper, Paper> = {
  // Half an A4 sheet (A4 cut across), laser printed: the copies are strips cut apart.
  'half-A4': {
    widthMm: 210,
    heightMm: 148.5,
    marginVMm: 3,
    marginHMm: 5,
    multiPart: false,
    basePt: 8,
    titlePt: 12,
    padMm: 1.6,
    copyWidthMm: 5,
  },
  // 241×93 mm continuous form (dot matrix): the tractor strips take ~12 mm a side.
  '241x93': {
    widthMm: 241,
    heightMm: 93,
    marginVMm: 5,
    marginHMm: 14,
    multiPart: true,
    basePt: 9.5,
    titlePt: 16,
    padMm: 2.5,
    copyWidthMm: 7,
  },
};

export function paperOf(paper: ReceiptPaper): Paper {
  return PAPERS[paper];
}

/** The `@page` margin shorthand of a paper. */
export function paperMargin(paper: Paper): string {
  return `${paper.marginVMm}mm ${paper.marginHMm}mm`;
}
