import { officeDateOf } from '@shared/domain/officeTime';
import { formatRate } from '@shared/domain/rates';
import type { SurveyFigures } from '@shared/domain/surveys';
import type { SheetColumn } from '../../components/exportSheet';
import type { SurveyRoundRecord } from '../../db/records';
import { t } from '../../i18n';

export interface OverviewRow {
  round: SurveyRoundRecord;
  figures: SurveyFigures;
}

/** A round's kind, with its topic where it has one (`专项调查：电梯`). */
export const roundKindText = (r: OverviewRow) =>
  t(`surveys.kind.${r.round.kind}`) + (r.round.topic ? `：${r.round.topic}` : '');

/** The register's Excel columns: one row a round, with its 满意率 and follow-up state. */
export const SURVEY_COLUMNS: readonly SheetColumn<OverviewRow>[] = [
  { header: t('surveys.col.no'), width: 12, value: (r) => r.round.no },
  { header: t('surveys.col.title'), width: 30, value: (r) => r.round.title },
  { header: t('surveys.col.kind'), width: 16, value: (r) => roundKindText(r) },
  {
    header: t('surveys.col.method'),
    width: 8,
    value: (r) => t(`surveys.method.${r.round.method}`),
  },
  { header: t('surveys.col.issuedOn'), width: 12, value: (r) => r.round.issuedOn },
  { header: t('surveys.col.forms'), width: 10, value: (r) => r.figures.forms },
  { header: t('surveys.col.rate'), width: 10, value: (r) => formatRate(r.figures.satisfaction) },
  {
    header: t('surveys.col.status'),
    width: 10,
    value: (r) => t(`surveys.status.${r.round.status}`),
  },
  { header: t('surveys.drawer.summary'), width: 40, value: (r) => r.round.summary ?? '' },
  {
    header: t('surveys.drawer.followUp'),
    width: 50,
    value: (r) =>
      r.round.followUps
        .map((f) => `${f.department}：${f.opinions}${f.measures ? ` → ${f.measures}` : ''}`)
        .join('；'),
  },
];

export const surveyFileName = () =>
  t('surveys.excel.fileName', { date: officeDateOf(new Date().toISOString()) });
