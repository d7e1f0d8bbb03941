import { fillAgreement, type RenovationAgreementSettings } from '@shared/domain/renovationDocs';
import { t } from '../../../i18n';
import { colon, inParens } from '../../../i18n/text';
import { html } from '../../../print/html';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';
import { formDocument, formHead, signatures } from './renovationDocParts';

/** What the agreement prints of its job; a stored RenovationRecord fits. */
export interface AgreementJob {
  no: string;
  unitCode: string;
  ownerName: string;
  ownerPhone: string;
  contractorName: string;
  contractorLeader: string;
  contractorPhone: string;
  plannedStart: string;
  plannedEnd: string;
  workingHours: string;
}

const CSS = `
.parties { font-size: 10.5pt; line-height: 1.9; margin-bottom: 3mm; }
.clause { font-size: 10.5pt; line-height: 1.8; text-indent: 2em; margin: 0 0 1.5mm; white-space: pre-wrap; }
.sign { break-inside: avoid; }
`;

/** 《装修管理协议》 on A4 with the property's own text (setting), filled from the job. */
export function buildAgreement(
  job: AgreementJob,
  agreement: RenovationAgreementSettings,
  profile: PrintProfile,
): BuiltDocument {
  const text = fillAgreement(agreement.text, {
    房号: job.unitCode,
    业主: job.ownerName,
    施工单位: job.contractorName,
    负责人: job.contractorLeader,
    开工日期: job.plannedStart,
    完工日期: job.plannedEnd,
    施工时间: job.workingHours,
  });
  const clauses = text.split(/\n+/).filter((c) => c.trim() !== '');
  const body = html`<div data-doc="agreement">
    ${formHead(profile, agreement.title, `${t('renovation.print.agreementNo')}${colon()}${job.no}`)}
    <div class="parties">
      <div>${t('renovation.print.partyA')}${colon()}${profile.name}</div>
      <div>
        ${t('renovation.print.partyB')}${colon()}${job.ownerName}${inParens(
          `${t('renovation.print.unit')} ${job.unitCode}${t('print.listSep')}${t('renovation.print.phone')} ${job.ownerPhone}`,
        )}
      </div>
      <div>
        ${t('renovation.print.partyC')}${colon()}${job.contractorName}${inParens(
          `${t('renovation.print.leader')} ${job.contractorLeader}${t('print.listSep')}${t('renovation.print.phone')} ${job.contractorPhone}`,
        )}
      </div>
    </div>
    ${clauses.map((c) => html`<p class="clause">${c}</p>`)}
    ${signatures([
      `${t('renovation.print.partyA')}${inParens(t('renovation.print.sealHere'))}`,
      `${t('renovation.print.partyB')}${inParens(t('renovation.print.signHere'))}`,
      `${t('renovation.print.partyC')}${inParens(t('renovation.print.sealHere'))}`,
    ])}
  </div>`;
  return formDocument({
    kind: 'renovationAgreement',
    title: `${agreement.title} ${job.no}`,
    paper: 'A4',
    css: CSS,
    body,
  });
}
