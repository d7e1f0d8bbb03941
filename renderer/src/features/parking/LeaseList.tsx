import { Tag } from 'antd';
import { LEASE_STATES, leaseState, type LeaseState } from '@shared/domain/parking';
import { searchBox, statusFilter } from '../../components/listFilters';
import { FilteredTable } from '../../components/RegisterPage';
import type { ParkingLeaseRecord } from '../../db/records';
import { t } from '../../i18n';
import { LEASE_FIELDS, stateColor } from './leaseText';

const LISTED = ['no', 'space', 'unit', 'holder', 'use', 'dates', 'plates', 'fee', 'state'] as const;

/** The Excel columns of the lets and sales (useRegisterExport), on office date `today`. */
export const leaseSheetColumns = (today: string) =>
  LEASE_FIELDS.map(([col, width, value]) => ({
    header: t(`parking.col.${col}`),
    width,
    value: (l: ParkingLeaseRecord) => value(l, today),
  }));

/** 租售登记: search and state filter over the lets and sales, a row opens its drawer. */
export function LeaseList(props: {
  rows: readonly ParkingLeaseRecord[] | undefined;
  today: string;
  /** The search text and the state filter with their setters (`useState` pairs). */
  search: readonly [string, (text: string) => void];
  state: readonly [LeaseState | undefined, (state: LeaseState | undefined) => void];
  onOpen: (id: string) => void;
}) {
  const columns = LEASE_FIELDS.filter(([col]) => (LISTED as readonly string[]).includes(col)).map(
    ([col, width, value]) => ({
      key: col,
      title: t(`parking.col.${col}`),
      width: col === 'plates' ? undefined : width * 9,
      render: (_: unknown, l: ParkingLeaseRecord) =>
        col === 'state' ? (
          <Tag color={stateColor(leaseState(l, props.today))}>{value(l, props.today)}</Tag>
        ) : (
          value(l, props.today)
        ),
    }),
  );
  return (
    <FilteredTable<ParkingLeaseRecord>
      search={searchBox(t('parking.page.search'), 300, props.search, 'lease-search')}
      choices={[
        statusFilter('parking.state', LEASE_STATES, {
          placeholder: t('parking.page.allStates'),
          width: 150,
          state: props.state,
          testId: 'lease-state-filter',
        }),
      ]}
      rows={props.rows}
      testId="lease-table"
      onOpen={(l) => props.onOpen(l.id)}
      columns={columns}
    />
  );
}
