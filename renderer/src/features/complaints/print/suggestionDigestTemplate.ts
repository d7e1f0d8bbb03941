import { formatOfficeDateTime, officeDateOf } from '@shared/domain/officeTime';
import type { CaseRecord } from '../../../db/records';
import { t } from '../../../i18n';
import { colon } from '../../../i18n/text';
import { formDocument, formHead } from '../../../print/formSheet';
import { html } from '../../../print/html';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';

export interface DigestPrintContext {
  /** When the digest was passed to the supervisor (the suggestions' `digestAt`). */
  submittedAt: string;
  submittedBy: string;
  /** A suggestion's reply deadline (答复期限, working days from receipt). */
  replyDue: (c: CaseRecord) => string;
  printedAt: string;
}

const CSS = `
.grid td { font-size: 9.5pt; }
.grid .seq { width: 12mm; }
.grid .no { width: 30mm; }
.grid .at { width: 33mm; }
.grid .who { width: 24mm; }
.grid .due { width: 33mm; }
.sum { margin: 1mm 0 2mm; }
`;

/**
 * 建议每日汇总表 (A4): the suggestions of the day's digest as the supervisor receives them,
 * each with its reply deadline, signed by the desk and the supervisor (domain §3: suggestions
 * are gathered daily; the customer is told whether it was adopted).
 */
export function buildSuggestionDigest(
  rows: readonly CaseRecord[],
  profile: PrintProfile,
  ctx: DigestPrintContext,
): BuiltDocument {
  const heading = t('complaints.digest.printTitle');
  const day = officeDateOf(ctx.submittedAt);
  const body = html`${formHead(profile, heading)}
    <div class="sum">
      ${t('complaints.digest.printDate')}${colon()}${day} ·
      ${t('complaints.digest.printCount', { n: rows.length })} ·
      ${t('complaints.digest.printSubmitted', {
        name: ctx.submittedBy,
        time: formatOfficeDateTime(ctx.submittedAt),
      })}
    </div>
    <table class="grid">
      <thead>
        <tr>
          <th class="seq nw">${t('complaints.digest.seq')}</th>
          <th class="no">${t('complaints.column.no')}</th>
          <th class="at">${t('complaints.column.receivedAt')}</th>
          <th class="who">${t('complaints.column.customer')}</th>
          <th>${t('complaints.column.content')}</th>
          <th class="due">${t('complaints.digest.replyDue')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (c, i) =>
            html`<tr>
              <td class="c">${i + 1}</td>
              <td class="nw">${c.no}</td>
              <td class="nw">${formatOfficeDateTime(c.receivedAt)}</td>
              <td>${c.customerName}${c.unitCode ? html`<br />${c.unitCode}` : ''}</td>
              <td>${c.content}</td>
              <td class="nw">${formatOfficeDateTime(ctx.replyDue(c))}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <table class="sign">
      <tbody>
        <tr>
          <th>${t('complaints.digest.deskSign')}</th>
          <td>${ctx.submittedBy}</td>
          <th>${t('complaints.digest.supervisorSign')}</th>
          <td></td>
        </tr>
      </tbody>
    </table>
    <div class="note">
      ${t('complaints.digest.note')} ·
      ${t('complaints.print.printedAt', { time: formatOfficeDateTime(ctx.printedAt) })}
    </div>`;
  return formDocument('form', `${heading} ${day}`, body, CSS);
}
