import { INSPECTION_POINTS, type MeterKind } from '@shared/domain/movein';
import { officeDateOf } from '@shared/domain/officeTime';
import type { MoveInRecord } from '../../../db/records';
import { t, type zhCN } from '../../../i18n';
import { formDocument, fieldTable, formHead, signTable } from '../../../print/formSheet';
import { html, type SafeHtml, tableHead } from '../../../print/html';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';

type Key = keyof (typeof zhCN)['movein']['print'];
const p = (k: Key) => t(`movein.print.${k}`);
const day = (iso?: string) => (iso ? officeDateOf(iso) : '');

const blankRows = (count: number, cols: number): SafeHtml[] =>
  Array.from(
    { length: count },
    () =>
      html`<tr>
        ${Array.from({ length: cols }, () => html`<td></td>`)}
      </tr>`,
  );

function who(m: MoveInRecord): [string, string][] {
  return [
    [p('unit'), m.unitCode],
    [p('kind'), t(`movein.applicant.${m.applicantKind}`)],
    [p('owner'), m.applicantName],
    [p('phone'), m.applicantPhone ?? ''],
    [p('agent'), m.agentName ?? ''],
    [p('handedAt'), day(m.completedAt)],
  ];
}

/** 住户登记表: who lives in the unit, filled in by hand at the desk around what we know. */
export function buildResidentRegistration(m: MoveInRecord, profile: PrintProfile): BuiltDocument {
  const title = `${p('registration')} ${m.unitCode}`;
  const body = html`${formHead(profile, p('registration'))} ${fieldTable(who(m))}
    <h2>${p('members')}</h2>
    <table class="grid blank">
      ${tableHead([
        { label: p('name'), width: '24mm' },
        { label: p('relation'), width: '24mm' },
        p('idNo'),
        { label: p('phone'), width: '32mm' },
        p('work'),
      ])}
      <tbody>
        <tr>
          <td>${m.applicantKind === 'company' ? '' : m.applicantName}</td>
          <td>${m.applicantKind === 'company' ? '' : p('self')}</td>
          <td></td>
          <td></td>
          <td></td>
        </tr>
        ${blankRows(5, 5)}
      </tbody>
    </table>
    <h2>${p('vehicles')}</h2>
    <table class="grid blank">
      ${tableHead([p('plate'), p('parking'), p('plate'), p('parking')])}
      <tbody>
        ${blankRows(1, 4)}
      </tbody>
    </table>
    <h2>${p('emergency')}</h2>
    <table class="grid blank">
      ${tableHead([p('name'), p('relation'), p('phone')])}
      <tbody>
        ${blankRows(2, 3)}
      </tbody>
    </table>
    ${signRow([p('residentSign'), p('clerkSign'), p('date')])}
    <p class="note">${p('privacy')}</p>`;
  return formDocument('form', title, body);
}

function signRow(labels: readonly string[]): SafeHtml {
  return signTable([labels.map((l) => [l] as const)], '28mm');
}

const METERS: MeterKind[] = ['water', 'power', 'gas'];

/** 房屋质量验收登记表: each point walked through, defects with their work orders, readings. */
export function buildInspectionSheet(m: MoveInRecord, profile: PrintProfile): BuiltDocument {
  const title = `${p('inspection')} ${m.unitCode}`;
  const points: string[] = [...INSPECTION_POINTS];
  for (const d of m.defects) if (!points.includes(d.point)) points.push(d.point);
  const rows = points.map((point, i) => {
    const found = m.defects.filter((d) => d.point === point);
    return html`<tr>
      <td class="c">${i + 1}</td>
      <td>${point}</td>
      <td>${found.length === 0 ? p('ok') : found.map((d) => d.description).join('；')}</td>
      <td class="nw">${found.map((d) => d.workOrderNo ?? '').join(' ')}</td>
      <td class="c">
        ${
          found.length === 0 || !m.secondInspectionAt
            ? ''
            : found.every((d) => d.fixedAt)
              ? p('fixed')
              : p('notFixed')
        }
      </td>
    </tr>`;
  });
  const meterCells = METERS.map(
    (k) =>
      html`<th>${t(`movein.drawer.${k}`)}${p('meter')}</th>
        <td class="num">${m.meters[k] ?? ''}</td>`,
  );
  const body = html`${formHead(profile, p('inspection'))}
    ${fieldTable([
      [p('unit'), m.unitCode],
      [p('owner'), m.applicantName],
      [p('inspectedAt'), day(m.createdAt)],
      [p('secondAt'), day(m.secondInspectionAt)],
    ])}
    <table class="grid">
      ${tableHead([
        { label: p('seq'), width: '12mm' },
        { label: p('point'), width: '36mm' },
        p('result'),
        { label: p('workOrder'), width: '38mm' },
        { label: p('second'), width: '18mm' },
      ])}
      <tbody>
        ${rows}
      </tbody>
    </table>
    <h2>${p('meters')}</h2>
    <table class="f">
      <tbody>
        <tr>
          ${meterCells}
        </tr>
        <tr>
          <th>${p('confirmed')}</th>
          <td>${m.metersConfirmed ? p('yes') : p('no')}</td>
          <th>${p('keys')}</th>
          <td>${t('movein.print.keysCount', { count: m.keysHanded })}</td>
          <th></th>
          <td></td>
        </tr>
      </tbody>
    </table>
    ${signRow([p('ownerSign'), p('inspector'), p('date')])}`;
  return formDocument('form', title, body);
}

/** 《客户领用钥匙及配制情况表》: the keys the owner signs for, with the count back at move-out. */
export function buildKeyList(
  m: MoveInRecord,
  profile: PrintProfile,
  returned?: { count: number; at: string },
): BuiltDocument {
  const title = `${p('keyList')} ${m.unitCode}`;
  const body = html`${formHead(profile, p('keyList'))}
    ${fieldTable([
      [p('unit'), m.unitCode],
      [p('owner'), m.applicantName],
      [p('handedAt'), day(m.completedAt)],
      [p('phone'), m.applicantPhone ?? ''],
    ])}
    <table class="grid blank">
      ${tableHead([
        { label: p('seq'), width: '12mm' },
        p('key'),
        { label: p('count'), width: '18mm' },
        p('made'),
        { label: p('returned'), width: '20mm' },
        { label: p('returnedAt'), width: '26mm' },
      ])}
      <tbody>
        <tr>
          <td class="c">1</td>
          <td>${p('doorKey')}</td>
          <td class="c">${m.keysHanded}</td>
          <td></td>
          <td class="c">${returned ? returned.count : ''}</td>
          <td>${returned ? day(returned.at) : ''}</td>
        </tr>
        ${blankRows(4, 6)}
      </tbody>
    </table>
    ${signRow([p('receiver'), p('issuer'), p('date')])}`;
  return formDocument('form', title, body);
}
