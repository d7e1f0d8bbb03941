import { Alert, DatePicker, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { AuditEntry } from '@shared/domain/record';
import { auditViewFor } from '@shared/domain/auditView';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { timeColumn } from '../../components/timeColumn';
import { t } from '../../i18n';
import { settingLabel } from '../settings/settingLabels';
import { actionLabel, changeLines, recordName, tableLabel } from './formatChanges';

const LIMIT = 1000;

type Range = [Dayjs | null, Dayjs | null] | null;

/**
 * Each record's number or name from whichever listed entry carries it (its creation names it,
 * a later change may not), so a row says 「SJ2026-0001」, never an id; none known, none shown.
 */
function recordNames(entries: readonly AuditEntry[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of entries) {
    const key = `${e.table}:${e.recordId}`;
    const name = e.table === 'settings' ? settingLabel(e.recordId) : recordName(e);
    if (name && !names.has(key)) names.set(key, name);
  }
  return names;
}

function Changes({ entry }: { entry: AuditEntry }) {
  const lines = changeLines(entry);
  return (
    <div>
      {entry.summary && <div>{entry.summary}</div>}
      {lines.map((l, i) => (
        // A new record's fields flow side by side; a change keeps one line per field.
        <div
          key={i}
          style={entry.action === 'create' ? { display: 'inline-block', marginRight: 16 } : {}}
        >
          <Typography.Text type="secondary">{l.field}：</Typography.Text>
          {entry.action === 'create' ? (
            l.after
          ) : (
            <>
              <Typography.Text delete type="secondary">
                {l.before}
              </Typography.Text>
              {' → '}
              {l.after}
            </>
          )}
        </div>
      ))}
    </div>
  );
}

/** Read-only audit log: who changed what and when, newest first, filtered on the index. */
export default function AuditPage() {
  const repos = useRepos();
  const { actor } = useSession();
  const ownOnly = auditViewFor(actor.role).ownOnly;
  const [table, setTable] = useState<string | undefined>();
  const [actorId, setActorId] = useState<string | undefined>();
  const [range, setRange] = useState<Range>(null);
  const from = range?.[0]?.startOf('day').toISOString();
  const to = range?.[1]?.endOf('day').toISOString();

  const entries = useLiveQuery(
    () => repos.auditSearch.search({ table, actorId, from, to, limit: LIMIT }, actor),
    [repos, table, actorId, from, to, actor],
  );
  const tables = useLiveQuery(() => repos.auditSearch.tables(), [repos]);
  const operators = useLiveQuery(() => repos.operators.list({ includeInactive: true }), [repos]);
  const names = useMemo(() => recordNames(entries ?? []), [entries]);

  const columns = useMemo<TableColumnsType<AuditEntry>>(
    () => [
      timeColumn(t('audit.colTime'), 'at', 150),
      { title: t('audit.colOperator'), dataIndex: 'actorName', width: 100 },
      {
        title: t('audit.colAction'),
        dataIndex: 'action',
        width: 90,
        render: (a: AuditEntry['action']) => (
          <Tag color={a === 'delete' || a === 'void' || a === 'signInFailed' ? 'red' : undefined}>
            {actionLabel(a)}
          </Tag>
        ),
      },
      {
        title: t('audit.colTable'),
        dataIndex: 'table',
        width: 100,
        render: (v: string) => tableLabel(v),
      },
      {
        title: t('audit.colRecord'),
        key: 'record',
        width: 140,
        render: (_: unknown, e) => names.get(`${e.table}:${e.recordId}`) ?? '',
      },
      {
        title: t('audit.colChanges'),
        key: 'changes',
        render: (_: unknown, e) => <Changes entry={e} />,
      },
    ],
    [names],
  );

  // 全部表 / 全部操作员: the operators' list is long enough to type in.
  const filter = (
    what: 'Table' | 'Operator',
    [value, onChange]: readonly [string | undefined, (v: string | undefined) => void],
    options: { value: string; label: string }[],
  ) => (
    <Select
      allowClear
      {...(what === 'Operator' ? { showSearch: { optionFilterProp: 'label' } } : {})}
      style={{ width: 160 }}
      placeholder={t(`audit.all${what}s`)}
      aria-label={t(`audit.filter${what}`)}
      data-testid={`audit-filter-${what.toLowerCase()}`}
      value={value}
      onChange={onChange}
      options={options}
    />
  );

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={4}>{t('audit.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
      <Space wrap>
        {filter(
          'Table',
          [table, setTable],
          (tables ?? []).map((name) => ({ value: name, label: tableLabel(name) })),
        )}
        {!ownOnly &&
          filter(
            'Operator',
            [actorId, setActorId],
            (operators ?? []).map((o) => ({ value: o.id, label: o.name })),
          )}
        <DatePicker.RangePicker
          aria-label={t('audit.filterDate')}
          data-testid="audit-filter-date"
          value={range}
          onChange={(v) => setRange(v)}
        />
      </Space>
      {entries && entries.length >= LIMIT && (
        <Alert type="info" title={t('audit.limitNotice', { limit: LIMIT })} />
      )}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        data-testid="audit-table"
        loading={entries === undefined}
        dataSource={entries ?? []}
        columns={columns}
        pagination={{ pageSize: 50, showSizeChanger: false }}
      />
    </Space>
  );
}
