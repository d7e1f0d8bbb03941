import { Alert, App, Button, Input, List, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import { RecordDrawer } from '../../components/RecordDrawer';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { SATISFACTIONS, type Satisfaction } from '@shared/domain/complaints';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { REVISIT_KINDS } from '@shared/domain/revisitKinds';
import { useRepos } from '../../app/ReposContext';
import { useNewRecordKey } from '../../components/useNewRecordKey';
import { useSession } from '../../app/SessionContext';
import type { RevisitEventRecord, RevisitPerson } from '../../db/records';
import { t } from '../../i18n';
import { EventFormModal } from './EventFormModal';
import { messageOf } from '../../i18n/domainText';

const time = formatOfficeDateTime;

/** The events and aids, newest first, and the one open in the drawer. */
export function EventsTab(props: { openId: string | null; onOpen: (id: string | null) => void }) {
  const repos = useRepos();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const rows = useLiveQuery(
    async () =>
      (await Promise.all(REVISIT_KINDS.map((k) => repos.revisits.listEvents(k))))
        .flat()
        .sort((a, b) => b.heldAt.localeCompare(a.heldAt)),
    [repos],
  );

  useNewRecordKey(!creating && !props.openId, () => setCreating(true));

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button type="primary" onClick={() => setCreating(true)} data-testid="event-new">
        {t('revisits.events.new')}
      </Button>
      <Table<RevisitEventRecord>
        rowKey="id"
        size="small"
        loading={rows === undefined}
        dataSource={rows ?? []}
        locale={{ emptyText: t('revisits.events.empty') }}
        data-testid="events-table"
        onRow={(r) => ({ onClick: () => props.onOpen(r.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('revisits.events.col.kind'),
            width: 100,
            render: (_, r) => t(`revisits.kind.${r.kind}`),
          },
          { title: t('revisits.events.col.title'), dataIndex: 'title' },
          { title: t('revisits.events.col.heldAt'), width: 150, render: (_, r) => time(r.heldAt) },
          {
            title: t('revisits.events.col.people'),
            width: 70,
            render: (_, r) => r.participants.length,
          },
          {
            title: t('revisits.events.col.progress'),
            width: 90,
            render: (_, r) =>
              t('revisits.events.progress', { done: r.revisits.length, total: r.sample.length }),
          },
          {
            title: t('revisits.events.col.due'),
            width: 150,
            render: (_, r) => time(r.revisitDueAt),
          },
          {
            title: t('revisits.events.col.status'),
            width: 80,
            render: (_, r) => (
              <Tag color={r.status === 'done' ? 'green' : 'orange'}>
                {t(`revisits.status.${r.status}`)}
              </Tag>
            ),
          },
        ]}
      />
      {creating && (
        <EventFormModal
          onClose={() => setCreating(false)}
          onSaved={(e) => {
            setCreating(false);
            void message.success(t('revisits.form.saved', { count: e.sample.length }));
            props.onOpen(e.id);
          }}
        />
      )}
      {props.openId && <EventDrawer id={props.openId} onClose={() => props.onOpen(null)} />}
    </Space>
  );
}

function EventDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const repos = useRepos();
  const e = useLiveQuery(() => repos.revisits.getEvent(id), [repos, id]);
  const [person, setPerson] = useState<RevisitPerson | null>(null);
  if (!e) return null;
  const sampled = e.participants.filter((p) => e.sample.includes(p.key));
  const others = e.participants.filter((p) => !e.sample.includes(p.key));
  const revisitOf = (key: string) => e.revisits.find((r) => r.key === key);
  return (
    <RecordDrawer
      width={640}
      onClose={onClose}
      title={t('revisits.drawer.title', { kind: t(`revisits.kind.${e.kind}`), title: e.title })}
      extra={<Tag data-testid="event-status">{t(`revisits.status.${e.status}`)}</Tag>}
      testId="event-drawer"
    >
      <Typography.Text type={e.status === 'open' ? 'danger' : 'secondary'}>
        {t('revisits.drawer.due', { at: time(e.revisitDueAt) })}
      </Typography.Text>
      <Typography.Title level={5}>{t('revisits.drawer.sample')}</Typography.Title>
      <List<RevisitPerson>
        dataSource={sampled}
        data-testid="event-sample"
        renderItem={(p) => {
          const r = revisitOf(p.key);
          return (
            <List.Item
              actions={
                r
                  ? []
                  : [
                      <Button
                        key="r"
                        size="small"
                        onClick={() => setPerson(p)}
                        data-testid={`event-revisit-${p.key}`}
                      >
                        {t('revisits.drawer.revisit')}
                      </Button>,
                    ]
              }
            >
              <Space direction="vertical" size={0}>
                <span>{[p.unitCode, p.name, p.phone].filter(Boolean).join(' · ')}</span>
                {r && (
                  <Typography.Text type={r.satisfaction === 'unsatisfied' ? 'danger' : 'secondary'}>
                    {t('revisits.drawer.revisited', {
                      satisfaction: t(`revisits.satisfaction.${r.satisfaction}`),
                      at: time(r.at),
                      by: r.byName,
                      comment: r.comment,
                    })}
                  </Typography.Text>
                )}
              </Space>
            </List.Item>
          );
        }}
      />
      {others.length > 0 && (
        <>
          <Typography.Title level={5}>{t('revisits.drawer.others')}</Typography.Title>
          <Typography.Paragraph type="secondary">
            {others.map((p) => [p.unitCode, p.name].filter(Boolean).join(' ')).join('、')}
          </Typography.Paragraph>
        </>
      )}
      {person && <PersonRevisitModal event={e} person={person} onClose={() => setPerson(null)} />}
    </RecordDrawer>
  );
}

function PersonRevisitModal(props: {
  event: RevisitEventRecord;
  person: RevisitPerson;
  onClose: () => void;
}) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const [satisfaction, setSatisfaction] = useState<Satisfaction>('satisfied');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    try {
      await repos.revisits.recordRevisit(actor, props.event.id, {
        key: props.person.key,
        satisfaction,
        comment,
      });
      void message.success(t('revisits.revisitForm.done'));
      props.onClose();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <Modal
      open
      title={t('revisits.revisitForm.title', { name: props.person.name })}
      onCancel={props.onClose}
      onOk={() => void save()}
      okButtonProps={{ 'data-testid': 'person-revisit-ok' } as Record<string, string>}
      destroyOnHidden
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <Radio.Group
        value={satisfaction}
        onChange={(e) => setSatisfaction(e.target.value as Satisfaction)}
        optionType="button"
        options={SATISFACTIONS.map((s) => ({ value: s, label: t(`revisits.satisfaction.${s}`) }))}
        style={{ marginBottom: 12 }}
      />
      <Input.TextArea
        rows={2}
        placeholder={t('revisits.revisitForm.comment')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
    </Modal>
  );
}
