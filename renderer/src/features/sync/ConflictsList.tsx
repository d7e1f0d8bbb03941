import { App, Button, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { TABLE_LABELS } from '@shared/domain/backupRecords';
import { hasRole } from '@shared/domain/record';
import { t } from '../../i18n';
import type { SyncConflictRecord } from '../../db/sync/syncRecords';
import { useSettingEditor } from '../settings/useSettingEditor';
import { messageOf } from '../../i18n/domainText';

function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** 同步冲突: what two desks changed differently, for a supervisor to confirm or swap. */
export function ConflictsList() {
  const { repos, actor } = useSettingEditor('sync');
  const { message } = App.useApp();
  const rows = useLiveQuery(() => repos.syncConflicts.listOpen(), [repos]) ?? [];
  const canResolve = hasRole(actor.role, 'supervisor');
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (err) {
      void message.error(messageOf(err));
    }
  };
  const tableName = (table: string) =>
    Object.hasOwn(TABLE_LABELS, table) ? TABLE_LABELS[table as keyof typeof TABLE_LABELS] : table;
  return (
    <div>
      <Typography.Title level={5}>{t('sync.conflicts.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('sync.conflicts.intro')}</Typography.Paragraph>
      <Table<SyncConflictRecord>
        rowKey="id"
        size="small"
        pagination={false}
        data-testid="sync-conflicts"
        locale={{ emptyText: t('sync.conflicts.empty') }}
        dataSource={rows}
        columns={[
          { title: t('sync.conflicts.table'), render: (_, c) => tableName(c.table) },
          {
            title: t('sync.conflicts.field'),
            render: (_, c) => (c.field === '*unique' ? t('sync.conflicts.unique') : c.field),
          },
          { title: t('sync.conflicts.kept'), render: (_, c) => shown(c.kept) },
          {
            title: t('sync.conflicts.other'),
            render: (_, c) =>
              c.field === '*unique'
                ? shown((c.other as { no?: unknown } | null)?.no)
                : shown(c.other),
          },
          {
            title: '',
            render: (_, c) => (
              <Space>
                <Button
                  size="small"
                  disabled={!canResolve}
                  onClick={() => void act(() => repos.syncConflicts.confirm(actor, c.id))}
                >
                  {t('sync.conflicts.confirm')}
                </Button>
                {c.field !== '*unique' && (
                  <Button
                    size="small"
                    disabled={!canResolve}
                    onClick={() => void act(() => repos.syncConflicts.swap(actor, c.id))}
                  >
                    {t('sync.conflicts.swap')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
