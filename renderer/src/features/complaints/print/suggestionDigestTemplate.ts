import { formatOfficeDateTime, officeDateOf } from '@shared/domain/officeTime';
import type { CaseRecord } from '../../../db/records';
import { t } from '../../../i18n';
import { colon } from '../../../i18n/text';
import { fieldTable, formDocument, formHead, gridTable } from '../../../print/formSheet';
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
.f td { height: 12mm; }
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
    ${gridTable(
      [
        { head: t('complaints.digest.seq'), cls: 'seq c nw' },
        { head: t('complaints.column.no'), cls: 'no nw' },
        { head: t('complaints.column.receivedAt'), cls: 'at nw' },
        { head: t('complaints.column.customer'), cls: 'who' },
        { head: t('complaints.column.content') },
        { head: t('complaints.digest.replyDue'), cls: 'due nw' },
      ],
      rows.map((c, i) => [
        i + 1,
        c.no,
        formatOfficeDateTime(c.receivedAt),
        html`${c.customerName}${c.unitCode ? html`<br />${c.unitCode}` : ''}`,
        c.content,
        formatOfficeDateTime(ctx.replyDue(c)),
      ]),
    )}
    ${fieldTable([
      [t('complaints.digest.deskSign'), ctx.submittedBy],
      [t('complaints.digest.supervisorSign'), ''],
    ])}
    <div class="note">
      ${t('complaints.digest.note')} ·
      ${t('complaints.print.printedAt', { time: formatOfficeDateTime(ctx.printedAt) })}
    </div>`;
  return formDocument('form', `${heading} ${day}`, body, CSS);
}
