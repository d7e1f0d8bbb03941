import { maskPhone } from '@shared/domain/identity';
import { formatFen } from '@shared/domain/money';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import type { VenueBookingRecord } from '../../../db/records';
import { t, type zhCN } from '../../../i18n';
import { fieldTable, formDocument, formHead, RULES_CSS, signTable } from '../../../print/formSheet';
import { html } from '../../../print/html';
import type { BuiltDocument, PrintProfile } from '../../../print/printTypes';

type Key = keyof (typeof zhCN)['venues']['print'];
const p = (k: Key) => t(`venues.print.${k}`);
const yuan = (fen: number) => t('venues.print.yuan', { amount: formatFen(fen) });

/** 场地使用申请表 on A4: the booking, its charges and receipt, the rules, four signatures. */
export function buildVenueApplication(
  b: VenueBookingRecord,
  profile: PrintProfile,
  place?: string,
): BuiltDocument {
  const booker =
    b.bookerKind === 'unit'
      ? `${t('venues.booker.unit')} ${b.unitCode ?? ''}`
      : `${t('venues.booker.org')} ${b.orgName ?? ''}`;
  const decision = b.approvedAt
    ? `${t(`venues.status.${b.status === 'refused' ? 'refused' : 'approved'}`)} ${b.approvedByName ?? ''} ${formatOfficeDateTime(b.approvedAt)}${b.decisionNote ? `（${b.decisionNote}）` : ''}`
    : t(`venues.status.${b.status}`);
  const body = html`<div data-doc="venueApplication">
    ${formHead(profile, p('title'), `${p('no')} ${b.no}`)}
    ${fieldTable([
      [p('space'), b.spaceName],
      [p('place'), place ?? ''],
      [p('date'), b.date],
      [p('time'), `${b.from}–${b.to}`],
      [p('booker'), booker],
      [p('attendees'), String(b.attendees)],
      [p('contact'), b.contactName],
      [p('phone'), b.contactPhone ? maskPhone(b.contactPhone) : ''],
    ])}
    ${fieldTable([[p('purpose'), b.purpose]], 1)}
    ${fieldTable([
      [p('fee'), yuan(b.feeFen)],
      [p('deposit'), yuan(b.depositFen)],
      [p('receipt'), b.receiptNo ?? ''],
      [p('status'), decision],
    ])}
    ${b.note ? fieldTable([[p('note'), b.note]], 1) : html``}
    <p class="rules">${p('rules')}</p>
    ${signTable([
      [[p('applicant')], [p('clerk'), b.clerkName]],
      [[p('approver'), b.approvedByName ?? ''], [p('check')]],
    ])}
  </div>`;
  return formDocument('form', `${p('title')} ${b.no}`, body, RULES_CSS);
}
