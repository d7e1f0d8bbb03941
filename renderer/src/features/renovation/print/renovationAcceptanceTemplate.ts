import { t } from '../../../i18n';
import { colon, inParens } from '../../../i18n/text';
import { html, tableHead } from '../../../print/html';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';
import { fieldRow, formDocument, formHead, signatures } from './renovationDocParts';

/** What the acceptance form prints of its job. */
export interface AcceptanceJob {
  no: string;
  unitCode: string;
  ownerName: string;
  contractorName: string;
  contractorLeader: string;
  plannedStart: string;
  permitValidUntil: string;
  workItems: string;
}

/** The acceptance being printed; without `passed` the result boxes stay blank to fill in. */
export interface AcceptanceEntry {
  scheduledFor: string;
  passed?: boolean;
  inspector?: string;
  notes?: string;
}

/** The points checked at acceptance (the four review points, then the site). */
const ITEM_KEYS = [
  'structure',
  'plumbing',
  'power',
  'facade',
  'waterproof',
  'publicArea',
  'debris',
  'cards',
] as const;

const CSS = `
table.grid td.box { white-space: nowrap; width: 30mm; }
.result { font-size: 11pt; margin-top: 3mm; line-height: 1.9; }
`;

/** 《装修验收单》 on A4: the job, the points checked, the result, the parties' signatures. */
export function buildAcceptanceForm(
  job: AcceptanceJob,
  entry: AcceptanceEntry,
  profile: PrintProfile,
): BuiltDocument {
  const title = t('renovation.print.acceptanceTitle');
  const box = t('print.passFailBoxes');
  const verdict =
    entry.passed === undefined
      ? t('print.acceptBoxes')
      : entry.passed
        ? t('renovation.print.acceptPassed')
        : t('renovation.print.acceptFailed');
  const body = html`<div data-doc="acceptance">
    ${formHead(profile, title, `${t('renovation.print.applicationNo')}${colon()}${job.no}`)}
    <table class="f">
      ${fieldRow(t('renovation.print.unit'), job.unitCode)}
      ${fieldRow(t('renovation.print.owner'), job.ownerName)}
      ${fieldRow(t('renovation.print.contractor'), `${job.contractorName}${inParens(job.contractorLeader)}`)}
      ${fieldRow(t('renovation.print.period'), t('print.range', { from: job.plannedStart, to: job.permitValidUntil }))}
      ${fieldRow(t('renovation.print.items'), job.workItems)}
      ${fieldRow(t('renovation.print.acceptDate'), entry.scheduledFor)}
    </table>
    <table class="grid" style="margin-top: 4mm">
      ${tableHead([
        t('renovation.print.checkItem'),
        t('renovation.print.checkResult'),
        t('renovation.print.checkNote'),
      ])}
      <tbody>
        ${ITEM_KEYS.map(
          (k) =>
            html`<tr>
              <td>${t(`renovation.print.check.${k}`)}</td>
              <td class="box">${box}</td>
              <td></td>
            </tr>`,
        )}
      </tbody>
    </table>
    <div class="result">
      <div>${t('renovation.print.verdict')}${colon()}${verdict}</div>
      <div>${t('renovation.print.acceptNotes')}${colon()}${entry.notes ?? ''}</div>
    </div>
    ${signatures([
      `${t('renovation.print.owner')}`,
      `${t('renovation.print.contractor')}`,
      entry.inspector
        ? `${t('renovation.print.acceptInspector')}${colon()}${entry.inspector}`
        : t('renovation.print.acceptInspector'),
    ])}
  </div>`;
  return formDocument({
    kind: 'form',
    title: `${title} ${job.no}`,
    paper: 'A4',
    css: CSS,
    body,
  });
}
