import { App, Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { periodLabel } from '@shared/domain/billing';
import { formatFen, parseAmountToFen } from '@shared/domain/money';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { hasRole } from '@shared/domain/record';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { TextPromptModal } from '../../components/TextPromptModal';
import type { ArrearsChaseRecord, BillPaymentRecord, BillRecord } from '../../db/feeRecords';
import { t } from '../../i18n';
import { useUnitBills } from './useFees';

const STATUS_COLOR = { open: 'orange', paid: 'green', waived: 'default' } as const;

type Editing = {
  bill: BillRecord;
  step: 'amount' | 'reason';
  toFen?: number;
  waive: boolean;
} | null;

/** A unit's bills (adjust or waive: supervisors), its settlements and its chases. */
export function UnitBillsPanel({ unitId, onPay }: { unitId: string; onPay?: () => void }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const data = useUnitBills(unitId);
  const [editing, setEditing] = useState<Editing>(null);
  const supervisor = hasRole(actor.role, 'supervisor');
  const owed = (data?.bills ?? [])
    .filter((b) => b.status === 'open')
    .reduce((s, b) => s + b.amountFen - b.paidFen, 0);
  const time = (iso: string) => formatOfficeDateTime(iso);

  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }} data-testid="unit-bills">
      <Space>
        <Typography.Text strong data-testid="unit-owed">
          {t('fees.unit.owed', { amount: formatFen(owed) })}
        </Typography.Text>
        <Typography.Text data-testid="unit-credit">
          {t('fees.unit.credit', { amount: formatFen(data?.credit ?? 0) })}
        </Typography.Text>
        {onPay && (
          <Button type="primary" size="small" onClick={onPay} data-testid="unit-pay">
            {t('fees.arrears.pay')}
          </Button>
        )}
      </Space>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('fees.unit.bills')}
      </Typography.Title>
      <Table<BillRecord>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 12, showSizeChanger: false }}
        dataSource={data?.bills ?? []}
        loading={data === undefined}
        locale={{ emptyText: t('fees.unit.none') }}
        data-testid="unit-bills-table"
        columns={[
          { title: t('fees.col.period'), width: 110, render: (_, b) => periodLabel(b.period) },
          { title: t('fees.col.item'), dataIndex: 'itemName', width: 110 },
          { title: t('fees.col.basis'), dataIndex: 'basis' },
          {
            title: t('fees.col.amount'),
            width: 90,
            align: 'right',
            render: (_, b) => formatFen(b.amountFen),
          },
          {
            title: t('fees.col.paid'),
            width: 90,
            align: 'right',
            render: (_, b) => formatFen(b.paidFen),
          },
          {
            title: t('fees.col.status'),
            width: 80,
            render: (_, b) => (
              <Tag color={STATUS_COLOR[b.status]}>{t(`fees.status.${b.status}`)}</Tag>
            ),
          },
          {
            title: t('fees.col.actions'),
            width: 120,
            render: (_, b) =>
              supervisor && b.status === 'open' ? (
                <Space size={4}>
                  <Button
                    size="small"
                    onClick={() => setEditing({ bill: b, step: 'amount', waive: false })}
                    data-testid={`bill-adjust-${b.itemCode}-${b.period}`}
                  >
                    {t('fees.adjust.adjust')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => setEditing({ bill: b, step: 'reason', waive: true })}
                    data-testid={`bill-waive-${b.itemCode}-${b.period}`}
                  >
                    {t('fees.adjust.waive')}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('fees.unit.payments')}
      </Typography.Title>
      <Table<BillPaymentRecord>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 8, showSizeChanger: false }}
        dataSource={data?.payments ?? []}
        data-testid="unit-payments"
        columns={[
          { title: t('fees.col.at'), width: 150, render: (_, p) => time(p.at) },
          {
            title: t('fees.col.kind'),
            width: 90,
            render: (_, p) => t(`fees.paymentKind.${p.kind}`),
          },
          { title: t('fees.col.receipt'), dataIndex: 'receiptNo', width: 150 },
          {
            title: t('fees.col.amount'),
            width: 100,
            align: 'right',
            render: (_, p) => formatFen(p.amountFen),
          },
          {
            title: t('fees.col.status'),
            width: 80,
            render: (_, p) => (p.voidedAt ? <Tag>{t('money.status.void')}</Tag> : ''),
          },
        ]}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('fees.chase.history')}
      </Typography.Title>
      <Table<ArrearsChaseRecord>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 8, showSizeChanger: false }}
        dataSource={data?.chases ?? []}
        data-testid="unit-chases"
        columns={[
          { title: t('fees.col.at'), width: 150, render: (_, c) => time(c.at) },
          {
            title: t('fees.col.kind'),
            width: 100,
            render: (_, c) => t(`fees.chaseKind.${c.kind}`),
          },
          { title: t('fees.col.note'), dataIndex: 'note' },
          { title: t('fees.col.promise'), dataIndex: 'promiseDate', width: 110 },
          {
            title: t('fees.col.owed'),
            width: 100,
            align: 'right',
            render: (_, c) => formatFen(c.owedFen),
          },
          { title: t('fees.col.by'), dataIndex: 'byName', width: 90 },
        ]}
      />
      {editing?.step === 'amount' && (
        <TextPromptModal
          title={t('fees.adjust.title', {
            item: editing.bill.itemName,
            period: periodLabel(editing.bill.period),
          })}
          label={t('fees.adjust.toAmount')}
          testId="bill-adjust-amount"
          initial={formatFen(editing.bill.amountFen).replace(/,/g, '')}
          onSubmit={async (text) => {
            const parsed = parseAmountToFen(text, { maxFen: 100_000_000, allowZero: true });
            if (!parsed.ok) throw new Error(parsed.error);
            // The reason is asked next; this dialog closes on its own after submit.
            setTimeout(() => setEditing({ ...editing, step: 'reason', toFen: parsed.fen }), 0);
          }}
          onClose={() => setEditing((e) => (e?.step === 'amount' ? null : e))}
        />
      )}
      {editing?.step === 'reason' && (
        <TextPromptModal
          title={
            editing.waive
              ? t('fees.adjust.waiveTitle', {
                  item: editing.bill.itemName,
                  period: periodLabel(editing.bill.period),
                })
              : t('fees.adjust.title', {
                  item: editing.bill.itemName,
                  period: periodLabel(editing.bill.period),
                })
          }
          label={t('fees.adjust.reason')}
          testId="bill-adjust-reason"
          onSubmit={async (reason) => {
            if (editing.waive) await repos.bills.waive(actor, editing.bill.id, reason);
            else await repos.bills.adjust(actor, editing.bill.id, editing.toFen ?? 0, reason);
            void message.success(t('fees.adjust.saved'));
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </Space>
  );
}
