import { officeDateOf } from '@shared/domain/officeTime';
import { formatYuan } from '@shared/domain/money';
import { t } from '../../../i18n';
import { capitalAmount, colon } from '../../../i18n/text';
import { html } from '../../../print/html';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';
import { fieldRow, formDocument, formHead, signatures } from './renovationDocParts';

/** What the notice prints of its job and its violation patrol. */
export interface NoticeJob {
  no: string;
  unitCode: string;
  ownerName: string;
  contractorName: string;
}

export interface NoticePatrol {
  at: string;
  inspector: string;
  findings: string;
  rectification: string;
  penaltyFen: number;
}

const CSS = `
.lead { font-size: 10.5pt; margin: 2mm 0; line-height: 1.7; }
`;

/**
 * 《整改通知书》 for a violation found on patrol (A5 landscape): what was found, what must be
 * put right, and the penalty deducted from the deposit under the agreement, if any.
 * `seq` numbers the job's notices (1, 2, …).
 */
export function buildRectificationNotice(
  job: NoticeJob,
  patrol: NoticePatrol,
  seq: number,
  profile: PrintProfile,
): BuiltDocument {
  const title = t('renovation.print.noticeTitle');
  const no = `${job.no}-ZG${seq}`;
  const penalty =
    patrol.penaltyFen > 0
      ? t('renovation.print.noticePenalty', {
          amount: formatYuan(patrol.penaltyFen),
          capital: capitalAmount(patrol.penaltyFen),
        })
      : '—';
  const body = html`<div data-doc="notice">
    ${formHead(profile, title, `${t('renovation.print.noticeNo')}${colon()}${no}`)}
    <div class="lead">
      ${t('renovation.print.noticeTo', { contractor: job.contractorName, owner: job.ownerName })}
    </div>
    <table class="f">
      ${fieldRow(t('renovation.print.unit'), job.unitCode)}
      ${fieldRow(t('renovation.print.patrolAt'), officeDateOf(patrol.at))}
      ${fieldRow(t('renovation.print.violationFound'), patrol.findings)}
      ${fieldRow(t('renovation.print.rectification'), patrol.rectification)}
      ${fieldRow(t('renovation.print.penalty'), penalty)}
    </table>
    <div class="lead">${t('renovation.print.noticeClose')}</div>
    ${signatures([
      `${t('renovation.print.inspector')}${colon()}${patrol.inspector}`,
      t('renovation.print.receivedBy'),
    ])}
    <div class="stamp">
      ${profile.stampText ?? profile.name}${t('renovation.print.stamp')}<br />${officeDateOf(patrol.at)}
    </div>
  </div>`;
  return formDocument({
    kind: 'form',
    title: `${title} ${no}`,
    paper: 'A5L',
    css: CSS,
    body,
  });
}
