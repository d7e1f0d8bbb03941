import type { VisitRecordRecord } from '../../../db/records';
import { t, type zhCN } from '../../../i18n';
import { fieldTable, formDocument, formHead, signTable } from '../../../print/formSheet';
import { html } from '../../../print/html';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';

type Key = keyof (typeof zhCN)['visits']['print'];
const p = (k: Key) => t(`visits.print.${k}`);

const CSS = `
.notes td { height: 60mm; vertical-align: top; white-space: pre-wrap; }
.sign th { width: 30mm; }
`;

/** 拜访记录 (one visit) or 座谈会纪要 (a meeting's minutes) on A4, with the issues raised. */
export function buildVisitRecord(v: VisitRecordRecord, profile: PrintProfile): BuiltDocument {
  const meeting = v.kind === 'meeting';
  const title = p(meeting ? 'minutesTitle' : 'visitTitle');
  const head: [string, string][] = meeting
    ? [
        [p('date'), v.date],
        [p('place'), v.place ?? ''],
        [p('host'), v.visitorName],
        [p('attendees'), String(v.attendees ?? 0)],
      ]
    : [
        [p('kind'), t(`visits.kind.${v.kind}`)],
        [p('date'), v.date],
        [p('unit'), v.eventTitle ?? v.unitCode ?? ''],
        [p('household'), v.household ?? ''],
        [p('visitor'), v.visitorName],
        [p('area'), v.area ?? ''],
      ];
  const issues = v.issues.map(
    (i, n) =>
      [`${n + 1}`, i.enquiryNo ? `${i.text}（${p('enquiry')} ${i.enquiryNo}）` : i.text] as [
        string,
        string,
      ],
  );
  const body = html`<div data-doc="${meeting ? 'visitMinutes' : 'visitRecord'}">
    ${formHead(profile, title, `${p('no')} ${v.no}`)} ${fieldTable(head)}
    <table class="f notes">
      <tbody>
        <tr>
          <th>${p(meeting ? 'minutes' : 'notes')}</th>
          <td>${v.notes}</td>
        </tr>
      </tbody>
    </table>
    ${fieldTable([[p('issues'), issues.length === 0 ? p('none') : '']], 1)}
    ${issues.length > 0 ? fieldTable(issues, 1) : html``}
    ${signTable([
      [
        [p(meeting ? 'recorder' : 'visitorSign'), v.recordedByName],
        [p(meeting ? 'hostSign' : 'householdSign')],
      ],
    ])}
  </div>`;
  return formDocument('form', `${title} ${v.no}`, body, CSS);
}
