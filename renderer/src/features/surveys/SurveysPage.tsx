import { Table } from 'antd';
import { SURVEY_STATUSES, type SurveyStatus } from '@shared/domain/surveys';
import type { SurveyRoundRecord } from '../../db/records';
import { formatRate } from '@shared/domain/rates';
import { useOpenParam } from '../../components/useOpenParam';
import { useExportButton } from '../../components/useRegisterExport';
import { RegisterPage } from '../../components/RegisterPage';
import { column, tagColumn } from '../../components/registerColumns';
import { useCreateAndOpen } from '../../components/useCreateAndOpen';
import { useSearchAndStatus } from '../../components/useRegisterFilters';
import { t } from '../../i18n';
import { RoundFormModal } from './RoundFormModal';
import { SurveyDrawer } from './SurveyDrawer';
import { roundKindText, SURVEY_COLUMNS, surveyFileName, type OverviewRow } from './surveysExcel';
import { useSurveyOverview } from './useSurveys';

const STATUS_COLORS: Record<SurveyStatus, string> = {
  collecting: 'blue',
  summarising: 'orange',
  followUp: 'gold',
  done: 'green',
};

/** 满意度调查: rounds (Alt+N for a new one), each opening its questionnaire, forms and follow-up. */
export default function SurveysPage() {
  // The global search opens a round by its number (`/surveys?no=DC…`).
  const { text, search, status, statusFilter } = useSearchAndStatus('surveys', SURVEY_STATUSES);
  const dialogs = useCreateAndOpen<SurveyRoundRecord>();
  const rows = useSurveyOverview({ text, ...(status ? { status } : {}) });
  useOpenParam(dialogs.setOpenId);

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
      newButton={{ label: t('surveys.page.new'), onClick: dialogs.openNew, testId: 'survey-new' }}
      filterCard
      search={search}
      choices={[statusFilter]}
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
          onClick: () => dialogs.open(r.round),
          onKeyDown: (e) => e.key === 'Enter' && dialogs.open(r.round),
          tabIndex: 0,
          style: { cursor: 'pointer' },
          'data-testid': `survey-row-${r.round.no}`,
        })}
        columns={[
          column(t('surveys.col.no'), 120, (r) => r.round.no),
          column(t('surveys.col.title'), undefined, (r) => r.round.title),
          column(t('surveys.col.kind'), 160, roundKindText),
          column(t('surveys.col.method'), 80, (r) => t(`surveys.method.${r.round.method}`)),
          column(t('surveys.col.issuedOn'), 110, (r) => r.round.issuedOn),
          column(t('surveys.col.forms'), 90, (r) => r.figures.forms),
          column(t('surveys.col.rate'), 90, (r) => formatRate(r.figures.satisfaction)),
          tagColumn(t('surveys.col.status'), 90, (r) => [
            STATUS_COLORS[r.round.status],
            t(`surveys.status.${r.round.status}`),
          ]),
        ]}
      />
      {dialogs.creating && (
        <RoundFormModal
          onClose={dialogs.cancel}
          onSaved={dialogs.saved((r) => t('surveys.form.saved', { no: r.no }))}
        />
      )}
      {dialogs.openId && <SurveyDrawer id={dialogs.openId} onClose={dialogs.close} />}
    </RegisterPage>
  );
}
