import { App, Button, Checkbox, Input, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { ENQUIRY_STATUSES, type EnquiryStatus } from '@shared/domain/enquiries';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
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

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.key.toLowerCase() === 'n' && !adding) {
        e.preventDefault();
        setAdding(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [adding]);

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="enquiries-page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('enquiries.page.title')}
        </Typography.Title>
        <Space>
          <Button
            onClick={() =>
              void exportRegister({
                table: 'enquiries',
                fileName: t('enquiries.page.fileName', {
                  month: validMonth ?? t('enquiries.page.allMonths'),
                }),
                sheetName: t('enquiries.page.sheet'),
                columns: ENQUIRY_SHEET_COLUMNS,
                rows: rows ?? [],
                done: t('enquiries.page.exported'),
              })
            }
            data-testid="enquiries-export"
          >
            {t('enquiries.page.export')}
          </Button>
          <Button type="primary" onClick={() => setAdding(true)} data-testid="enquiries-add">
            {t('enquiries.page.add')}
          </Button>
        </Space>
      </Space>
      <Space wrap>
        <Input.Search
          allowClear
          placeholder={t('enquiries.page.search')}
          onSearch={setText}
          style={{ width: 300 }}
          data-testid="enquiries-search"
        />
        <Input
          allowClear
          value={month}
          placeholder={t('enquiries.page.month') + ' YYYY-MM'}
          onChange={(e) => setMonth(e.target.value.trim())}
          style={{ width: 150 }}
          data-testid="enquiries-month"
        />
        <Select
          allowClear
          value={status}
          onChange={setStatus}
          placeholder={t('enquiries.page.allStatuses')}
          style={{ width: 130 }}
          data-testid="enquiries-status"
          options={ENQUIRY_STATUSES.map((s) => ({ value: s, label: t(`enquiries.status.${s}`) }))}
        />
        <Select
          allowClear
          value={topic}
          onChange={setTopic}
          placeholder={t('enquiries.page.allTopics')}
          style={{ width: 140 }}
          options={topicOptions}
        />
        <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)}>
          {t('enquiries.page.mine')}
        </Checkbox>
      </Space>
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
    </Space>
  );
}
