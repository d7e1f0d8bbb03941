import { App, Table, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { SURVEY_STATUSES, type SurveyStatus } from '@shared/domain/surveys';
import { formatRate } from '@shared/domain/rates';
import { useNewRecordKey } from '../../components/useNewRecordKey';
import { useOpenParam } from '../../components/useOpenParam';
import { useExportButton } from '../../components/useRegisterExport';
import { choice, RegisterPage } from '../../components/RegisterPage';
import { t } from '../../i18n';
import { RoundFormModal } from './RoundFormModal';
import { SurveyDrawer } from './SurveyDrawer';
import { SURVEY_COLUMNS, surveyFileName, type OverviewRow } from './surveysExcel';
import { useSurveyOverview } from './useSurveys';

const STATUS_COLORS: Record<SurveyStatus, string> = {
  collecting: 'blue',
  summarising: 'orange',
  followUp: 'gold',
  done: 'green',
};

/** 满意度调查: rounds (Alt+N for a new one), each opening its questionnaire, forms and follow-up. */
export default function SurveysPage() {
  const { message } = App.useApp();
  // The global search opens a round by its number (`/surveys?no=DC…`).
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('no') ?? '');
  const [status, setStatus] = useState<SurveyStatus | undefined>();
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const rows = useSurveyOverview({ text, ...(status ? { status } : {}) });
  useOpenParam(setOpenId);

  useNewRecordKey(!creating && !openId, () => setCreating(true));

  const exportButton = useExportButton(
    t('surveys.page.export'),
    rows,
    (list) => ({
      table: 'surveyRounds',
      fileName: surveyFileName(),
      sheetName: t('surveys.excel.sheet'),
      columns: SURVEY_COLUMNS,
      done: t('surveys.page.exported', { count: list.length }),
    }),
    'surveys-export',
  );

  return (
    <RegisterPage
      testId="surveys-page"
      title={t('surveys.page.title')}
      exportButton={exportButton}
      newButton={{
        label: t('surveys.page.new'),
        onClick: () => setCreating(true),
        testId: 'survey-new',
      }}
      filterCard
      search={{
        placeholder: t('surveys.page.search'),
        width: 280,
        state: [text, setText],
        testId: 'surveys-search',
      }}
      choices={[
        choice({
          placeholder: t('surveys.page.allStatuses'),
          width: 140,
          state: [status, setStatus],
          options: SURVEY_STATUSES.map((s) => ({ value: s, label: t(`surveys.status.${s}`) })),
        }),
      ]}
    >
      <Table<OverviewRow>
        rowKey={(r) => r.round.id}
        size="small"
        loading={rows === undefined}
        dataSource={rows ?? []}
        locale={{ emptyText: t('surveys.page.empty') }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        data-testid="surveys-table"
        onRow={(r) => ({
          onClick: () => setOpenId(r.round.id),
          onKeyDown: (e) => e.key === 'Enter' && setOpenId(r.round.id),
          tabIndex: 0,
          style: { cursor: 'pointer' },
          'data-testid': `survey-row-${r.round.no}`,
        })}
        columns={[
          { title: t('surveys.col.no'), width: 120, render: (_, r) => r.round.no },
          { title: t('surveys.col.title'), render: (_, r) => r.round.title },
          {
            title: t('surveys.col.kind'),
            width: 160,
            render: (_, r) =>
              t(`surveys.kind.${r.round.kind}`) + (r.round.topic ? `：${r.round.topic}` : ''),
          },
          {
            title: t('surveys.col.method'),
            width: 80,
            render: (_, r) => t(`surveys.method.${r.round.method}`),
          },
          { title: t('surveys.col.issuedOn'), width: 110, render: (_, r) => r.round.issuedOn },
          { title: t('surveys.col.forms'), width: 90, render: (_, r) => r.figures.forms },
          {
            title: t('surveys.col.rate'),
            width: 90,
            render: (_, r) => formatRate(r.figures.satisfaction),
          },
          {
            title: t('surveys.col.status'),
            width: 90,
            render: (_, r) => (
              <Tag color={STATUS_COLORS[r.round.status]}>
                {t(`surveys.status.${r.round.status}`)}
              </Tag>
            ),
          },
        ]}
      />
      {creating && (
        <RoundFormModal
          onClose={() => setCreating(false)}
          onSaved={(r) => {
            setCreating(false);
            void message.success(t('surveys.form.saved', { no: r.no }));
            setOpenId(r.id);
          }}
        />
      )}
      {openId && <SurveyDrawer id={openId} onClose={() => setOpenId(null)} />}
    </RegisterPage>
  );
}
