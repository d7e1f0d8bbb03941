import { Table, Tag } from 'antd';
import { formatFen } from '@shared/domain/money';
import type { CashupDocLine } from '../../db/records';
import { timeColumn } from '../../components/timeColumn';
import { t } from '../../i18n';

/** The documents of a shift or a day, oldest first; refunds negative, void ones tagged. */
export function DocLinesTable({
  docs,
  testId,
}: {
  docs: readonly CashupDocLine[];
  testId: string;
}) {
  return (
    <Table<CashupDocLine>
      size="small"
      rowKey={(d) => `${d.id}${d.lateVoid ? '-late' : ''}`}
      dataSource={docs}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      data-testid={testId}
      locale={{ emptyText: t('money.cashup.noDocs') }}
      columns={[
        timeColumn(t('print.cashup.time'), 'issuedAt', 140),
        { title: t('print.cashup.no'), dataIndex: 'no', width: 150 },
        {
          title: t('print.cashup.kind'),
          dataIndex: 'kind',
          width: 90,
          render: (k: CashupDocLine['kind']) => t(`money.kind.${k}`),
        },
        { title: t('print.cashup.payer'), dataIndex: 'payerName', ellipsis: true },
        { title: t('print.cashup.unit'), dataIndex: 'unitCode', width: 90 },
        {
          title: t('print.cashup.method'),
          dataIndex: 'method',
          width: 70,
          render: (m: CashupDocLine['method']) => t(`money.method.${m}`),
        },
        {
          title: t('print.cashup.amount'),
          key: 'amount',
          width: 110,
          align: 'right',
          render: (_: unknown, d) => (
            <span style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatFen(d.kind === 'refund' ? -d.totalFen : d.totalFen)}
            </span>
          ),
        },
        {
          title: t('print.cashup.status'),
          key: 'status',
          width: 200,
          render: (_: unknown, d) => (
            <>
              {d.lateVoid ? (
                <Tag color="volcano">{t('money.cashup.lateVoid')}</Tag>
              ) : d.status === 'void' ? (
                <Tag color="red">{t('money.status.void')}</Tag>
              ) : (
                <Tag color="green">{t('money.status.valid')}</Tag>
              )}
              {d.priceOverride && (
                <Tag color="gold" data-testid="doc-below-standard">
                  {t('money.cashup.belowStandard', {
                    approver: d.priceOverride.approverName,
                    reason: d.priceOverride.reason,
                  })}
                </Tag>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
