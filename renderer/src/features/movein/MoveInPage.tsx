import { Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { maskPhone } from '@shared/domain/identity';
import { formatOfficeDateTime, officeDateOf } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import type { MoveInRecord } from '../../db/records';
import { RegisterPage, RegisterTable } from '../../components/RegisterPage';
import { column, sheetColumn, tagColumn, timeColumn } from '../../components/registerColumns';
import { useCreateAndOpen } from '../../components/useCreateAndOpen';
import { useChoiceFilter, useSearchBox } from '../../components/useRegisterFilters';
import { useExportButton } from '../../components/useRegisterExport';
import { t } from '../../i18n';
import { MoveInCreateModal } from './MoveInCreateModal';
import { MoveInDrawer } from './MoveInDrawer';

const STATUSES: readonly MoveInRecord['status'][] = ['open', 'completed'];
const openDefects = (m: MoveInRecord) => m.defects.filter((d) => !d.fixedAt).length;
const STATUS_COLOR = { open: 'blue', completed: 'green' } as const;

/** 入住交房: the move-ins (search, filter, export); a row opens its checklist. */
export default function MoveInPage() {
  const repos = useRepos();
  const [text, search] = useSearchBox(t('movein.page.search'), 260, 'movein-search');
  const [status, statusFilter] = useChoiceFilter(
    t('movein.page.allStatuses'),
    130,
    undefined,
    STATUSES,
    (s) => t(`movein.status.${s}`),
  );
  const dialogs = useCreateAndOpen<MoveInRecord>();
  const rows = useLiveQuery(() => repos.moveIns.list(text, status), [repos, text, status]);

  const exportButton = useExportButton(t('movein.page.export'), rows, (list) => ({
    table: 'moveIns',
    fileName: t('movein.excel.fileName', { date: officeDateOf(new Date().toISOString()) }),
    sheetName: t('movein.excel.sheet'),
    columns: [
      sheetColumn(t('movein.col.unit'), 12, (m) => m.unitCode),
      sheetColumn(t('movein.col.applicant'), 18, (m) => m.applicantName),
      sheetColumn(t('movein.col.kind'), 10, (m) => t(`movein.applicant.${m.applicantKind}`)),
      sheetColumn(t('movein.col.phone'), 14, (m) => maskPhone(m.applicantPhone ?? '')),
      sheetColumn(t('movein.col.createdAt'), 17, (m) => formatOfficeDateTime(m.createdAt)),
      sheetColumn(t('movein.col.status'), 8, (m) => t(`movein.status.${m.status}`)),
      sheetColumn(t('movein.col.defects'), 8, openDefects),
      sheetColumn(t('movein.col.fee'), 16, (m) => m.feeReceiptNo ?? ''),
    ],
    done: t('movein.page.exported', { count: list.length }),
  }));

  return (
    <RegisterPage
      testId="movein-page"
      title={t('movein.page.title')}
      exportButton={exportButton}
      newButton={{ label: t('movein.page.new'), onClick: dialogs.openNew, testId: 'movein-new' }}
      filterCard
      search={search}
      choices={[statusFilter]}
    >
      <RegisterTable<MoveInRecord>
        rows={rows}
        onOpen={dialogs.open}
        testId="movein-table"
        columns={[
          column(t('movein.col.unit'), 110, (m) => m.unitCode),
          column(t('movein.col.applicant'), undefined, (m) => m.applicantName),
          column(t('movein.col.kind'), 100, (m) => t(`movein.applicant.${m.applicantKind}`)),
          column(t('movein.col.phone'), 130, (m) => maskPhone(m.applicantPhone ?? '')),
          timeColumn(t('movein.col.createdAt'), 150, (m) => m.createdAt),
          tagColumn(t('movein.col.status'), 90, (m) => [
            STATUS_COLOR[m.status],
            t(`movein.status.${m.status}`),
          ]),
          column(t('movein.col.custody'), 70, (m) =>
            m.custody && !m.custody.endedAt ? (
              <Tag color="purple">{t('movein.custody.title')}</Tag>
            ) : (
              ''
            ),
          ),
          column(t('movein.col.defects'), 90, (m) => openDefects(m) || ''),
        ]}
      />
      {dialogs.creating && (
        <MoveInCreateModal
          onClose={dialogs.cancel}
          onSaved={dialogs.saved((m) => t('movein.create.saved', { unit: m.unitCode }))}
        />
      )}
      {dialogs.openId && <MoveInDrawer id={dialogs.openId} onClose={dialogs.close} />}
    </RegisterPage>
  );
}
