import { App, Button, Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import { RecordDrawer } from '../../components/RecordDrawer';
import { useState } from 'react';
import { DEFAULT_DEADLINES } from '@shared/domain/deadlines';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { formatRate } from '@shared/domain/rates';
import {
  openSurveyDeadlines,
  SURVEY_RATINGS,
  type QuestionFigures,
  type SurveyFollowUp,
  type SurveyStatus,
} from '@shared/domain/surveys';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { TextPromptModal } from '../../components/TextPromptModal';
import type { SurveyResponseRecord } from '../../db/records';
import { t } from '../../i18n';
import { useProfilePreview } from '../../print/PrintPreview';
import { useSetting } from '../settings/useSettings';
import { EntryModal } from './EntryModal';
import { OpinionIssues } from './OpinionIssues';
import { RevisitModal, SummaryModal } from './FollowUpDialogs';
import { buildSurveyForm } from './print/surveyFormTemplate';
import { useSurveyRound } from './useSurveys';

const time = (iso?: string) => (iso ? formatOfficeDateTime(iso) : '');

type Dialog =
  | { kind: 'entry' }
  | { kind: 'summary' }
  | { kind: 'measures'; index: number }
  | { kind: 'revisit'; index: number }
  | null;

interface NextStep {
  dialog: 'entry' | 'summary';
  testId: string;
  action: 'enter' | 'summarise';
}

/** What is left to do on a follow-up: the department's measures, then the revisit. */
const followUpStep = (f: SurveyFollowUp): ('measures' | 'revisit')[] =>
  !f.measuresAt ? ['measures'] : !f.revisitAt ? ['revisit'] : [];

/** A round's next step by its status: the forms entered while collecting, then the summary. */
const NEXT_STEP: Partial<Record<SurveyStatus, NextStep>> = {
  collecting: { dialog: 'entry', testId: 'survey-enter', action: 'enter' },
  summarising: { dialog: 'summary', testId: 'survey-summarise', action: 'summarise' },
};

/** One round: questionnaire with its figures, the forms returned, the follow-up and its steps. */
export function SurveyDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const data = useSurveyRound(id);
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const deadlines = useSetting('deadlines') ?? DEFAULT_DEADLINES;
  const { profile, preview, modal } = useProfilePreview();
  const [dialog, setDialog] = useState<Dialog>(null);
  if (!data) return null;
  const { round, forms, figures } = data;
  const dues = openSurveyDeadlines(round, deadlines);
  const dueOf = (kind: string, index?: number) =>
    dues.find((d) => d.kind === kind && d.followUp === index)?.due;

  const print = () =>
    preview(buildSurveyForm(round, profile), () => repos.surveys.markPrinted(actor, round.id));
  const close = async () => {
    await repos.surveys.close(actor, round.id);
    void message.success(t('surveys.action.closed', { days: deadlines.surveySummaryDays }));
  };

  const next = NEXT_STEP[round.status];
  return (
    <RecordDrawer
      width={780}
      onClose={onClose}
      title={t('surveys.drawer.title', { no: round.no, title: round.title })}
      extra={<Tag data-testid="survey-drawer-status">{t(`surveys.status.${round.status}`)}</Tag>}
      testId="survey-drawer"
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Button onClick={print} data-testid="survey-print">
          {t('surveys.action.print')}
        </Button>
        {next && (
          <Button
            type="primary"
            onClick={() => setDialog({ kind: next.dialog })}
            data-testid={next.testId}
          >
            {t(`surveys.action.${next.action}`)}
          </Button>
        )}
        {round.status === 'collecting' && (
          <Button onClick={() => void close()} data-testid="survey-close">
            {t('surveys.action.close')}
          </Button>
        )}
      </Space>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('surveys.col.kind')}>
          {t(`surveys.kind.${round.kind}`)}
          {round.topic ? `：${round.topic}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('surveys.col.method')}>
          {t(`surveys.method.${round.method}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('surveys.col.issuedOn')}>{round.issuedOn}</Descriptions.Item>
        <Descriptions.Item label={t('surveys.col.forms')}>
          {t('surveys.drawer.formsCount', { count: figures.forms })}
        </Descriptions.Item>
        <Descriptions.Item label={t('surveys.drawer.rate')} span={2}>
          <Typography.Text strong data-testid="survey-rate">
            {formatRate(figures.satisfaction)}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>

      <Typography.Title level={5}>{t('surveys.drawer.questions')}</Typography.Title>
      <Table<QuestionFigures>
        rowKey="no"
        size="small"
        pagination={false}
        dataSource={figures.questions}
        data-testid="survey-question-figures"
        columns={[
          { title: '#', dataIndex: 'no', width: 40 },
          { title: t('surveys.print.question'), dataIndex: 'text' },
          ...SURVEY_RATINGS.map((r) => ({
            title: t(`surveys.rating.${r}`),
            width: 64,
            render: (_: unknown, q: QuestionFigures) => q.counts[r],
          })),
          {
            title: t('surveys.col.rate'),
            width: 90,
            render: (_: unknown, q: QuestionFigures) => formatRate(q.satisfaction),
          },
        ]}
      />

      <Typography.Title level={5}>{t('surveys.drawer.opinions')}</Typography.Title>
      <OpinionIssues questions={round.questions} forms={forms} />

      <Typography.Title level={5}>{t('surveys.drawer.followUp')}</Typography.Title>
      {round.closedAt && !round.summarisedAt && (
        <Typography.Text type="danger">
          {t('surveys.drawer.due', { at: time(dueOf('summary')) })}
        </Typography.Text>
      )}
      {round.summarisedAt && (
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('surveys.drawer.summary')}>{round.summary}</Descriptions.Item>
        </Descriptions>
      )}
      {round.summarisedAt && round.followUps.length === 0 && (
        <Typography.Text type="secondary">{t('surveys.drawer.noFollowUp')}</Typography.Text>
      )}
      {round.followUps.length > 0 && (
        <List<SurveyFollowUp>
          dataSource={round.followUps}
          data-testid="survey-followups"
          renderItem={(f, i) => (
            <List.Item
              data-testid={`survey-followup-${i}`}
              actions={followUpStep(f).map((step) => (
                <Button
                  key={step}
                  size="small"
                  onClick={() => setDialog({ kind: step, index: i })}
                  data-testid={`followup-${step}-${i}`}
                >
                  {t(`surveys.action.${step}`)}
                </Button>
              ))}
            >
              <Space direction="vertical" size={0}>
                <Typography.Text strong>
                  {t('surveys.drawer.sentTo', { department: f.department, at: time(f.sentAt) })}
                </Typography.Text>
                <span>{f.opinions}</span>
                <span>
                  {t('surveys.drawer.measures')}：
                  {f.measures
                    ? `${f.measures}（${time(f.measuresAt)}）`
                    : t('surveys.drawer.due', { at: time(dueOf('measures', i)) })}
                </span>
                {f.measuresAt && (
                  <span>
                    {t('surveys.drawer.revisit')}：
                    {f.revisitAt
                      ? `${f.revisitResult ?? ''}（${time(f.revisitAt)}，${t('surveys.drawer.signed', { name: f.revisitSignedName ?? '' })}）`
                      : t('surveys.drawer.due', { at: time(dueOf('revisit', i)) })}
                  </span>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}

      <Typography.Title level={5}>{t('surveys.drawer.forms')}</Typography.Title>
      <Table<SurveyResponseRecord>
        rowKey="id"
        size="small"
        dataSource={forms}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        data-testid="survey-forms"
        columns={[
          { title: t('surveys.drawer.col.seq'), dataIndex: 'seq', width: 60 },
          { title: t('surveys.drawer.col.unit'), render: (_, f) => f.unitCode ?? '' },
          { title: t('surveys.drawer.col.respondent'), render: (_, f) => f.respondent ?? '' },
          ...round.questions.map((q) => ({
            title: `${q.no}`,
            width: 56,
            render: (_: unknown, f: SurveyResponseRecord) => {
              const a = f.answers[String(q.no)];
              if (a === undefined) return '';
              return q.kind === 'rating' ? SURVEY_RATINGS.findIndex((r) => r === a) + 1 : '✎';
            },
          })),
          { title: t('surveys.drawer.col.enteredAt'), render: (_, f) => time(f.enteredAt) },
        ]}
      />
      {dialog?.kind === 'entry' && <EntryModal round={round} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'summary' && <SummaryModal round={round} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'measures' && (
        <TextPromptModal
          title={t('surveys.measures.title', {
            department: round.followUps[dialog.index]?.department ?? '',
          })}
          label={t('surveys.measures.label')}
          testId="measures"
          onClose={() => setDialog(null)}
          onSubmit={async (measures) => {
            await repos.surveys.recordMeasures(actor, round.id, dialog.index, { measures });
            void message.success(t('surveys.measures.done'));
          }}
        />
      )}
      {dialog?.kind === 'revisit' && (
        <RevisitModal round={round} index={dialog.index} onClose={() => setDialog(null)} />
      )}
      {modal}
    </RecordDrawer>
  );
}
