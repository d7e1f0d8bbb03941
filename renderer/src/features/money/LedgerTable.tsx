import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { RowAction } from '../../components/RowAction';
import { memo, useMemo } from 'react';
import type { ColumnsType } from 'antd/es/table';
import { formatFen } from '@shared/domain/money';
import { hasRole, type Role } from '@shared/domain/record';
import type { ReceiptRecord } from '../../db/records';
import { timeColumn } from '../../components/timeColumn';
import { t } from '../../i18n';

interface Props {
  rows: readonly ReceiptRecord[];
  loading: boolean;
  role: Role;
  onPrint: (doc: ReceiptRecord) => void;
  onVoid: (doc: ReceiptRecord) => void;
  onRefund: (doc: ReceiptRecord) => void;
}

/** A receipt that still has a deposit to refund (the refund dialog checks what is left). */
const refundable = (r: ReceiptRecord) =>
  r.kind === 'receipt' && r.status === 'valid' && r.lines.some((l) => l.refundable);

/**
 * The ledger: every document with its number; void ones stay, struck through and tagged 作废.
 * Memoized with its columns: a dialog opening or closing on the money screen (开具, the number's
 * message, the print preview) does not re-render the 50 rows (issue 21).
 */
function LedgerRows({ rows, loading, role, onPrint, onVoid, onRefund }: Props) {
  const supervisor = hasRole(role, 'supervisor');
  const columns = useMemo<ColumnsType<ReceiptRecord>>(
    () => [
      {
        title: t('money.column.no'),
        dataIndex: 'no',
        width: 130,
        render: (no: string, r) => (
          <Typography.Text delete={r.status === 'void'} data-testid="ledger-no">
            {no}
          </Typography.Text>
        ),
      },
      {
        title: t('money.column.kind'),
        dataIndex: 'kind',
        width: 72,
        render: (_: unknown, r) =>
          r.kind === 'refund' ? (
            <Tooltip title={t('money.column.refundOf', { no: r.refundOfNo ?? '' })}>
              <Tag color="orange">{t('money.kind.refund')}</Tag>
            </Tooltip>
          ) : (
            <Tag>{t('money.kind.receipt')}</Tag>
          ),
      },
      timeColumn(t('money.column.issuedAt'), 'issuedAt', 140),
      // Fixed beside the items: what was paid for gets the room left at 1366 px.
      { title: t('money.column.payer'), dataIndex: 'payerName', width: 90, ellipsis: true },
      { title: t('money.column.unit'), dataIndex: 'unitCode', width: 90 },
      {
        title: t('money.column.items'),
        key: 'items',
        ellipsis: true,
        render: (_: unknown, r) =>
          r.lines.map((l) => (l.quantity > 1 ? `${l.name}×${l.quantity}` : l.name)).join('、'),
      },
      {
        title: t('money.column.amount'),
        dataIndex: 'totalFen',
        width: 110,
        align: 'right',
        render: (fen: number, r) => (
          <span style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="ledger-amount">
            {r.kind === 'refund' ? '-' : ''}
            {formatFen(fen)}
          </span>
        ),
      },
      {
        title: t('money.column.method'),
        dataIndex: 'method',
        width: 70,
        render: (m: ReceiptRecord['method']) => t(`money.method.${m}`),
      },
      { title: t('money.column.clerk'), dataIndex: 'clerkName', width: 80 },
      {
        title: t('money.column.status'),
        dataIndex: 'status',
        width: 70,
        render: (s: ReceiptRecord['status'], r) =>
          s === 'void' ? (
            <Tooltip title={r.voidReason}>
              <Tag color="red" data-testid="ledger-void-tag">
                {t('money.status.void')}
              </Tag>
            </Tooltip>
          ) : (
            <Tag color="green">{t('money.status.valid')}</Tag>
          ),
      },
      {
        title: t('common.actions'),
        key: 'actions',
        width: 170,
        render: (_: unknown, r) => (
          <Space size={0}>
            <Tooltip
              title={
                r.printCount > 0 ? t('money.column.printed', { count: r.printCount }) : undefined
              }
            >
              <Button
                size="small"
                type="link"
                onClick={() => onPrint(r)}
                data-testid="ledger-print"
              >
                {r.printCount > 0 ? t('money.action.reprint') : t('money.action.print')}
              </Button>
            </Tooltip>
            {supervisor && r.status === 'valid' && (
              <RowAction
                label={t('money.action.void')}
                danger
                onClick={() => onVoid(r)}
                testId="ledger-void"
              />
            )}
            {supervisor && refundable(r) && (
              <RowAction
                label={t('money.action.refund')}
                onClick={() => onRefund(r)}
                testId="ledger-refund"
              />
            )}
          </Space>
        ),
      },
    ],
    [supervisor, onPrint, onVoid, onRefund],
  );
  return (
    <Table<ReceiptRecord>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={{ pageSize: 50, showSizeChanger: false }}
      data-testid="ledger-table"
    />
  );
}

export const LedgerTable = memo(LedgerRows);
