import { App, Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
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

/** What a bill still asks: nothing once paid or waived. */
const openOf = (b: BillRecord) => (b.status === 'open' ? b.amountFen - b.paidFen : 0);

/** A bill's state: settled, open or waived, and whether a supervisor changed its amount. */
function BillState({ bill }: { bill: BillRecord }) {
  const adjusted = bill.adjustments.filter((a) => !a.waive);
  const last = adjusted[adjusted.length - 1];
  return (
    <Space size={2} wrap>
      <Tag color={STATUS_COLOR[bill.status]}>{t(`fees.status.${bill.status}`)}</Tag>
      {last && (
        <Tooltip
          title={t('fees.unit.adjustedWhy', {
            from: formatFen(last.fromFen),
            to: formatFen(last.toFen),
            reason: last.reason,
            by: last.byName,
          })}
        >
          <Tag color="purple" data-testid="bill-adjusted">
            {t('fees.unit.adjusted')}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
}

/**
 * Who took a payment: this desk's receipt (its number opens it in the ledger), or the former
 * system's cashier for an imported payment, which has no SJ number of this desk.
 */
function PaidBy({ payment }: { payment: BillPaymentRecord }) {
  const navigate = useNavigate();
  if (payment.history)
    return <>{t('fees.unit.formerSystem', { cashier: payment.history.cashier })}</>;
  if (!payment.receiptNo) return null;
  const no = payment.receiptNo;
  return (
    <Typography.Link
      onClick={() => void navigate(`/money?no=${encodeURIComponent(no)}`)}
      data-testid="unit-payment-receipt"
    >
      {no}
    </Typography.Link>
  );
}

/**
 * A titled list under the bills (payments, chases), eight rows a page. A fragment, so that the
 * panel's spacing stands between the title and its table.
 */
function titledList<R extends { id: string }>(
  title: string,
  testId: string,
  rows: readonly R[] | undefined,
  columns: TableColumnsType<R>,
) {
  return (
    <>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      <Table<R>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 8, showSizeChanger: false }}
        dataSource={rows ?? []}
        data-testid={testId}
        columns={columns}
      />
    </>
  );
}

interface Props {
  unitId: string;
  /** Takes the unit's money: opens the payment here, or goes to the receipt screen. */
  onPay?: () => void;
  /** The pay button's words when it leaves the screen. */
  payLabel?: string;
}

/** A unit's bills (adjust or waive: supervisors), its settlements and its chases. */
export function UnitBillsPanel({ unitId, onPay, payLabel }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const data = useUnitBills(unitId);
  const [editing, setEditing] = useState<Editing>(null);
  const supervisor = hasRole(actor.role, 'supervisor');
  // While the unit's bills load, the totals say nothing rather than a false 0.00.
  const owed = data ? formatFen(data.bills.reduce((s, b) => s + openOf(b), 0)) : '—';
  const credit = data ? formatFen(data.credit) : '—';
  const time = (iso: string) => formatOfficeDateTime(iso);
  // An imported payment is dated by the other system's 缴费时间 (a day, no hour).
  const billOf = new Map((data?.bills ?? []).map((b) => [b.id, b]));
  const forBill = (p: BillPaymentRecord) => {
    const bill = p.billId ? billOf.get(p.billId) : undefined;
    return bill ? `${periodLabel(bill.period)} ${bill.itemName}` : '';
  };
  const paidAt = (p: BillPaymentRecord) => (p.history ? p.history.paidOn : time(p.at));

  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }} data-testid="unit-bills">
      <Space>
        <Typography.Text strong data-testid="unit-owed">
          {t('fees.unit.owed', { amount: owed })}
        </Typography.Text>
        <Typography.Text data-testid="unit-credit">
          {t('fees.unit.credit', { amount: credit })}
        </Typography.Text>
        {onPay && (
          <Button type="primary" size="small" onClick={onPay} data-testid="unit-pay">
            {payLabel ?? t('fees.arrears.pay')}
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
          {
            title: t('fees.col.item'),
            // The basis under the item, on one line ("89.56㎡ × 1.50元 × 1月" never broken
            // at each ×), so the amounts and the state stay in view on the unit's page.
            render: (_, b) => (
              <>
                <div>{b.itemName}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                  {b.basis}
                </Typography.Text>
              </>
            ),
          },
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
            title: t('fees.col.open'),
            width: 90,
            align: 'right',
            render: (_, b) => <span data-testid="bill-open">{formatFen(openOf(b))}</span>,
          },
          {
            title: t('fees.col.status'),
            width: 110,
            render: (_, b) => <BillState bill={b} />,
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
      {titledList<BillPaymentRecord>(t('fees.unit.payments'), 'unit-payments', data?.payments, [
        { title: t('fees.col.at'), width: 150, render: (_, p) => paidAt(p) },
        {
          title: t('fees.col.kind'),
          width: 90,
          render: (_, p) => t(`fees.paymentKind.${p.kind}`),
        },
        {
          title: t('fees.col.receipt'),
          width: 170,
          render: (_, p) => <PaidBy payment={p} />,
        },
        { title: t('fees.unit.forBill'), render: (_, p) => forBill(p) },
        {
          title: t('fees.unit.paidAmount'),
          width: 100,
          align: 'right',
          render: (_, p) => formatFen(p.amountFen),
        },
        {
          title: t('fees.col.status'),
          width: 80,
          render: (_, p) => (p.voidedAt ? <Tag>{t('money.status.void')}</Tag> : ''),
        },
      ])}
      {titledList<ArrearsChaseRecord>(t('fees.chase.history'), 'unit-chases', data?.chases, [
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
      ])}
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
