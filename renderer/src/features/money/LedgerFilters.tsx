import { DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { FeeItem } from '@shared/domain/fees';
import { PAYMENT_METHODS, type MoneyDocKind, type MoneyDocStatus } from '@shared/domain/receipt';
import { t, type MessageKey } from '../../i18n';
import type { LedgerFilterState } from './useLedger';
import { UnitPicker } from '../../components/UnitPicker';

interface Props {
  value: LedgerFilterState;
  onChange: (next: LedgerFilterState) => void;
  items: readonly FeeItem[];
}

const STATUSES: MoneyDocStatus[] = ['valid', 'void'];
const KINDS: MoneyDocKind[] = ['receipt', 'refund'];

/** Date range, number, unit, payer, item, method, status and kind. */
export function LedgerFilters({ value, onChange, items }: Props) {
  const set = (patch: Partial<LedgerFilterState>) => onChange({ ...value, ...patch });
  // A typed filter: 编号, 交款人.
  const typed = (key: 'no' | 'payer', width: number) => (
    <Input
      allowClear
      style={{ width }}
      placeholder={t(`money.filter.${key}Placeholder`)}
      aria-label={t(`money.filter.${key}`)}
      value={value[key]}
      onChange={(e) => set({ [key]: e.target.value })}
      data-testid={`ledger-filter-${key}`}
    />
  );
  // A choice filter, its options labelled from money.<key>.<value>.
  const pick = <K extends 'method' | 'status' | 'kind'>(
    key: K,
    values: readonly NonNullable<LedgerFilterState[K]>[],
    width: number,
  ) => (
    <Select<string>
      allowClear
      style={{ width }}
      placeholder={t(`money.filter.${key}`)}
      value={value[key]}
      onChange={(v) => set({ [key]: v })}
      options={values.map((v) => ({ value: v, label: t(`money.${key}.${v}` as MessageKey) }))}
      data-testid={`ledger-filter-${key}`}
    />
  );
  return (
    <Space wrap data-testid="ledger-filters">
      <DatePicker.RangePicker
        aria-label={t('money.filter.dates')}
        value={[
          value.fromDate ? dayjs(value.fromDate) : null,
          value.toDate ? dayjs(value.toDate) : null,
        ]}
        onChange={(range) =>
          set({
            fromDate: range?.[0]?.format('YYYY-MM-DD') ?? '',
            toDate: range?.[1]?.format('YYYY-MM-DD') ?? '',
          })
        }
        allowEmpty={[true, true]}
        data-testid="ledger-filter-dates"
      />
      {typed('no', 170)}
      <UnitPicker
        value={value.unitCode}
        onChange={(unitCode, unitId) => set({ unitCode, unitId })}
        placeholder={t('money.filter.unit')}
        allowClear
        style={{ width: 140 }}
        testId="ledger-filter-unit"
      />
      {typed('payer', 150)}
      <Select<string>
        allowClear
        style={{ width: 170 }}
        placeholder={t('money.filter.item')}
        value={value.itemCode}
        onChange={(itemCode) => set({ itemCode })}
        options={items.map((i) => ({ value: i.code, label: i.name }))}
        showSearch={{ optionFilterProp: 'label' }}
        data-testid="ledger-filter-item"
      />
      {pick('method', PAYMENT_METHODS, 100)}
      {pick('status', STATUSES, 90)}
      {pick('kind', KINDS, 110)}
    </Space>
  );
}
