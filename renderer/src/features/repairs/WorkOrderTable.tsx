import { Button, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { maskPhone } from '@shared/domain/identity';
import { formatFen } from '@shared/domain/money';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import type { WorkOrderRecord } from '../../db/records';
import { column, noColumn, tagColumn } from '../../components/registerColumns';
import { t } from '../../i18n';
import { actionsOf, type WorkOrderAction } from './workOrderActions';

export type { WorkOrderAction } from './workOrderActions';

/** Where the work is: the unit, or the common place (楼道, 车库 …). */
export const placeText = (o: WorkOrderRecord) => o.unitCode || t(`repairs.place.${o.place}`);

interface Props {
  rows: readonly WorkOrderRecord[];
  loading: boolean;
  onAction: (action: WorkOrderAction, order: WorkOrderRecord) => void;
  /** Opens the order (its drawer): a click on the row, or Enter on it. */
  onOpen: (order: WorkOrderRecord) => void;
}

const STATUS_COLOR = { open: 'processing', done: 'warning', closed: 'default' } as const;

/** The work order register: one row per order, its state and what can be done next. */
export function WorkOrderTable({ rows, loading, onAction, onOpen }: Props) {
  const columns: ColumnsType<WorkOrderRecord> = [
    noColumn(t('repairs.col.no'), 140, 'wo-row-no', 'span'),
    tagColumn(
      t('repairs.col.status'),
      90,
      (o) => [STATUS_COLOR[o.status], t(`repairs.status.${o.status}`)],
      'wo-row-status',
    ),
    column(t('repairs.col.unit'), 110, placeText),
    column(t('repairs.col.contact'), 150, (o) => `${o.contactName} ${maskPhone(o.contactPhone)}`),
    {
      title: t('repairs.col.problem'),
      dataIndex: 'problem',
      width: 220,
      ellipsis: true,
      render: (v: string, o) => (
        <Space size={4}>
          {o.urgency === 'emergency' && <Tag color="red">{t('repairs.urgency.emergency')}</Tag>}
          {o.serviceType && o.kind === 'paidService' && (
            <Tag>{t(`repairs.serviceType.${o.serviceType}`)}</Tag>
          )}
          <Tooltip title={v}>{v}</Tooltip>
        </Space>
      ),
    },
    {
      title: t('repairs.col.revisit'),
      width: 110,
      render: (_, o) =>
        o.revisitStatus === 'none'
          ? '—'
          : `${o.revisitResult ? t(`repairs.revisitResult.${o.revisitResult}`) : t(`repairs.revisitStatus.${o.revisitStatus}`)}${o.revisitReason ? `（${t(`repairs.revisitReason.${o.revisitReason}`)}）` : ''}`,
    },
    column(t('repairs.col.department'), 80, (o) => o.department),
    {
      title: t('repairs.col.charge'),
      width: 110,
      render: (_, o) =>
        !o.paid ? (
          t('repairs.paid.false')
        ) : (
          <span data-testid="wo-row-charge">
            {o.chargeFen ? formatFen(o.chargeFen) : t('repairs.paid.true')}
            {o.receiptNo ? ` ✓` : ''}
          </span>
        ),
    },
    {
      title: t('repairs.col.receivedAt'),
      dataIndex: 'receivedAt',
      width: 110,
      // The year is in the number; month-day and time are what the desk reads.
      render: (v: string) => formatOfficeDateTime(v).slice(5),
    },
    {
      title: t('repairs.col.actions'),
      width: 180,
      fixed: 'right',
      render: (_, o) => (
        <Space size={0} wrap>
          {actionsOf(o).map((a) => (
            <Button
              key={a}
              size="small"
              type="link"
              onClick={(e) => {
                // The row opens the order; a button does only its own action.
                e.stopPropagation();
                onAction(a, o);
              }}
              onKeyDown={(e) => e.stopPropagation()}
              data-testid={`wo-${a}`}
            >
              {t(`repairs.action.${a}`)}
            </Button>
          ))}
        </Space>
      ),
    },
  ];
  return (
    <Table<WorkOrderRecord>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows as WorkOrderRecord[]}
      loading={loading}
      pagination={{ pageSize: 20, showSizeChanger: false }}
      scroll={{ x: 1300 }}
      onRow={(o) => ({
        onClick: () => onOpen(o),
        onKeyDown: (e) => {
          if (e.key === 'Enter' && e.target === e.currentTarget) onOpen(o);
        },
        tabIndex: 0,
        style: { cursor: 'pointer' },
        'data-testid': 'wo-row',
      })}
      data-testid="wo-table"
    />
  );
}
