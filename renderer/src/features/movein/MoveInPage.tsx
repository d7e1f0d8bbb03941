import { App, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { maskPhone } from '@shared/domain/identity';
import { formatOfficeDateTime, officeDateOf } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import type { MoveInRecord } from '../../db/records';
import { choice, RegisterPage, RegisterTable, useNewShortcut } from '../../components/RegisterPage';
import { useExportButton } from '../../components/useRegisterExport';
import { t } from '../../i18n';
import { MoveInCreateModal } from './MoveInCreateModal';
import { MoveInDrawer } from './MoveInDrawer';

type Status = MoveInRecord['status'];
const openDefects = (m: MoveInRecord) => m.defects.filter((d) => !d.fixedAt).length;

/** 入住交房: the move-ins (search, filter, export); a row opens its checklist. */
export default function MoveInPage() {
  const repos = useRepos();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status | undefined>();
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const rows = useLiveQuery(() => repos.moveIns.list(text, status), [repos, text, status]);

  const openNew = useCallback(() => setCreating(true), []);
  useNewShortcut(openNew, !creating && !openId);

  const exportButton = useExportButton(t('movein.page.export'), rows, (list) => ({
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
    done: t('movein.page.exported', { count: list.length }),
  }));

  return (
    <RegisterPage
      testId="movein-page"
      title={t('movein.page.title')}
      exportButton={exportButton}
      newButton={{ label: t('movein.page.new'), onClick: openNew, testId: 'movein-new' }}
      filterCard
      search={{
        placeholder: t('movein.page.search'),
        width: 260,
        state: [text, setText],
        testId: 'movein-search',
      }}
      choices={[
        choice({
          placeholder: t('movein.page.allStatuses'),
          width: 130,
          state: [status, setStatus],
          options: (['open', 'completed'] as const).map((s) => ({
            value: s,
            label: t(`movein.status.${s}`),
          })),
        }),
      ]}
    >
      <RegisterTable<MoveInRecord>
        rows={rows}
        onOpen={(m) => setOpenId(m.id)}
        testId="movein-table"
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
    </RegisterPage>
  );
}
