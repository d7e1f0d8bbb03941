import { formatFen } from '@shared/domain/money';
import { BOOKING_STATUSES, type BookingStatus } from '@shared/domain/venues';
import { searchBox, statusFilter } from '../../components/listFilters';
import {
  fieldListColumns,
  fieldSheetColumns,
  type RegisterField,
} from '../../components/registerColumns';
import { FilteredTable } from '../../components/RegisterPage';
import type { VenueBookingRecord } from '../../db/records';
import { t, type zhCN } from '../../i18n';
import { bookerText, statusColor } from './bookingText';

type Col = keyof (typeof zhCN)['venues']['col'];

const moneyText = (b: VenueBookingRecord) =>
  [
    b.receiptNo ? `${b.receiptNo} ${formatFen(b.paidFen ?? 0)}` : '',
    b.refundNo ? `${b.refundNo} ${formatFen(b.refundedFen ?? 0)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');

/** The fields of a booking as the list and the Excel export show them: column, width, text. */
const FIELDS: readonly RegisterField<Col, VenueBookingRecord>[] = [
  ['no', 16, (b) => b.no],
  ['space', 14, (b) => b.spaceName],
  ['date', 12, (b) => b.date],
  ['time', 13, (b) => `${b.from}–${b.to}`],
  ['booker', 18, bookerText],
  ['contact', 10, (b) => b.contactName],
  ['purpose', 24, (b) => b.purpose],
  ['attendees', 8, (b) => b.attendees],
  ['status', 10, (b) => t(`venues.status.${b.status}`)],
  ['fee', 10, (b) => formatFen(b.feeFen)],
  ['deposit', 10, (b) => formatFen(b.depositFen)],
  ['receipt', 16, (b) => b.receiptNo ?? ''],
  ['refund', 16, (b) => b.refundNo ?? ''],
];

const LISTED: readonly Col[] = ['no', 'space', 'date', 'time', 'booker', 'purpose', 'status'];
const title = (col: Col) => t(`venues.col.${col}`);

/** The Excel columns of the bookings (useRegisterExport). */
export const bookingSheetColumns = () => fieldSheetColumns(FIELDS, title);

/** 预约列表: search and status filter over the bookings, a row opens its drawer. */
export function BookingList(props: {
  rows: readonly VenueBookingRecord[] | undefined;
  /** The search text and the status filter with their setters (`useState` pairs). */
  search: readonly [string, (text: string) => void];
  status: readonly [BookingStatus | undefined, (status: BookingStatus | undefined) => void];
  onOpen: (id: string) => void;
}) {
  const listed = fieldListColumns(FIELDS, {
    listed: LISTED,
    title,
    wide: 'purpose',
    ellipsis: true,
    tag: ['status', (b) => statusColor(b.status)],
  });
  return (
    <FilteredTable<VenueBookingRecord>
      search={searchBox(t('venues.page.search'), 280, props.search, 'venue-search')}
      choices={[
        statusFilter('venues.status', BOOKING_STATUSES, {
          placeholder: t('venues.page.allStatuses'),
          width: 160,
          state: props.status,
          testId: 'venue-status-filter',
        }),
      ]}
      rows={props.rows}
      testId="venue-table"
      onOpen={(b) => props.onOpen(b.id)}
      columns={[
        ...listed,
        {
          key: 'money',
          title: t('venues.col.money'),
          width: 220,
          render: (_, b) => moneyText(b),
        },
      ]}
    />
  );
}
