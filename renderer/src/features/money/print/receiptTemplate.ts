import { formatFen } from '@shared/domain/money';
import type { ReceiptLine } from '@shared/domain/receipt';
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

/** Lines per column before the item table splits into two columns side by side. */
const LINES_PER_COLUMN = 4;

function itemTable(lines: readonly ReceiptLine[]): SafeHtml {
  return html`<table>
    ${tableHead([
      t('print.receipt.item'),
      t('print.receipt.quantity'),
      t('print.receipt.unitPrice'),
      t('print.receipt.amount'),
    ])}
    <tbody>
      ${lines.map(
        (l) =>
          html`<tr>
            <td class="name">${l.name}</td>
            <td class="num">${l.quantity}</td>
            <td class="num">${formatFen(l.unitFen)}</td>
            <td class="num">${formatFen(l.amountFen)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** More lines than fit one column go into two tables side by side, so a part stays one strip. */
function columnsOf(lines: readonly ReceiptLine[]): ReceiptLine[][] {
  if (lines.length <= LINES_PER_COLUMN) return [[...lines]];
  const half = Math.ceil(lines.length / 2);
  return [lines.slice(0, half), lines.slice(half)];
}

function metaOf(doc: PrintableMoneyDoc): Piece[] {
  return [
    ...partyPieces(doc, t('print.receipt.payer')),
    piece(t('print.receipt.method'), methodText(doc)),
  ];
}

function footOf(doc: PrintableMoneyDoc, profile: PrintProfile): Piece[] {
  const source = doc.source ? doc.source.label || t(`money.sourceKind.${doc.source.kind}`) : '';
  return [
    stampPiece(profile),
    ...(source ? [piece(t('print.receipt.source'), source)] : []),
    ...(doc.note ? [piece(t('print.receipt.note'), doc.note)] : []),
    piece(t('print.receipt.clerk'), doc.clerkName),
  ];
}

/**
 * The receipt (收据). On half-A4 the three copies 存根/收据/记账 are printed one under the other
 * with cut lines (a laser printer makes no carbon copies); on 241×93 mm multi-part continuous
 * paper one part is printed and the layers are the copies, named down the right edge.
 */
export function buildReceipt(
  doc: PrintableMoneyDoc,
  profile: PrintProfile,
  opts: MoneyPrintOptions,
): BuiltDocument {
  const meta = metaOf(doc);
  const foot = footOf(doc, profile);
  const columns = columnsOf(doc.lines);
  const body = html`${moneyHead(profile, t('print.receipt.title'), doc.no, opts.reprintAt)}
    <div class="meta">${pieceHtml(meta)}</div>
    <div class="items">${columns.map(itemTable)}</div>
    ${totalHtml(doc.totalFen, t('print.receipt.totalCapital'))}
    <div class="foot">${pieceHtml(foot)}</div>`;
  return moneySheet({
    kind: 'receipt',
    title: t('print.receipt.docTitle', { no: doc.no }),
    paper: paperOf(opts.paper),
    copies: [
      { ordinal: t('print.receipt.copy1'), name: t('print.receipt.copy1Name') },
      { ordinal: t('print.receipt.copy2'), name: t('print.receipt.copy2Name') },
      { ordinal: t('print.receipt.copy3'), name: t('print.receipt.copy3Name') },
    ],
    allCopies: t('print.receipt.copies'),
    body,
    content: {
      meta: pieceText(meta),
      columns: columns.map((c) => c.map((l) => l.name)),
      foot: pieceText(foot),
      notes: [],
    },
    overlay: doc.status === 'void' ? voidStamp(doc.voidedAt, doc.voidReason) : undefined,
  });
}
