import { App, Button, Descriptions, Drawer, Image, List, Space, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { hasRole } from '@shared/domain/record';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { t } from '../../i18n';
import { FindingOrderModal } from './FindingOrderModal';
import { messageOf } from '../../i18n/domainText';

/** One record: what was seen, findings (each can become a work order), photos, the 签阅. */
export function SiteCheckDrawer(props: { id: string; onClose: () => void }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const [ordering, setOrdering] = useState<number | null>(null);
  const record = useLiveQuery(() => repos.siteChecks.get(props.id), [repos, props.id]);
  const signoff = useLiveQuery(
    () => repos.siteChecks.signoffOf('siteChecks', props.id),
    [repos, props.id],
  );
  if (!record) return null;
  const joined = (list: readonly string[] | undefined) =>
    list?.length ? list.join('、') : undefined;
  // What the record holds, in order; a line it does not have (undefined) is not shown.
  const details: [label: string, value: string | number | undefined][] = [
    [t('patrols.col.at'), formatOfficeDateTime(record.at)],
    [t('patrols.col.inspector'), record.inspector],
    [t('patrols.form.route'), record.route || undefined],
    [t('patrols.form.points'), joined(record.points)],
    [t('patrols.col.score'), record.score],
    [t('patrols.form.units'), joined(record.unitCodes)],
    [t('patrols.form.phase'), record.phase ? t(`patrols.phase.${record.phase}`) : undefined],
    [t('patrols.form.summary'), record.summary || undefined],
    [t('patrols.detail.clerk'), record.clerkName],
  ];
  const sign = async () => {
    try {
      await repos.siteChecks.sign(actor, 'siteChecks', record.id);
      void message.success(t('patrols.detail.signed', { no: record.no }));
    } catch (err) {
      void message.error(messageOf(err));
    }
  };
  return (
    <Drawer
      open
      width={640}
      onClose={props.onClose}
      title={t('patrols.detail.title', { kind: t(`patrols.kind.${record.kind}`), no: record.no })}
      data-testid="site-drawer"
      extra={
        signoff ? (
          <Tag color="green" data-testid="site-signed">
            {t('patrols.detail.signedBy', {
              name: signoff.signedByName,
              at: formatOfficeDateTime(signoff.signedAt),
            })}
          </Tag>
        ) : hasRole(actor.role, 'manager') && record.kind !== 'rainAlert' ? (
          <Button type="primary" onClick={() => void sign()} data-testid="site-sign">
            {t('patrols.detail.sign')}
          </Button>
        ) : (
          <Tag>{t('patrols.detail.unsigned')}</Tag>
        )
      }
    >
      <Descriptions column={1} size="small" bordered>
        {details
          .filter(([, value]) => value !== undefined)
          .map(([label, value]) => (
            <Descriptions.Item key={label} label={label}>
              {value}
            </Descriptions.Item>
          ))}
      </Descriptions>
      {record.checklist && (
        <List
          size="small"
          header={t('patrols.form.checklist')}
          dataSource={record.checklist}
          renderItem={(c) => (
            <List.Item>
              <Space>
                <Tag color={c.ok ? 'green' : 'red'}>{c.ok ? t('patrols.form.ok') : '✗'}</Tag>
                {c.item}
                {c.note}
              </Space>
            </List.Item>
          )}
        />
      )}
      {record.findings && (
        <List
          size="small"
          header={t('patrols.form.findings')}
          dataSource={record.findings}
          renderItem={(f, i) => (
            <List.Item
              data-testid={`site-finding-row-${i}`}
              actions={[
                f.workOrderId && f.workOrderNo ? (
                  <a
                    key="wo"
                    href={`#/repairs?open=${encodeURIComponent(f.workOrderId)}`}
                    data-testid={`site-finding-wo-${i}`}
                  >
                    {t('patrols.detail.workOrder', { no: f.workOrderNo })}
                  </a>
                ) : (
                  <Button
                    key="wo"
                    size="small"
                    onClick={() => setOrdering(i)}
                    data-testid={`site-finding-order-${i}`}
                  >
                    {t('patrols.detail.toWorkOrder')}
                  </Button>
                ),
              ]}
            >
              {f.text}
            </List.Item>
          )}
        />
      )}
      {record.photos?.length ? (
        <Image.PreviewGroup>
          <Space>
            {record.photos.map((url, i) => (
              <Image key={i} src={url} height={80} />
            ))}
          </Space>
        </Image.PreviewGroup>
      ) : null}
      {ordering !== null && record.findings?.[ordering] && (
        <FindingOrderModal
          record={record}
          index={ordering}
          onClose={() => setOrdering(null)}
          onSaved={(no) => {
            setOrdering(null);
            void message.success(t('patrols.order.saved', { no }));
          }}
        />
      )}
    </Drawer>
  );
}
