import { Table } from 'antd';
import type { CashupSummary, MethodTotals } from '@shared/domain/cashup';
import { formatFen } from '@shared/domain/money';
import { t } from '../../i18n';

const money = (fen: number) => (
  <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatFen(fen)}</span>
);

/** Receipts, refunds, voids and net by payment method, with a total row. */
export function SummaryTable({ summary, testId }: { summary: CashupSummary; testId: string }) {
  const total: MethodTotals & { key: string } = {
    key: 'total',
    method: 'cash',
    receiptCount: summary.receiptCount,
    receivedFen: summary.receivedFen,
    refundCount: summary.refundCount,
    refundedFen: summary.refundedFen,
    voidCount: summary.voidCount,
    voidedFen: summary.voidedFen,
    lateVoidFen: summary.lateVoidFen,
    netFen: summary.netFen,
  };
  const rows = [...summary.byMethod.map((m) => ({ ...m, key: m.method })), total];
  return (
    <Table
      size="small"
      pagination={false}
      data-testid={testId}
      dataSource={rows}
      columns={[
        {
          title: t('print.cashup.method'),
          key: 'method',
          render: (_: unknown, r) =>
            r.key === 'total' ? t('print.cashup.totalRow') : t(`money.method.${r.method}`),
        },
        { title: t('print.cashup.receipts'), dataIndex: 'receiptCount', align: 'right' },
        {
          title: t('print.cashup.received'),
          dataIndex: 'receivedFen',
          align: 'right',
          render: money,
        },
        { title: t('print.cashup.refunds'), dataIndex: 'refundCount', align: 'right' },
        {
          title: t('print.cashup.refunded'),
          dataIndex: 'refundedFen',
          align: 'right',
          render: money,
        },
        { title: t('print.cashup.voids'), dataIndex: 'voidCount', align: 'right' },
        { title: t('print.cashup.voided'), dataIndex: 'voidedFen', align: 'right', render: money },
        {
          title: t('print.cashup.lateVoid'),
          dataIndex: 'lateVoidFen',
          align: 'right',
          render: money,
        },
        { title: t('print.cashup.net'), dataIndex: 'netFen', align: 'right', render: money },
      ]}
    />
  );
}
