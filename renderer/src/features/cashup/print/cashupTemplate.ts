import type { CashupSummary } from '@shared/domain/cashup';
import { formatFen } from '@shared/domain/money';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import type { CashupDocLine } from '../../../db/records';
import { t } from '../../../i18n';
import { capitalAmount, colon } from '../../../i18n/text';
import { html, tableHead, type SafeHtml } from '../../../print/html';
import { a4Document } from '../../../print/printPage';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';

/** A closed shift (交班对账单) or a day book (收费日记账). */
export interface CashupSheetInput {
  mode: 'cashup' | 'dayBook';
  /** The clerk; undefined on a day book of all clerks. */
  clerkName?: string;
  periodFrom: string;
  periodTo: string;
  /** Day books: the office date. */
  date?: string;
  summary: CashupSummary;
  docs: readonly CashupDocLine[];
  /** Closed shifts only. */
  closing?: {
    countedCashFen: number;
    differenceFen: number;
    explanation: string;
    handedTo: string;
  };
  printedAt: string;
}

const CSS = `
body { font-size: 9.5pt; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 1mm; letter-spacing: 1mm; }
.org { text-align: center; font-size: 9pt; margin-bottom: 2mm; }
.meta { display: flex; flex-wrap: wrap; gap: 1mm 8mm; margin-bottom: 2mm; }
.k { color: #333; }
table.grid { width: 100%; margin-bottom: 3mm; }
.grid th, .grid td { border: 0.2mm solid #000; padding: 0.6mm 1.5mm; line-height: 1.35; }
.grid th { font-weight: 400; background: #f2f2f2; white-space: nowrap; }
.grid tr.sum td { font-weight: 700; }
.grid thead { display: table-header-group; }
.grid tr { break-inside: avoid; }
.cash td.v { font-weight: 700; }
.void td { color: #888; text-decoration: line-through; }
.void td.st { text-decoration: none; color: #c00; }
.late td.st { color: #c00; }
.signs { display: flex; justify-content: space-between; margin: 4mm 0 5mm; }
.sign { display: inline-block; width: 32mm; border-bottom: 0.2mm solid #000; }
h2 { font-size: 10.5pt; margin: 0 0 1mm; }
.printed { text-align: right; font-size: 8pt; color: #555; margin-top: 2mm; }
`;

const n = (fen: number) => html`<td class="num">${formatFen(fen)}</td>`;
const c = (count: number) => html`<td class="num">${count}</td>`;

function methodTable(s: CashupSummary): SafeHtml {
  const keys = [
    'method',
    'receipts',
    'received',
    'refunds',
    'refunded',
    'voids',
    'voided',
    'lateVoid',
    'net',
  ] as const;
  return html`<table class="grid">
    ${tableHead(keys.map((k) => t(`print.cashup.${k}`)))}
    <tbody>
      ${s.byMethod.map(
        (m) =>
          html`<tr>
            <td>${t(`money.method.${m.method}`)}</td>
            ${c(m.receiptCount)}${n(m.receivedFen)}${c(m.refundCount)}${n(m.refundedFen)}${c(m.voidCount)}${n(m.voidedFen)}${n(m.lateVoidFen)}${n(m.netFen)}
          </tr>`,
      )}
      <tr class="sum">
        <td>${t('print.cashup.totalRow')}</td>
        ${c(s.receiptCount)}${n(s.receivedFen)}${c(s.refundCount)}${n(s.refundedFen)}${c(s.voidCount)}${n(s.voidedFen)}${n(s.lateVoidFen)}${n(s.netFen)}
      </tr>
    </tbody>
  </table>`;
}

function differenceText(diff: number): string {
  if (diff === 0) return t('print.cashup.agrees');
  return `${t(diff > 0 ? 'print.cashup.surplus' : 'print.cashup.shortage')} ${formatFen(Math.abs(diff))}`;
}

function cashTable(s: CashupSummary, closing: NonNullable<CashupSheetInput['closing']>): SafeHtml {
  return html`<table class="grid cash">
      <tbody>
        <tr>
          <th>${t('print.cashup.float')}</th>
          ${n(s.floatFen)}
          <th>${t('print.cashup.expected')}</th>
          <td class="num v">${formatFen(s.expectedCashFen)}</td>
          <th>${t('print.cashup.counted')}</th>
          <td class="num v">${formatFen(closing.countedCashFen)}</td>
          <th>${t('print.cashup.difference')}</th>
          <td class="num v">${differenceText(closing.differenceFen)}</td>
        </tr>
        <tr>
          <th>${t('print.cashup.countedCapital')}</th>
          <td colspan="7">${capitalAmount(closing.countedCashFen)}</td>
        </tr>
        <tr>
          <th>${t('print.cashup.explanation')}</th>
          <td colspan="5">${closing.explanation || '—'}</td>
          <th>${t('print.cashup.handedTo')}</th>
          <td>${closing.handedTo || '—'}</td>
        </tr>
      </tbody>
    </table>
    <div class="signs">
      ${(['signClerk', 'signNext', 'signSupervisor'] as const).map(
        (k) =>
          html`<span
            ><span class="k">${t(`print.cashup.${k}`)}${colon()}</span><span class="sign"></span
          ></span>`,
      )}
    </div>`;
}

function docTable(docs: readonly CashupDocLine[]): SafeHtml {
  if (docs.length === 0) return html`<p>${t('print.cashup.none')}</p>`;
  const keys = ['time', 'no', 'kind', 'payer', 'unit', 'method', 'amount', 'status'] as const;
  return html`<table class="grid docs">
    ${tableHead(keys.map((k) => t(`print.cashup.${k}`)))}
    <tbody>
      ${docs.map((d) => {
        const base = d.lateVoid ? t('print.cashup.lateVoidMark') : t(`money.status.${d.status}`);
        const status = d.priceOverride ? `${base} ${t('print.cashup.belowStandardMark')}` : base;
        const cls = d.lateVoid ? 'late' : d.status === 'void' ? 'void' : '';
        const signed = d.kind === 'refund' ? -d.totalFen : d.totalFen;
        return html`<tr class="${cls}">
          <td class="num">${formatOfficeDateTime(d.issuedAt)}</td>
          <td>${d.no}</td>
          <td>${t(`money.kind.${d.kind}`)}</td>
          <td>${d.payerName}</td>
          <td>${d.unitCode ?? ''}</td>
          <td>${t(`money.method.${d.method}`)}</td>
          ${n(signed)}
          <td class="st">${status}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

/** Receipts below their standard price, with who authorised them and why (issue 15). */
function overrideList(docs: readonly CashupDocLine[]): SafeHtml | string {
  const overridden = docs.filter((d) => d.priceOverride);
  if (overridden.length === 0) return '';
  return html`<h2>${t('print.cashup.overridesTitle')}</h2>
    <ul class="overrides">
      ${overridden.map(
        (d) =>
          html`<li>
            ${t('print.cashup.overrideLine', {
              no: d.no,
              approver: d.priceOverride?.approverName ?? '',
              reason: d.priceOverride?.reason ?? '',
            })}
          </li>`,
      )}
    </ul>`;
}

/** The cash-up sheet or the day book on A4 portrait; long lists run onto more pages. */
export function buildCashupSheet(input: CashupSheetInput, profile: PrintProfile): BuiltDocument {
  const isCashup = input.mode === 'cashup';
  const heading = t(isCashup ? 'print.cashup.title' : 'print.cashup.dayBookTitle');
  const title = isCashup
    ? t('print.cashup.docTitle', {
        clerk: input.clerkName ?? '',
        time: formatOfficeDateTime(input.periodTo),
      })
    : t('print.cashup.dayBookDocTitle', { date: input.date ?? '' });
  const body = html`<div class="org">${profile.name}</div>
    <h1>${heading}</h1>
    <div class="meta">
      <span
        ><span class="k">${t('print.cashup.clerk')}${colon()}</span
        >${input.clerkName ?? t('print.cashup.allClerks')}</span
      >
      ${
        isCashup
          ? html`<span
                ><span class="k">${t('print.cashup.period')}${colon()}</span
                >${formatOfficeDateTime(input.periodFrom)} —
                ${formatOfficeDateTime(input.periodTo)}</span
              >
              <span
                ><span class="k">${t('print.cashup.closedAt')}${colon()}</span
                >${formatOfficeDateTime(input.periodTo)}</span
              >`
          : html`<span
              ><span class="k">${t('print.cashup.date')}${colon()}</span>${input.date ?? ''}</span
            >`
      }
    </div>
    ${methodTable(input.summary)}
    ${isCashup && input.closing ? cashTable(input.summary, input.closing) : ''}
    <h2>${t('print.cashup.docs')}</h2>
    ${docTable(input.docs)} ${overrideList(input.docs)}
    <div class="printed">
      ${t('print.cashup.printedAt', { time: formatOfficeDateTime(input.printedAt) })}
    </div>`;
  return a4Document('report', title, CSS, body);
}
