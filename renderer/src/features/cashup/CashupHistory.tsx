import { Table } from 'antd';
import { RowAction } from '../../components/RowAction';
import { useLiveQuery } from 'dexie-react-hooks';
import { hasRole } from '@shared/domain/record';
import { formatFen } from '@shared/domain/money';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { CashupRecord } from '../../db/records';
import { timeColumn } from '../../components/timeColumn';
import { t } from '../../i18n';

/** Closed shifts, newest first: a clerk sees their own, a supervisor everyone's. */
export function CashupHistory({ onPrint }: { onPrint: (record: CashupRecord) => void }) {
  const repos = useRepos();
  const { actor } = useSession();
  const everyone = hasRole(actor.role, 'supervisor');
  const rows = useLiveQuery(
    () => repos.cashups.list(everyone ? undefined : actor.id),
    [repos, actor.id, everyone],
  );
  const money = (fen: number) => (
    <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatFen(fen)}</span>
  );
  return (
    <Table<CashupRecord>
      size="small"
      rowKey="id"
      loading={rows === undefined}
      dataSource={rows ?? []}
      data-testid="cashup-history"
      columns={[
        timeColumn(t('money.cashup.closedAt'), 'closedAt'),
        { title: t('money.cashup.clerk'), dataIndex: 'clerkName' },
        {
          title: t('money.cashup.expectedShort'),
          key: 'expected',
          align: 'right',
          render: (_: unknown, r) => money(r.summary.expectedCashFen),
        },
        {
          title: t('money.cashup.countedShort'),
          dataIndex: 'countedCashFen',
          align: 'right',
          render: money,
        },
        {
          title: t('money.cashup.difference'),
          dataIndex: 'differenceFen',
          align: 'right',
          render: money,
        },
        { title: t('money.cashup.explanation'), dataIndex: 'explanation', ellipsis: true },
        { title: t('money.cashup.handedTo'), dataIndex: 'handedTo' },
        {
          title: t('common.actions'),
          key: 'actions',
          render: (_: unknown, r) => (
            <RowAction
              label={t('money.cashup.print')}
              onClick={() => onPrint(r)}
              testId="cashup-history-print"
            />
          ),
        },
      ]}
    />
  );
}
