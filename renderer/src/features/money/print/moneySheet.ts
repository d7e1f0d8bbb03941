import { formatFen } from '@shared/domain/money';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { t } from '../../../i18n';
import { capitalAmount, colon, inParens } from '../../../i18n/text';
import { html, type SafeHtml } from '../../../print/html';
import { fitScale, type PartContent } from '../../../print/fitPart';
import { paperMargin, type Paper } from '../../../print/paper';
import { customSheet, logoImg, sheetDocument } from '../../../print/printPage';
import type { BuiltDocument, PrintableMoneyDoc, PrintProfile } from '../../../print/printTypes';
import { reprintMark, STAMP_CSS } from '../../../print/stamps';

/** Layout shared by the receipt and the refund voucher: parts with a copy name down the edge. */
const CSS = `
.sheet { width: 100%; display: flex; flex-direction: column; }
.part { position: relative; flex: 1 1 0; display: flex; overflow: hidden; }
.part + .part { border-top: 0.3mm dashed #777; }
.body { flex: 1 1 auto; display: flex; flex-direction: column; padding: var(--pad) var(--pad) calc(var(--pad) * 0.6); min-width: 0; }
.copy { flex: 0 0 var(--copy-w); writing-mode: vertical-rl; text-align: center; font-size: var(--small);
  border-left: 0.3mm solid #000; margin: var(--pad) 0; letter-spacing: 0.6mm; line-height: 1.2; }
.copy b { font-size: var(--base); }
.head { display: flex; align-items: flex-end; gap: 2mm; border-bottom: 0.5mm double #000; padding-bottom: 0.8mm; }
.head .org { flex: 1 1 0; font-size: var(--small); display: flex; align-items: center; gap: 1.5mm; min-width: 0; }
.head .org .logo { height: calc(var(--title) * 1.1); width: auto; }
.head .title { font-size: var(--title); font-weight: 700; letter-spacing: 1mm; line-height: 1; }
.head .no { flex: 1 1 0; text-align: right; font-size: var(--base); white-space: nowrap; }
.head .no b { font-size: calc(var(--base) * 1.15); color: #c00; font-variant-numeric: tabular-nums; }
.meta { display: flex; flex-wrap: wrap; gap: 0 5mm; font-size: var(--base); line-height: 1.4; margin: 1mm 0 0.8mm; }
.k { color: #333; }
.items { display: flex; gap: 3mm; font-size: var(--base); }
.items table { flex: 1 1 0; border: 0.3mm solid #000; }
.items th, .items td { border: 0.2mm solid #000; padding: 0.2mm 1.2mm; line-height: 1.25; }
.items th { font-weight: 400; background: #f2f2f2; white-space: nowrap; }
.items td.name { width: 100%; }
.total { display: flex; align-items: baseline; gap: 3mm; font-size: var(--base); line-height: 1.4;
  border: 0.3mm solid #000; border-top: 0; padding: 0.5mm 1.2mm; }
.total .cap { flex: 1 1 auto; font-weight: 700; font-size: calc(var(--base) * 1.1); }
.total .fig { font-weight: 700; font-size: calc(var(--base) * 1.1); }
.note { font-size: var(--base); line-height: 1.4; margin-top: 0.8mm; }
.foot { display: flex; flex-wrap: wrap; gap: 0 5mm; font-size: var(--base); line-height: 1.4; margin-top: auto; padding-top: 0.8mm; }
.foot .grow { flex: 1 1 auto; }
.signs { display: flex; justify-content: flex-end; gap: 10mm; font-size: var(--base); padding-top: calc(var(--pad) * 1.2); }
.sign { display: inline-block; width: 28mm; border-bottom: 0.2mm solid #000; }
`;

const IDEOGRAPHIC_SPACE = '\u3000';

/** The name of one copy: `第一联 存根`, or on multi-part paper the list of all layers. */
export interface CopyName {
  ordinal: string;
  name: string;
}

export function moneyHead(
  profile: PrintProfile,
  title: string,
  no: string,
  reprintAt?: string,
): SafeHtml {
  return html`<div class="head">
    <div class="org">${logoImg(profile.logoDataUrl, 'logo')}<span>${profile.name}</span></div>
    <div class="title">${title}</div>
    <div class="no">${t('print.receipt.no')} <b>${no}</b>${reprintMark(reprintAt)}</div>
  </div>`;
}

/**
 * A page of money parts: one per copy on cut sheets, a single part on multi-part paper (its
 * edge lists every layer). `body` renders a part's content; `overlay` goes over each part.
 */
export function moneySheet(opts: {
  kind: string;
  title: string;
  paper: Paper;
  copies: readonly CopyName[];
  allCopies: string;
  body: SafeHtml;
  /** What the body holds, to size the type so a part never overflows its strip. */
  content: PartContent;
  overlay?: SafeHtml;
}): BuiltDocument {
  const { paper } = opts;
  const sheetMm = paper.heightMm - 2 * paper.marginVMm;
  const partCount = paper.multiPart ? 1 : opts.copies.length;
  const scale = fitScale(paper, opts.content, sheetMm / partCount);
  const label = (c: CopyName | undefined) =>
    c
      ? html`<div class="copy">${c.ordinal}${IDEOGRAPHIC_SPACE}<b>${c.name}</b></div>`
      : html`<div class="copy">${opts.allCopies}</div>`;
  const parts = paper.multiPart ? [undefined] : opts.copies;
  const body = html`<div class="sheet">
    ${parts.map(
      (c, i) =>
        html`<section class="part" data-copy="${String(i + 1)}">
          <div class="body">${opts.body}</div>
          ${label(c)}${opts.overlay ?? ''}
        </section>`,
    )}
  </div>`;
  const pt = (v: number) => `${Math.round(v * scale * 10) / 10}pt`;
  const vars = `:root { --base: ${pt(paper.basePt)}; --small: ${pt(paper.basePt - 1)}; --title: ${pt(paper.titlePt)};
  --pad: ${paper.padMm}mm; --copy-w: ${paper.copyWidthMm}mm; }
.sheet { height: ${sheetMm}mm; }`;
  return sheetDocument({
    kind: opts.kind,
    title: opts.title,
    sheet: customSheet(paper.widthMm, paper.heightMm),
    marginMm: paperMargin(paper),
    css: CSS + STAMP_CSS + vars,
    body,
  });
}

/** A `label：value` piece of a meta or foot line, with its plain text for the height estimate. */
export interface Piece {
  text: string;
  html: SafeHtml;
}

export function piece(label: string, value: string, cls?: string): Piece {
  return {
    text: `${label}${colon()}${value}`,
    html: html`<span class="${cls ?? ''}"><span class="k">${label}${colon()}</span>${value}</span>`,
  };
}

/** A piece whose value is a signature line to fill in by hand. */
export function signPiece(label: string): Piece {
  return {
    text: `${label}${colon()}${IDEOGRAPHIC_SPACE.repeat(6)}`,
    html: html`<span><span class="k">${label}${colon()}</span><span class="sign"></span></span>`,
  };
}

/** The meta line's opening pieces: when, who paid (or is paid back: `partyLabel`), the unit. */
export function partyPieces(doc: PrintableMoneyDoc, partyLabel: string): Piece[] {
  return [
    piece(t('print.receipt.date'), formatOfficeDateTime(doc.issuedAt)),
    piece(partyLabel, `${doc.payerName}${inParens(t(`money.payerKind.${doc.payerKind}`))}`),
    piece(t('print.receipt.unit'), doc.unitCode || '—'),
  ];
}

/** How the money moved: the method and its reference (a transfer's number). */
export const methodText = (doc: PrintableMoneyDoc): string =>
  t(`money.method.${doc.method}`) + (doc.methodRef ? ` ${doc.methodRef}` : '');

/** The total in 大写 (after `capitalLabel`) and in figures. */
export function totalHtml(totalFen: number, capitalLabel: string): SafeHtml {
  return html`<div class="total">
    <span class="k">${capitalLabel}${colon()}</span
    ><span class="cap">${capitalAmount(totalFen)}</span>
    <span class="k">${t('print.receipt.total')}${colon()}</span
    ><span class="fig num">¥${formatFen(totalFen)}</span>
  </div>`;
}

/** The foot's stamp: the office's stamp text, or its name. */
export const stampPiece = (profile: PrintProfile): Piece =>
  piece(t('print.receipt.stamp'), profile.stampText || profile.name, 'grow');

export const pieceHtml = (pieces: readonly Piece[]): SafeHtml[] => pieces.map((p) => p.html);
export const pieceText = (pieces: readonly Piece[]): string[] => pieces.map((p) => p.text);
