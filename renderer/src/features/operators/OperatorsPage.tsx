import { App, Alert, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { hasRole } from '@shared/domain/record';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { OperatorSummary } from '../../db/repositories/operatorRepository';
import { timeColumn } from '../../components/timeColumn';
import { t } from '../../i18n';
import { OperatorFormModal } from './OperatorFormModal';
import { PinModal } from './PinModal';
import { messageOf } from '../../i18n/domainText';

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; operator: OperatorSummary }
  | { kind: 'resetPin'; operator: OperatorSummary }
  | { kind: 'ownPin' }
  | null;

/** The manager's dialogs on an operator's row, with their buttons' test ids. */
const ROW_DIALOGS = [
  ['edit', 'operator-edit'],
  ['resetPin', 'operator-reset-pin'],
] as const;

function StatusTag({ o }: { o: OperatorSummary }) {
  if (!o.active) return <Tag>{t('operators.page.inactive')}</Tag>;
  if (o.lockedUntil) return <Tag color="red">{t('operators.page.lockedOut')}</Tag>;
  return <Tag color="green">{t('operators.page.active')}</Tag>;
}

/**
 * The operators of this desk. A manager adds, edits, deactivates and resets PINs (the
 * repository checks the role again); everyone else sees the list and can change their own PIN.
 */
export default function OperatorsPage() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const operators = useLiveQuery(() => repos.operators.list({ includeInactive: true }), [repos]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const isManager = hasRole(actor.role, 'manager');

  const setActive = async (o: OperatorSummary, active: boolean) => {
    try {
      await repos.operators.update(o.id, { active }, actor);
      void message.success(t('operators.page.saved'));
    } catch (err) {
      void message.error(messageOf(err));
    }
  };

  const columns: TableColumnsType<OperatorSummary> = [
    { title: t('operators.page.name'), dataIndex: 'name' },
    {
      title: t('operators.page.role'),
      dataIndex: 'role',
      render: (_: unknown, o) => (
        <Tag color={o.role === 'manager' ? 'gold' : o.role === 'supervisor' ? 'blue' : undefined}>
          {t(`operators.roles.${o.role}`)}
        </Tag>
      ),
    },
    {
      title: t('operators.page.status'),
      key: 'status',
      render: (_: unknown, o) => <StatusTag o={o} />,
    },
    timeColumn(t('operators.page.createdAt'), 'createdAt'),
  ];
  if (isManager) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, o) => (
        <Space size="small">
          {ROW_DIALOGS.map(([kind, testId]) => (
            <Button
              key={kind}
              size="small"
              onClick={() => setDialog({ kind, operator: o })}
              data-testid={testId}
            >
              {t(`operators.page.${kind}`)}
            </Button>
          ))}
          {o.active ? (
            <Popconfirm
              title={t('operators.page.deactivateConfirm', { name: o.name })}
              onConfirm={() => setActive(o, false)}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
            >
              <Button
                size="small"
                danger
                disabled={o.id === actor.id}
                data-testid="operator-deactivate"
              >
                {t('operators.page.deactivate')}
              </Button>
            </Popconfirm>
          ) : (
            <Button
              size="small"
              onClick={() => void setActive(o, true)}
              data-testid="operator-activate"
            >
              {t('operators.page.activate')}
            </Button>
          )}
        </Space>
      ),
    });
  }

  const close = () => setDialog(null);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={4}>{t('operators.page.title')}</Typography.Title>
      {!isManager && (
        <Alert
          type="info"
          showIcon
          title={t('operators.page.readOnlyNotice')}
          data-testid="operators-readonly"
        />
      )}
      <Space>
        {isManager && (
          <Button
            type="primary"
            onClick={() => setDialog({ kind: 'add' })}
            data-testid="operator-add"
          >
            {t('operators.page.add')}
          </Button>
        )}
        <Button onClick={() => setDialog({ kind: 'ownPin' })} data-testid="operator-own-pin">
          {t('operators.page.changeOwnPin')}
        </Button>
      </Space>
      <Table<OperatorSummary>
        rowKey="id"
        size="middle"
        loading={operators === undefined}
        dataSource={operators ?? []}
        columns={columns}
        pagination={false}
        data-testid="operators-table"
      />
      {dialog?.kind === 'add' && <OperatorFormModal onClose={close} />}
      {dialog?.kind === 'edit' && <OperatorFormModal editing={dialog.operator} onClose={close} />}
      {(dialog?.kind === 'resetPin' || dialog?.kind === 'ownPin') && (
        <PinModal
          target={dialog.kind === 'resetPin' ? dialog.operator : undefined}
          onClose={(changed) => {
            if (changed)
              void message.success(
                dialog.kind === 'resetPin'
                  ? t('operators.page.pinReset')
                  : t('operators.page.pinChanged'),
              );
            close();
          }}
        />
      )}
    </Space>
  );
}
