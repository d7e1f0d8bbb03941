import { App, Button, Checkbox, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { hasRole } from '@shared/domain/record';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { useOfficeNow } from '../../components/useOfficeClock';
import type { Signable } from '../../db/repositories/siteCheckRepository';
import { siteWindowStart } from '../../db/repositories/siteCheckRepository';
import { t, type zhCN } from '../../i18n';
import { messageOf } from '../../i18n/domainText';

/** 签阅: the manager reads and signs the daily logs, patrol reports and inspection records. */
export function SignoffTab(props: { onOpen: (id: string) => void }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const now = useOfficeNow();
  const [unsignedOnly, setUnsignedOnly] = useState(true);
  const rows = useLiveQuery(() => repos.siteChecks.signables(siteWindowStart(now)), [repos, now]);
  const manager = hasRole(actor.role, 'manager');
  const shown = (rows ?? []).filter((r) => !unsignedOnly || !r.signoff);
  const sign = async (r: Signable) => {
    try {
      await repos.siteChecks.sign(actor, r.table, r.id);
      void message.success(t('patrols.detail.signed', { no: r.no }));
    } catch (err) {
      void message.error(messageOf(err));
    }
  };
  const c = (k: keyof (typeof zhCN)['patrols']['signoff']['col']) => t(`patrols.signoff.col.${k}`);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Checkbox checked={unsignedOnly} onChange={(e) => setUnsignedOnly(e.target.checked)}>
          {t('patrols.signoff.unsignedOnly')}
        </Checkbox>
        {!manager && (
          <Typography.Text type="secondary">{t('patrols.signoff.onlyManager')}</Typography.Text>
        )}
      </Space>
      <Table<Signable>
        rowKey={(r) => `${r.table}:${r.id}`}
        size="small"
        loading={rows === undefined}
        dataSource={shown}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        data-testid="signoff-table"
        onRow={(r) => ({
          onDoubleClick: () => r.table === 'siteChecks' && props.onOpen(r.id),
        })}
        columns={[
          { title: c('no'), dataIndex: 'no', width: 140 },
          { title: c('kind'), width: 150, render: (_, r) => t(`patrols.kind.${r.kind}`) },
          { title: c('at'), width: 150, render: (_, r) => formatOfficeDateTime(r.at) },
          { title: c('by'), dataIndex: 'by', width: 140 },
          { title: c('text'), dataIndex: 'text', ellipsis: true },
          {
            title: c('state'),
            width: 180,
            render: (_, r) =>
              r.signoff ? (
                <Tag color="green">
                  {t('patrols.detail.signedBy', {
                    name: r.signoff.signedByName,
                    at: formatOfficeDateTime(r.signoff.signedAt),
                  })}
                </Tag>
              ) : manager ? (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => void sign(r)}
                  data-testid={`signoff-${r.no}`}
                >
                  {t('patrols.detail.sign')}
                </Button>
              ) : (
                <Tag>{t('patrols.detail.unsigned')}</Tag>
              ),
          },
        ]}
      />
    </Space>
  );
}
