import { Checkbox } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { ENQUIRY_STATUSES } from '@shared/domain/enquiries';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import {
  ChoiceFilter,
  RegisterPage,
  SearchFilter,
  TextFilter,
} from '../../components/RegisterPage';
import { useCreateAndOpen } from '../../components/useCreateAndOpen';
import { useChoiceFilter, useMonthBox, useSearchBox } from '../../components/useRegisterFilters';
import type { EnquiryRecord } from '../../db/records';
import { useOpenParam } from '../../components/useOpenParam';
import { useRegisterExport } from '../../components/useRegisterExport';
import { t } from '../../i18n';
import { EnquiryDrawer } from './EnquiryDrawer';
import { EnquiryFormModal } from './EnquiryFormModal';
import { ENQUIRY_SHEET_COLUMNS, EnquiryTable } from './EnquiryTable';

/** 咨询来电: record (Alt+N), filter, open, export. */
export default function EnquiriesPage() {
  const repos = useRepos();
  const { actor } = useSession();
  const exportRegister = useRegisterExport();
  const dialogs = useCreateAndOpen<EnquiryRecord>();
  const [text, search] = useSearchBox(t('enquiries.page.search'), 300, 'enquiries-search');
  const [validMonth, monthBox] = useMonthBox(t('enquiries.page.month'), 'enquiries-month');
  const [status, statusFilter] = useChoiceFilter(
    t('enquiries.page.allStatuses'),
    130,
    'enquiries-status',
    ENQUIRY_STATUSES,
    (v) => t(`enquiries.status.${v}`),
  );
  const [topic, setTopic] = useState<string | undefined>();
  const [mine, setMine] = useState(false);
  useOpenParam(dialogs.setOpenId);
  const rows = useLiveQuery(
    () =>
      repos.enquiries.list({
        ...(text ? { text } : {}),
        ...(validMonth ? { month: validMonth } : {}),
        ...(status ? { status } : {}),
        ...(topic ? { topic } : {}),
        ...(mine ? { ownerId: actor.id } : {}),
      }),
    [repos, text, validMonth, status, topic, mine, actor.id],
  );
  const topics = useLiveQuery(() => repos.enquiries.recentTopics(), [repos]);
  const topicOptions = useMemo(
    () => [...new Set(topics ?? [])].map((v) => ({ value: v, label: v })),
    [topics],
  );

  return (
    <RegisterPage
      testId="enquiries-page"
      title={t('enquiries.page.title')}
      exportButton={{
        label: t('enquiries.page.export'),
        testId: 'enquiries-export',
        onClick: () =>
          void exportRegister({
            table: 'enquiries',
            fileName: t('enquiries.page.fileName', {
              month: validMonth ?? t('enquiries.page.allMonths'),
            }),
            sheetName: t('enquiries.page.sheet'),
            columns: ENQUIRY_SHEET_COLUMNS,
            rows: rows ?? [],
            done: t('enquiries.page.exported'),
          }),
      }}
      newButton={{
        label: t('enquiries.page.add'),
        testId: 'enquiries-add',
        onClick: dialogs.openNew,
      }}
      filters={
        <>
          <SearchFilter {...search} />
          <TextFilter {...monthBox} />
          {statusFilter.render()}
          <ChoiceFilter
            placeholder={t('enquiries.page.allTopics')}
            width={140}
            state={[topic, setTopic]}
            options={topicOptions}
          />
          <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)}>
            {t('enquiries.page.mine')}
          </Checkbox>
        </>
      }
    >
      <EnquiryTable rows={rows} onOpen={dialogs.open} />
      {dialogs.creating && (
        <EnquiryFormModal
          onClose={dialogs.cancel}
          onSaved={dialogs.saved((e) => t('enquiries.form.saved', { no: e.no }))}
        />
      )}
      {dialogs.openId && <EnquiryDrawer id={dialogs.openId} onClose={dialogs.close} />}
    </RegisterPage>
  );
}
