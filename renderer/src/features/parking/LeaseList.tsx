import { LEASE_STATES, leaseState, type LeaseState } from '@shared/domain/parking';
import { searchBox, statusFilter } from '../../components/listFilters';
import { fieldListColumns, fieldSheetColumns } from '../../components/registerColumns';
import { FilteredTable } from '../../components/RegisterPage';
import type { ParkingLeaseRecord } from '../../db/records';
import { t, type zhCN } from '../../i18n';
import { leaseFields, stateColor } from './leaseText';

type Col = keyof (typeof zhCN)['parking']['col'];
const LISTED: readonly Col[] = [
  'no',
  'space',
  'unit',
  'holder',
  'use',
  'dates',
  'plates',
  'fee',
  'state',
];
const title = (col: Col) => t(`parking.col.${col}`);

/** The Excel columns of the lets and sales (useRegisterExport), on office date `today`. */
export const leaseSheetColumns = (today: string) => fieldSheetColumns(leaseFields(today), title);

/** 租售登记: search and state filter over the lets and sales, a row opens its drawer. */
export function LeaseList(props: {
  rows: readonly ParkingLeaseRecord[] | undefined;
  today: string;
  /** The search text and the state filter with their setters (`useState` pairs). */
  search: readonly [string, (text: string) => void];
  state: readonly [LeaseState | undefined, (state: LeaseState | undefined) => void];
  onOpen: (id: string) => void;
}) {
  const columns = fieldListColumns(leaseFields(props.today), {
    listed: LISTED,
    title,
    wide: 'plates',
    tag: ['state', (l) => stateColor(leaseState(l, props.today))],
  });
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
