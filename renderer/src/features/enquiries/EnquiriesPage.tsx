import { App, Checkbox } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { ENQUIRY_STATUSES, type EnquiryStatus } from '@shared/domain/enquiries';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import {
  ChoiceFilter,
  RegisterPage,
  SearchFilter,
  TextFilter,
  useNewShortcut,
} from '../../components/RegisterPage';
import { useOpenParam } from '../../components/useOpenParam';
import { useRegisterExport } from '../../components/useRegisterExport';
import { t } from '../../i18n';
import { EnquiryDrawer } from './EnquiryDrawer';
import { EnquiryFormModal } from './EnquiryFormModal';
import { ENQUIRY_SHEET_COLUMNS, EnquiryTable } from './EnquiryTable';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** 咨询来电: record (Alt+N), filter, open, export. */
export default function EnquiriesPage() {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const exportRegister = useRegisterExport();
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [month, setMonth] = useState('');
  const [status, setStatus] = useState<EnquiryStatus | undefined>();
  const [topic, setTopic] = useState<string | undefined>();
  const [mine, setMine] = useState(false);
  useOpenParam(setOpenId);
  const validMonth = MONTH.test(month) ? month : undefined;
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

  useNewShortcut(() => setAdding(true), !adding && !openId);

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
        onClick: () => setAdding(true),
      }}
      filters={
        <>
          <SearchFilter
            placeholder={t('enquiries.page.search')}
            width={300}
            state={[text, setText]}
            testId="enquiries-search"
          />
          <TextFilter
            placeholder={t('enquiries.page.month') + ' YYYY-MM'}
            width={150}
            state={[month, (v) => setMonth(v.trim())]}
            testId="enquiries-month"
          />
          <ChoiceFilter
            placeholder={t('enquiries.page.allStatuses')}
            width={130}
            state={[status, setStatus]}
            testId="enquiries-status"
            options={ENQUIRY_STATUSES.map((v) => ({ value: v, label: t(`enquiries.status.${v}`) }))}
          />
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
      <EnquiryTable rows={rows} onOpen={(e) => setOpenId(e.id)} />
      {adding && (
        <EnquiryFormModal
          onClose={() => setAdding(false)}
          onSaved={(e) => {
            setAdding(false);
            void message.success(t('enquiries.form.saved', { no: e.no }));
            setOpenId(e.id);
          }}
        />
      )}
      {openId && <EnquiryDrawer id={openId} onClose={() => setOpenId(null)} />}
    </RegisterPage>
  );
}
