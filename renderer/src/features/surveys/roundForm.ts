import type { SurveyKind, SurveyMethod, SurveyQuestionKind } from '@shared/domain/surveys';
import { officeDateOf } from '@shared/domain/officeTime';
import { nowIso } from '../../db/ids';
import { t } from '../../i18n';

/** The new-round form as the clerk fills it. */
export interface RoundFormValues {
  title: string;
  kind: SurveyKind;
  topic: string;
  method: SurveyMethod;
  issuedOn: string;
  questions: { kind: SurveyQuestionKind; text: string }[];
}

/** The office's usual questionnaire: one rating per service, then room for opinions. */
export function newRoundValues(): RoundFormValues {
  const today = officeDateOf(nowIso());
  return {
    title: t('surveys.form.defaultTitle', { year: today.slice(0, 4) }),
    kind: 'regular',
    topic: '',
    method: 'letter',
    issuedOn: today,
    questions: [
      ...t('surveys.form.defaultQuestions')
        .split('|')
        .map((text) => ({ kind: 'rating' as const, text })),
      { kind: 'text', text: t('surveys.form.defaultTextQuestion') },
    ],
  };
}
