import { formatFen, sumFen } from '@shared/domain/money';
import { t } from '../../../i18n';
import { html, type SafeHtml, tableHead } from '../../../print/html';
import {
  methodText,
  moneyHead,
  moneySheet,
  partyPieces,
  piece,
  pieceHtml,
  pieceText,
  signPiece,
  stampPiece,
  totalHtml,
  type Piece,
} from './moneySheet';
import { paperOf } from '../../../print/paper';
import type {
  BuiltDocument,
  MoneyPrintOptions,
  PrintableMoneyDoc,
  PrintProfile,
} from '../../../print/printTypes';
import { voidStamp } from '../../../print/stamps';

const amountOf = (items: readonly { code: string; amountFen: number }[], code: string) =>
  sumFen(items.filter((i) => i.code === code).map((i) => i.amountFen));

function refundTable(doc: PrintableMoneyDoc, original: PrintableMoneyDoc | undefined): SafeHtml {
  const deductions = doc.deductions ?? [];
  return html`<div class="items">
    <table>
      ${tableHead([
        t('print.refund.item'),
        t('print.refund.collected'),
        t('print.refund.deducted'),
        t('print.refund.refunded'),
      ])}
      <tbody>
        ${doc.lines.map(
          (l) =>
            html`<tr>
              <td class="name">${l.name}</td>
              <td class="num">${original ? formatFen(amountOf(original.lines, l.code)) : '—'}</td>
              <td class="num">${formatFen(amountOf(deductions, l.code))}</td>
              <td class="num">${formatFen(l.amountFen)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** `遗失出入证 1 张 100.00（从装修保证金扣除）；…`, or 无. */
function deductionText(doc: PrintableMoneyDoc): string {
  const deductions = doc.deductions ?? [];
  if (deductions.length === 0) return t('print.refund.noDeductions');
  const itemName = (code: string) => doc.lines.find((l) => l.code === code)?.name ?? code;
  return deductions
    .map(
      (d) =>
        `${d.reason} ${formatFen(d.amountFen)}` +
        (doc.lines.length > 1 ? t('print.refund.deductedFrom', { item: itemName(d.code) }) : ''),
    )
    .join('；');
}

function metaOf(doc: PrintableMoneyDoc, original: PrintableMoneyDoc | undefined): Piece[] {
  return [
    ...partyPieces(doc, t('print.refund.payee')),
    piece(t('print.refund.original'), doc.refundOfNo ?? original?.no ?? '—'),
    piece(t('print.refund.method'), methodText(doc)),
  ];
}

/**
 * The refund voucher (退款凭证): its own TK number, the original receipt's number, per deposit
 * what was collected, deducted and paid back, the deductions with their reasons, and lines
 * for the approver and the payee to sign. Two copies on half-A4 (记账, 领款人).
 */
export function buildRefundVoucher(
  doc: PrintableMoneyDoc,
  profile: PrintProfile,
  opts: MoneyPrintOptions & { original?: PrintableMoneyDoc },
): BuiltDocument {
  const meta = metaOf(doc, opts.original);
  const notes = [
    piece(t('print.refund.deductions'), deductionText(doc)),
    ...(doc.note ? [piece(t('print.receipt.note'), doc.note)] : []),
  ];
  const foot = [stampPiece(profile), piece(t('print.refund.clerk'), doc.clerkName)];
  const signs = [signPiece(t('print.refund.approver')), signPiece(t('print.refund.signature'))];
  const body = html`${moneyHead(profile, t('print.refund.title'), doc.no, opts.reprintAt)}
    <div class="meta">${pieceHtml(meta)}</div>
    ${refundTable(doc, opts.original)} ${totalHtml(doc.totalFen, t('print.refund.totalCapital'))}
    ${notes.map((n) => html`<div class="note">${n.html}</div>`)}
    <div class="foot">${pieceHtml(foot)}</div>
    <div class="signs">${pieceHtml(signs)}</div>`;
  const paper = paperOf(opts.paper);
  return moneySheet({
    kind: 'refundVoucher',
    title: t('print.refund.docTitle', { no: doc.no }),
    paper,
    copies: [
      { ordinal: t('print.refund.copy1'), name: t('print.refund.copy1Name') },
      { ordinal: t('print.refund.copy2'), name: t('print.refund.copy2Name') },
    ],
    allCopies: t('print.refund.copies'),
    body,
    content: {
      meta: pieceText(meta),
      columns: [doc.lines.map((l) => l.name)],
      foot: pieceText(foot),
      notes: pieceText(notes),
      // The signature row: one line of text plus its top padding.
      extraMm: paper.basePt * 0.3528 * 1.4 + paper.padMm * 1.2,
    },
    overlay: doc.status === 'void' ? voidStamp(doc.voidedAt, doc.voidReason) : undefined,
  });
}
