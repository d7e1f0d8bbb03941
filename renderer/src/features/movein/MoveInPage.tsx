import { App, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { maskPhone } from '@shared/domain/identity';
import { formatOfficeDateTime, officeDateOf } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import type { MoveInRecord } from '../../db/records';
import { useRegisterExport } from '../../components/useRegisterExport';
import { t } from '../../i18n';
import { MoveInCreateModal } from './MoveInCreateModal';
import { MoveInDrawer } from './MoveInDrawer';

type Status = MoveInRecord['status'];
const openDefects = (m: MoveInRecord) => m.defects.filter((d) => !d.fixedAt).length;

/** 入住交房: the move-ins (search, filter, export); a row opens its checklist. */
export default function MoveInPage() {
  const repos = useRepos();
  const { message } = App.useApp();
  const exportRegister = useRegisterExport();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status | undefined>();
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const rows = useLiveQuery(() => repos.moveIns.list(text, status), [repos, text, status]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.key.toLowerCase() === 'n' && !creating && !openId) {
        e.preventDefault();
        setCreating(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [creating, openId]);

  const exportRows = () => {
    const list = rows ?? [];
    void exportRegister({
      table: 'moveIns',
      fileName: t('movein.excel.fileName', { date: officeDateOf(new Date().toISOString()) }),
      sheetName: t('movein.excel.sheet'),
      columns: [
        { header: t('movein.col.unit'), width: 12, value: (m: MoveInRecord) => m.unitCode },
        { header: t('movein.col.applicant'), width: 18, value: (m) => m.applicantName },
        {
          header: t('movein.col.kind'),
          width: 10,
          value: (m) => t(`movein.applicant.${m.applicantKind}`),
        },
        {
          header: t('movein.col.phone'),
          width: 14,
          value: (m) => maskPhone(m.applicantPhone ?? ''),
        },
        {
          header: t('movein.col.createdAt'),
          width: 17,
          value: (m) => formatOfficeDateTime(m.createdAt),
        },
        { header: t('movein.col.status'), width: 8, value: (m) => t(`movein.status.${m.status}`) },
        { header: t('movein.col.defects'), width: 8, value: openDefects },
        { header: t('movein.col.fee'), width: 16, value: (m) => m.feeReceiptNo ?? '' },
      ],
      rows: list,
      done: t('movein.page.exported', { count: list.length }),
    });
  };

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="movein-page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('movein.page.title')}
        </Typography.Title>
        <Space>
          <Button onClick={() => void exportRows()} disabled={!rows?.length}>
            {t('movein.page.export')}
          </Button>
          <Button type="primary" onClick={() => setCreating(true)} data-testid="movein-new">
            {t('movein.page.new')}
          </Button>
        </Space>
      </Space>
      <Card size="small">
        <Space>
          <Input.Search
            allowClear
            placeholder={t('movein.page.search')}
            style={{ width: 260 }}
            onChange={(e) => setText(e.target.value)}
            data-testid="movein-search"
          />
          <Select
            allowClear
            placeholder={t('movein.page.allStatuses')}
            style={{ width: 130 }}
            value={status}
            onChange={setStatus}
            options={(['open', 'completed'] as const).map((s) => ({
              value: s,
              label: t(`movein.status.${s}`),
            }))}
          />
        </Space>
      </Card>
      <Table<MoveInRecord>
        rowKey="id"
        size="small"
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        onRow={(m) => ({ onClick: () => setOpenId(m.id), style: { cursor: 'pointer' } })}
        data-testid="movein-table"
        columns={[
          { title: t('movein.col.unit'), dataIndex: 'unitCode', width: 110 },
          { title: t('movein.col.applicant'), render: (_, m) => m.applicantName },
          {
            title: t('movein.col.kind'),
            width: 100,
            render: (_, m) => t(`movein.applicant.${m.applicantKind}`),
          },
          {
            title: t('movein.col.phone'),
            width: 130,
            render: (_, m) => maskPhone(m.applicantPhone ?? ''),
          },
          {
            title: t('movein.col.createdAt'),
            width: 150,
            render: (_, m) => formatOfficeDateTime(m.createdAt),
          },
          {
            title: t('movein.col.status'),
            width: 90,
            render: (_, m) => (
              <Tag color={m.status === 'completed' ? 'green' : 'blue'}>
                {t(`movein.status.${m.status}`)}
              </Tag>
            ),
          },
          {
            title: t('movein.col.custody'),
            width: 70,
            render: (_, m) =>
              m.custody && !m.custody.endedAt ? (
                <Tag color="purple">{t('movein.custody.title')}</Tag>
              ) : (
                ''
              ),
          },
          { title: t('movein.col.defects'), width: 90, render: (_, m) => openDefects(m) || '' },
        ]}
      />
      {creating && (
        <MoveInCreateModal
          onClose={() => setCreating(false)}
          onSaved={(m) => {
            setCreating(false);
            void message.success(t('movein.create.saved', { unit: m.unitCode }));
            setOpenId(m.id);
          }}
        />
      )}
      {openId && <MoveInDrawer id={openId} onClose={() => setOpenId(null)} />}
    </Space>
  );
}
