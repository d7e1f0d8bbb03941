import type { Counts, MonthlySummary } from '@shared/domain/complaintMonthly';
import { caseStatusLabel } from '@shared/domain/complaints';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { COMPLAINT_RATE_KEYS, formatRate, rateDecimals } from '@shared/domain/rates';
import type { MonthlyAnalysisEntry } from '@shared/domain/complaintAnalysis';
import type { CaseRecord } from '../../../db/records';
import { t } from '../../../i18n';
import { colon } from '../../../i18n/text';
import { analysisTable } from '../../../print/analysisTable';
import { html, type SafeHtml, tableHead } from '../../../print/html';
import { a4Document } from '../../../print/printPage';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';
import { domainText } from '../../../i18n/domainText';

/** Labels a form needs besides the catalog: department names from the settings. */
export interface MonthlyPrintContext {
  departmentName: (code: string | undefined) => string;
  printedAt: string;
  /** The supervisor's 原因分析 and 纠正/预防措施 for the month (complaints only). */
  analysis?: readonly MonthlyAnalysisEntry[];
}

const CSS = `
body { font-size: 9.5pt; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 1mm; letter-spacing: 1mm; }
.org { text-align: center; margin-bottom: 2mm; }
h2 { font-size: 10.5pt; margin: 3mm 0 1mm; }
.grid { width: 100%; }
.grid th, .grid td { border: 0.2mm solid #000; padding: 0.8mm 1.5mm; line-height: 1.35; }
.grid th { font-weight: 400; background: #f2f2f2; white-space: nowrap; }
.grid thead { display: table-header-group; }
.grid tr { break-inside: avoid; }
.list td.nw { white-space: nowrap; }
.counts { display: flex; gap: 3mm; align-items: flex-start; }
.counts table { flex: 1; }
.printed { text-align: right; font-size: 8pt; color: #555; margin-top: 2mm; }
.sign { display: flex; justify-content: space-between; margin-top: 5mm; }
.line { display: inline-block; width: 30mm; border-bottom: 0.2mm solid #000; }
`;

function countTable(title: string, counts: Counts, label: (key: string) => string): SafeHtml {
  const keys = Object.keys(counts).sort();
  return html`<table class="grid">
    <thead>
      <tr>
        <th colspan="2">${title}</th>
      </tr>
    </thead>
    <tbody>
      ${
        keys.length === 0
          ? html`<tr>
              <td colspan="2">—</td>
            </tr>`
          : ''
      }
      ${keys.map(
        (k) =>
          html`<tr>
            <td>${label(k)}</td>
            <td class="num">${counts[k] ?? 0}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function ratesTable(s: MonthlySummary): SafeHtml {
  if (!s.rates) return html``;
  const rows = COMPLAINT_RATE_KEYS.map((k) => {
    const r = s.rates![k];
    return html`<tr>
      <td>${t(`complaints.monthly.${k}`)}</td>
      <td class="num">${formatRate(r, rateDecimals(k))}</td>
      <td class="num">${r.numerator}/${r.denominator}</td>
      <td>${t(`complaints.monthly.${k}Def`)}</td>
    </tr>`;
  });
  return html`<h2>${t('complaints.monthly.rates')}</h2>
    <table class="grid">
      ${tableHead([
        t('complaints.monthly.rate'),
        t('complaints.monthly.value'),
        t('complaints.monthly.counts'),
        t('complaints.monthly.definition'),
      ])}
      <tbody>
        ${rows}
      </tbody>
    </table>`;
}

function caseList(cases: readonly CaseRecord[], ctx: MonthlyPrintContext): SafeHtml {
  const head = ['no', 'receivedAt', 'customer', 'unit', 'content', 'department', 'status'] as const;
  return html`<h2>${t('complaints.monthly.list')}</h2>
    <table class="grid list">
      <thead>
        <tr>
          ${head.map((k) => html`<th>${t(`complaints.column.${k}`)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${cases.map(
          (c) =>
            html`<tr>
              <td class="nw">${c.no}</td>
              <td class="num">${formatOfficeDateTime(c.receivedAt)}</td>
              <td>${c.customerName}</td>
              <td class="nw">${c.unitCode ?? ''}</td>
              <td>${c.content}</td>
              <td>${ctx.departmentName(c.department)}</td>
              <td class="nw">${domainText(caseStatusLabel(c.kind, c.status))}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

/** 投诉情况月度汇总单 / 建议情况月度表 on A4: counts, the four rates (complaints), the cases. */
export function buildMonthlyForm(
  summary: MonthlySummary,
  cases: readonly CaseRecord[],
  profile: PrintProfile,
  ctx: MonthlyPrintContext,
): BuiltDocument {
  const isComplaint = summary.kind === 'complaint';
  const heading = t(
    isComplaint ? 'complaints.monthly.complaintTitle' : 'complaints.monthly.suggestionTitle',
  );
  const title = `${heading} ${summary.month}`;
  const body = html`<div class="org">${profile.name}</div>
    <h1>${heading}</h1>
    <div class="org">
      ${t('complaints.monthly.month')}${colon()}${summary.month} ·
      ${t('complaints.monthly.received')}${colon()}${summary.received}
    </div>
    <div class="counts">
      ${
        isComplaint
          ? html`${countTable(t('complaints.monthly.byCategory'), summary.byCategory, (k) => t(`complaints.category.${k as 'none'}`))}
            ${countTable(t('complaints.monthly.bySeverity'), summary.bySeverity, (k) => t(`complaints.severity.${k as 'none'}`))}`
          : countTable(t('complaints.monthly.byAdoption'), summary.byAdoption, (k) =>
              t(`complaints.adoption.${k as 'none'}`),
            )
      }
      ${countTable(t('complaints.monthly.byDepartment'), summary.byDepartment, (k) => (k === 'none' ? '—' : ctx.departmentName(k)))}
      ${countTable(t('complaints.monthly.byChannel'), summary.byChannel, (k) => t(`complaints.channel.${k as 'phone'}`))}
    </div>
    ${ratesTable(summary)}
    ${
      isComplaint
        ? html`<h2>${t('reviewReport.section.analysis')}</h2>
            ${analysisTable(ctx.analysis ?? [])}`
        : ''
    }
    ${caseList(cases, ctx)}
    <div class="sign">
      <span>${t('complaints.print.receiver')}${colon()}<span class="line"></span></span>
      <span>${t('complaints.print.supervisorSign')}${colon()}<span class="line"></span></span>
    </div>
    <div class="printed">
      ${t('complaints.print.printedAt', { time: formatOfficeDateTime(ctx.printedAt) })}
    </div>`;
  return a4Document('report', title, CSS, body);
}
