import { formatOfficeDateTime } from '@shared/domain/officeTime';
import type { CustomerGrade } from '@shared/domain/units';
import type { CaseRecord } from '../../../db/records';
import { t, type zhCN } from '../../../i18n';
import { colon, inParens } from '../../../i18n/text';
import { html, type SafeHtml } from '../../../print/html';
import { logoImg, SHEETS, sheetDocument } from '../../../print/printPage';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';

/** What the dispatch form prints besides the case: department names and the fix deadline. */
export interface DispatchPrintContext {
  departmentName: (code: string | undefined) => string;
  /** The current fix deadline (ISO), for complaints. */
  fixDue?: string;
  printedAt: string;
  /** The customer's grade when it is 大客户 or VIP. */
  grade?: Exclude<CustomerGrade, 'normal'>;
}

const CSS = `
body { font-size: 10.5pt; }
.head { display: flex; align-items: center; justify-content: center; gap: 3mm; }
.logo { height: 10mm; }
.org { font-size: 10pt; }
h1 { font-size: 16pt; text-align: center; margin: 1mm 0 2mm; letter-spacing: 1mm; }
.no { text-align: right; margin-bottom: 1mm; }
table.f { width: 100%; table-layout: fixed; }
.f th, .f td { border: 0.25mm solid #000; padding: 1.5mm 2mm; vertical-align: top; }
.f th { width: 31mm; font-weight: 400; background: #f2f2f2; text-align: left; }
.tall { height: 30mm; white-space: pre-wrap; }
.mid { height: 22mm; white-space: pre-wrap; }
.sign { display: flex; justify-content: flex-end; gap: 10mm; margin-top: 2mm; }
.line { display: inline-block; width: 28mm; border-bottom: 0.2mm solid #000; }
.printed { text-align: right; font-size: 8pt; color: #555; margin-top: 2mm; }
`;

type PrintKey = Exclude<keyof (typeof zhCN)['complaints']['print'], 'printedAt' | 'estate'>;

const time = (iso: string | undefined) => (iso ? formatOfficeDateTime(iso) : '');

function signLine(label: string): SafeHtml {
  return html`<span>${label}${colon()}<span class="line"></span></span>`;
}

/** 客户建议/投诉处理记录表 on A4: goes to the department, comes back with 处理方法 and 完成期限. */
export function buildDispatchForm(
  c: CaseRecord,
  profile: PrintProfile,
  ctx: DispatchPrintContext,
): BuiltDocument {
  const p = (k: PrintKey) => t(`complaints.print.${k}`);
  const last = c.dispatches[c.dispatches.length - 1];
  const classification =
    c.kind === 'complaint'
      ? `${t(`complaints.category.${c.category ?? 'none'}`)}${c.category ? `${inParens(t(`complaints.categoryMeaning.${c.category}`))}` : ''}`
      : t('complaints.kind.suggestion');
  const revisit = c.revisits
    .map((r) => `${time(r.at)} ${t(`complaints.satisfaction.${r.satisfaction}`)} ${r.comment}`)
    .join('\n');
  const title = `${p('dispatchTitle')} ${c.no}`;
  const body = html`<div class="head">
      ${logoImg(profile.logoDataUrl, 'logo')}
      <span class="org">${profile.name}</span>
    </div>
    <h1>${p('dispatchTitle')}</h1>
    <div class="no">${p('no')}${colon()}${c.no}</div>
    <table class="f">
      <tbody>
        <tr>
          <th>${p('receivedAt')}</th>
          <td>${time(c.receivedAt)}</td>
          <th>${p('channel')}</th>
          <td>${t(`complaints.channel.${c.channel}`)}</td>
        </tr>
        <tr>
          <th>${p('customer')}</th>
          <td>
            ${c.customerName}${ctx.grade ? ` ${inParens(t(`domain.labels.grades.${ctx.grade}`))}` : ''}
          </td>
          <th>${p('unit')}</th>
          <td>${c.unitCode ?? ''}</td>
        </tr>
        <tr>
          <th>${p('phone')}</th>
          <td>${c.customerPhone ?? ''}</td>
          <th>${p('receiver')}</th>
          <td>${c.receiverName}</td>
        </tr>
        <tr>
          <th>${p('content')}</th>
          <td colspan="3" class="tall">${c.content}</td>
        </tr>
        <tr>
          <th>${p('category')}</th>
          <td>${classification}</td>
          <th>${p('severity')}</th>
          <td>${t(`complaints.severity.${c.severity ?? 'none'}`)}</td>
        </tr>
        <tr>
          <th>${p('department')}</th>
          <td>${ctx.departmentName(c.department)}</td>
          <th>${p('fixDue')}</th>
          <td>${time(ctx.fixDue)}</td>
        </tr>
        <tr>
          <th>${p('action')}</th>
          <td colspan="3" class="tall">${last?.action ?? ''}</td>
        </tr>
        <tr>
          <th>${p('dueBy')}</th>
          <td>${time(last?.dueBy)}</td>
          <th>${p('deptSign')}</th>
          <td></td>
        </tr>
        <tr>
          <th>${p('result')}</th>
          <td colspan="3" class="mid">${c.result ?? c.reply ?? ''}</td>
        </tr>
        <tr>
          <th>${p('revisit')}</th>
          <td colspan="3" class="mid">${revisit}</td>
        </tr>
      </tbody>
    </table>
    <div class="sign">
      ${signLine(p('customerSign'))} ${signLine(p('supervisorSign'))} ${signLine(p('date'))}
    </div>
    <div class="printed">${t('complaints.print.printedAt', { time: time(ctx.printedAt) })}</div>`;
  return sheetDocument({
    kind: 'form',
    title,
    sheet: SHEETS.A4,
    marginMm: '14mm 16mm',
    css: CSS,
    body,
  });
}
