import { maskPhone } from '@shared/domain/identity';
import { formatFen } from '@shared/domain/money';
import type { ParkingLeaseRecord } from '../../../db/records';
import { t, type zhCN } from '../../../i18n';
import { fieldTable, formDocument, formHead, RULES_CSS, signTable } from '../../../print/formSheet';
import { html } from '../../../print/html';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';
import { platesText, termText } from '../leaseText';

type Key = keyof (typeof zhCN)['parking']['print'];
const p = (k: Key) => t(`parking.print.${k}`);

/** 车位使用登记表 on A4: the space, the holder and unit, the term, plates and fee, signatures. */
export function buildParkingRegistration(
  l: ParkingLeaseRecord,
  profile: PrintProfile,
): BuiltDocument {
  const body = html`<div data-doc="parkingRegistration">
    ${formHead(profile, p('title'), `${p('no')} ${l.no}`)}
    ${fieldTable([
      [p('space'), l.spaceNo],
      [p('zone'), l.zone],
      [p('kind'), t(`parking.kind.${l.kind}`)],
      [p('use'), t(`parking.use.${l.use}`)],
      [p('unit'), l.unitCode],
      [p('holder'), l.holderName],
      [p('phone'), maskPhone(l.holderPhone)],
      [p('fee'), t('parking.print.yuan', { amount: formatFen(l.monthlyFeeFen) })],
    ])}
    ${fieldTable([[p('term'), termText(l)]], 1)} ${fieldTable([[p('plates'), platesText(l)]], 1)}
    ${l.endedOn ? fieldTable([[p('ended'), `${l.endedOn} ${l.endReason ?? ''}`]], 1) : html``}
    ${l.note ? fieldTable([[p('note'), l.note]], 1) : html``}
    <p class="rules">${p('rules')}</p>
    ${signTable([
      [[p('holderSign')], [p('date')]],
      [[p('clerk'), l.clerkName], [p('check')]],
    ])}
  </div>`;
  return formDocument('form', `${p('title')} ${l.no}`, body, RULES_CSS);
}
