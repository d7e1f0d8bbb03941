import { Button, Checkbox, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { AGE_BUCKETS, type BuildingArrears } from '@shared/domain/arrears';
import { formatFen } from '@shared/domain/money';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import type { ArrearsRow } from '../../db/repositories/billRepository';
import { MonthFilter } from '../../components/MonthFilter';
import { t } from '../../i18n';
import type { NoticePaper } from './print/feeNoticeTemplate';
import { useArrears } from './useFees';
import { useFeePrinting } from './useFeePrinting';

interface Props {
  month: string;
  today: string;
  onMonth: (month: string) => void;
  onPay: (row: ArrearsRow) => void;
  onChase: (row: ArrearsRow) => void;
}

/** 欠费: per unit by age, per building; select units to print notices; pay or chase a unit. */
export function ArrearsPanel({ month, today, onMonth, onPay, onChase }: Props) {
  const data = useArrears(month);
  const [building, setBuilding] = useState<string>('');
  const [majorOnly, setMajorOnly] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [paper, setPaper] = useState<NoticePaper>('A4');
  const { printNotices, printModal } = useFeePrinting();
  const rows = useMemo(
    () =>
      (data?.units ?? []).filter(
        (u) => (!building || u.building === building) && (!majorOnly || u.major),
      ),
    [data, building, majorOnly],
  );
  const total = rows.reduce((s, r) => s + r.owedFen, 0);
  const print = async (kind: 'payment' | 'dunning') => {
    await printNotices(selected, month, kind, paper, today);
  };

  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }} data-testid="arrears-panel">
      <Space wrap>
        <MonthFilter
          label={t('fees.arrears.month')}
          state={[month, onMonth]}
          testId="arrears-month"
        />
        <Select
          style={{ width: 140 }}
          value={building}
          onChange={setBuilding}
          data-testid="arrears-building"
          options={[
            { value: '', label: t('fees.arrears.allBuildings') },
            ...(data?.buildings ?? []).map((b) => ({ value: b.building, label: b.building })),
          ]}
        />
        <Checkbox checked={majorOnly} onChange={(e) => setMajorOnly(e.target.checked)}>
          {t('fees.arrears.majorOnly')}
        </Checkbox>
        <span>{t('fees.arrears.paper')}</span>
        <Select
          style={{ width: 150 }}
          value={paper}
          onChange={setPaper}
          data-testid="notice-paper"
          options={[
            { value: 'A4', label: t('fees.arrears.paperA4') },
            { value: 'A5', label: t('fees.arrears.paperA5') },
          ]}
        />
        <Button
          disabled={selected.length === 0}
          onClick={() => void print('payment')}
          data-testid="print-payment-notices"
        >
          {t('fees.arrears.printPayment')}
        </Button>
        <Button
          disabled={selected.length === 0}
          onClick={() => void print('dunning')}
          data-testid="print-dunning-notices"
        >
          {t('fees.arrears.printDunning')}
        </Button>
      </Space>
      <Typography.Text data-testid="arrears-summary">
        {t('fees.arrears.summary', {
          units: rows.length,
          amount: formatFen(total),
          major: rows.filter((r) => r.major).length,
        })}
        {selected.length > 0 && `\u3000${t('fees.arrears.selected', { count: selected.length })}`}
      </Typography.Text>
      <Table<ArrearsRow>
        rowKey="unitId"
        size="small"
        loading={data === undefined}
        dataSource={rows}
        data-testid="arrears-table"
        pagination={{ pageSize: 50, showSizeChanger: false }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys as string[]),
        }}
        locale={{ emptyText: t('fees.arrears.empty') }}
        columns={[
          { title: t('fees.col.unit'), dataIndex: 'unitCode', width: 100 },
          { title: t('fees.col.occupant'), dataIndex: 'occupantName', width: 90 },
          { title: t('fees.col.phone'), dataIndex: 'occupantPhone', width: 120 },
          {
            title: t('fees.col.owed'),
            width: 100,
            align: 'right',
            render: (_, r) => formatFen(r.owedFen),
          },
          ...AGE_BUCKETS.map((k) => ({
            title: t(`fees.age.${k}`),
            width: 90,
            align: 'right' as const,
            render: (_: unknown, r: ArrearsRow) => (r.buckets[k] ? formatFen(r.buckets[k]) : ''),
          })),
          {
            title: t('fees.col.lastChase'),
            width: 150,
            render: (_, r) =>
              r.lastChase
                ? `${t(`fees.chaseKind.${r.lastChase.kind}`)} ${formatOfficeDateTime(r.lastChase.at).slice(5, 10)}${r.lastChase.promiseDate ? ` → ${r.lastChase.promiseDate}` : ''}`
                : '',
          },
          {
            title: t('fees.col.major'),
            width: 80,
            render: (_, r) => (r.major ? <Tag color="red">{t('fees.col.major')}</Tag> : ''),
          },
          {
            title: t('fees.col.actions'),
            width: 130,
            render: (_, r) => (
              <Space size={4}>
                <Button
                  size="small"
                  onClick={() => onPay(r)}
                  data-testid={`arrears-pay-${r.unitCode}`}
                >
                  {t('fees.arrears.pay')}
                </Button>
                <Button
                  size="small"
                  onClick={() => onChase(r)}
                  data-testid={`arrears-chase-${r.unitCode}`}
                >
                  {t('fees.arrears.chase')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Typography.Title level={5}>{t('fees.arrears.byBuilding')}</Typography.Title>
      <Table<BuildingArrears>
        rowKey="building"
        size="small"
        pagination={false}
        dataSource={data?.buildings ?? []}
        data-testid="arrears-buildings"
        columns={[
          { title: t('fees.col.building'), dataIndex: 'building', width: 80 },
          { title: t('fees.col.units'), dataIndex: 'units', width: 70 },
          {
            title: t('fees.col.owed'),
            width: 110,
            align: 'right',
            render: (_: unknown, b: BuildingArrears) => formatFen(b.owedFen),
          },
          ...AGE_BUCKETS.map((k) => ({
            title: t(`fees.age.${k}`),
            width: 90,
            align: 'right' as const,
            render: (_: unknown, b: BuildingArrears) =>
              b.buckets[k] ? formatFen(b.buckets[k]) : '',
          })),
          { title: t('fees.col.major'), dataIndex: 'major', width: 80 },
        ]}
      />
      {printModal}
    </Space>
  );
}
