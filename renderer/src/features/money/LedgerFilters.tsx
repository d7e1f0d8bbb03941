import { DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { FeeItem } from '@shared/domain/fees';
import {
  PAYMENT_METHODS,
  type MoneyDocKind,
  type MoneyDocStatus,
  type PaymentMethod,
} from '@shared/domain/receipt';
import { t } from '../../i18n';
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
      <Input
        allowClear
        style={{ width: 170 }}
        placeholder={t('money.filter.noPlaceholder')}
        aria-label={t('money.filter.no')}
        value={value.no}
        onChange={(e) => set({ no: e.target.value })}
        data-testid="ledger-filter-no"
      />
      <UnitPicker
        value={value.unitCode}
        onChange={(unitCode, unitId) => set({ unitCode, unitId })}
        placeholder={t('money.filter.unit')}
        allowClear
        style={{ width: 140 }}
        testId="ledger-filter-unit"
      />
      <Input
        allowClear
        style={{ width: 150 }}
        placeholder={t('money.filter.payerPlaceholder')}
        aria-label={t('money.filter.payer')}
        value={value.payer}
        onChange={(e) => set({ payer: e.target.value })}
        data-testid="ledger-filter-payer"
      />
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
      <Select<PaymentMethod>
        allowClear
        style={{ width: 100 }}
        placeholder={t('money.filter.method')}
        value={value.method}
        onChange={(method) => set({ method })}
        options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`money.method.${m}`) }))}
        data-testid="ledger-filter-method"
      />
      <Select<MoneyDocStatus>
        allowClear
        style={{ width: 90 }}
        placeholder={t('money.filter.status')}
        value={value.status}
        onChange={(status) => set({ status })}
        options={STATUSES.map((s) => ({ value: s, label: t(`money.status.${s}`) }))}
        data-testid="ledger-filter-status"
      />
      <Select<MoneyDocKind>
        allowClear
        style={{ width: 110 }}
        placeholder={t('money.filter.kind')}
        value={value.kind}
        onChange={(kind) => set({ kind })}
        options={KINDS.map((k) => ({ value: k, label: t(`money.kind.${k}`) }))}
        data-testid="ledger-filter-kind"
      />
    </Space>
  );
}
