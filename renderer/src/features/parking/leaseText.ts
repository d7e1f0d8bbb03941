import { formatFen } from '@shared/domain/money';
import { lastDayOf, leaseState, type LeaseState } from '@shared/domain/parking';
import { formatPlate } from '@shared/domain/plates';
import type { RegisterField } from '../../components/registerColumns';
import type { ParkingLeaseRecord } from '../../db/records';
import { t, type zhCN } from '../../i18n';

type Col = keyof (typeof zhCN)['parking']['col'];

/** 2026-01-01 至 2026-12-31, or 2026-01-01 起长期 for a sale; an early end replaces the end. */
export function termText(l: ParkingLeaseRecord): string {
  const last = lastDayOf(l);
  return last ? `${l.startDate} ~ ${last}` : t('parking.print.longTerm', { from: l.startDate });
}

export const platesText = (l: Pick<ParkingLeaseRecord, 'plates'>) =>
  l.plates.map(formatPlate).join(' ');

/** The tag colour of a state: running green, expiring orange, expired red, the rest grey. */
export function stateColor(state: LeaseState): string {
  return {
    upcoming: 'blue',
    active: 'green',
    expiring: 'orange',
    expired: 'red',
    ended: 'default',
  }[state];
}

export const stateText = (l: ParkingLeaseRecord, today: string) =>
  t(`parking.state.${leaseState(l, today)}`);

/** The fields of a let or sale as the list and the Excel export show them on office date `today`. */
export const leaseFields = (today: string): readonly RegisterField<Col, ParkingLeaseRecord>[] => [
  ['no', 14, (l) => l.no],
  ['space', 10, (l) => l.spaceNo],
  ['zone', 14, (l) => l.zone],
  ['kind', 10, (l) => t(`parking.kind.${l.kind}`)],
  ['unit', 12, (l) => l.unitCode],
  ['holder', 10, (l) => l.holderName],
  ['use', 6, (l) => t(`parking.use.${l.use}`)],
  ['dates', 24, termText],
  ['plates', 22, platesText],
  ['fee', 10, (l) => formatFen(l.monthlyFeeFen)],
  ['state', 10, (l) => stateText(l, today)],
  ['note', 20, (l) => l.note],
];
