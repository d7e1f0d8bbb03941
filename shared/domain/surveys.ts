/**
 * Satisfaction surveys (满意度调查, 《业主意见调查表》; domain brief §8, manuals 002 制度5 三.2,
 * 002 二.2(5), 003, 004 四).
 *
 * Policy:
 * - A round (调查批次) is issued regularly or on a topic, by phone, letter or on site, with the
 *   office's questionnaire: rating questions answered 很满意 / 满意 / 一般 / 不满意 (keys 1–4 at
 *   the desk) and free-text questions.
 * - Returned forms are entered while the round is collecting; closing the collection starts the
 *   follow-up clock: the opinions are summarised and sent to the responsible departments within
 *   2 days, each department answers in writing with its measures within 3 days of being sent,
 *   and the customer is revisited on the result within 2 weeks of the answer, the revisit
 *   signed. The manuals say days, not working days: calendar days, each a setting
 *   (deadlines.ts) with these defaults.
 * - 满意率 = answers 很满意 or 满意 ÷ rating answers given (a skipped question is not counted);
 *   none given → not applicable. The same rule per question.
 */
import { addCalendarDays } from './calendar';
import type { DeadlineSettings } from './deadlines';
import { rate, type Rate } from './rates';
import { codesOf } from './codes';

export const SURVEY_KINDS = ['regular', 'topic'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export const SURVEY_METHODS = ['phone', 'letter', 'onSite'] as const;
export type SurveyMethod = (typeof SURVEY_METHODS)[number];

/** The four answers of a rating question, in the order of keys 1–4. */
export const SURVEY_RATING_LABELS = {
  verySatisfied: '很满意',
  satisfied: '满意',
  fair: '一般',
  dissatisfied: '不满意',
};
export type SurveyRating = keyof typeof SURVEY_RATING_LABELS;
export const SURVEY_RATINGS = codesOf(SURVEY_RATING_LABELS);

export const SURVEY_QUESTION_KINDS = ['rating', 'text'] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];

/** One question of a round's questionnaire; `no` counts from 1 and is printed on the form. */
export interface SurveyQuestion {
  no: number;
  kind: SurveyQuestionKind;
  text: string;
}

/** One returned form's answers: a rating or a text per question number; absent = skipped. */
export type SurveyAnswers = Record<string, SurveyRating | string>;

export const SURVEY_STATUS_LABELS = {
  collecting: '收集中',
  summarising: '待汇总',
  followUp: '跟进中',
  done: '已完成',
};
export type SurveyStatus = keyof typeof SURVEY_STATUS_LABELS;
export const SURVEY_STATUSES = codesOf(SURVEY_STATUS_LABELS);

/** One department's part of the follow-up: the opinions sent, its measures, the revisit. */
export interface SurveyFollowUp {
  /** The department's name as the office lists it (settings), printed and shown as is. */
  department: string;
  opinions: string;
  sentAt: string;
  sentByName: string;
  measures?: string;
  measuresAt?: string;
  revisitResult?: string;
  revisitAt?: string;
  revisitByName?: string;
  revisitSignedName?: string;
}

/** What the rules read of a round. */
export interface SurveyRoundFacts {
  closedAt?: string;
  summarisedAt?: string;
  followUps: readonly SurveyFollowUp[];
}

/** Where a round stands: collecting, closed and waiting for its summary, following up, done. */
export function surveyStatus(r: SurveyRoundFacts): SurveyStatus {
  if (!r.closedAt) return 'collecting';
  if (!r.summarisedAt) return 'summarising';
  return r.followUps.every((f) => f.revisitAt) ? 'done' : 'followUp';
}

export type SurveyDeadlineKind = 'summary' | 'measures' | 'revisit';

/** One open deadline of a round; `followUp` is the index of the department's follow-up. */
export interface SurveyDeadline {
  kind: SurveyDeadlineKind;
  due: string;
  followUp?: number;
  department?: string;
}

/** When each step falls due: summary 2 days after closing, measures 3 after sending, revisit 14. */
export function surveySummaryDue(closedAt: string, s: DeadlineSettings): string {
  return addCalendarDays(closedAt, s.surveySummaryDays);
}
export function surveyMeasuresDue(sentAt: string, s: DeadlineSettings): string {
  return addCalendarDays(sentAt, s.surveyMeasuresDays);
}
export function surveyRevisitDue(measuresAt: string, s: DeadlineSettings): string {
  return addCalendarDays(measuresAt, s.surveyRevisitDays);
}

/** The round's steps not yet done, each with its due moment. */
export function openSurveyDeadlines(r: SurveyRoundFacts, s: DeadlineSettings): SurveyDeadline[] {
  if (!r.closedAt) return [];
  if (!r.summarisedAt) return [{ kind: 'summary', due: surveySummaryDue(r.closedAt, s) }];
  const out: SurveyDeadline[] = [];
  r.followUps.forEach((f, i) => {
    if (!f.measuresAt)
      out.push({
        kind: 'measures',
        due: surveyMeasuresDue(f.sentAt, s),
        followUp: i,
        department: f.department,
      });
    else if (!f.revisitAt)
      out.push({
        kind: 'revisit',
        due: surveyRevisitDue(f.measuresAt, s),
        followUp: i,
        department: f.department,
      });
  });
  return out;
}

/** The rating of key `1`–`4` at the desk, or null for any other key. */
export function ratingOfKey(key: string): SurveyRating | null {
  const i = ['1', '2', '3', '4'].indexOf(key);
  return i < 0 ? null : SURVEY_RATINGS[i]!;
}

/** Whether an answer counts as satisfied (很满意 or 满意). */
export const isSatisfied = (a: SurveyRating) => a === 'verySatisfied' || a === 'satisfied';

/** Whether a stored answer is a rating (not free text). */
export const isSurveyRating = (v: unknown): v is SurveyRating =>
  typeof v === 'string' && (SURVEY_RATINGS as readonly string[]).includes(v);

/** Figures of one rating question over some returned forms. */
export interface QuestionFigures {
  no: number;
  text: string;
  counts: Record<SurveyRating, number>;
  satisfaction: Rate;
}

/** Figures of a round (or of a month's forms of one round). */
export interface SurveyFigures {
  forms: number;
  satisfaction: Rate;
  questions: QuestionFigures[];
}

/**
 * 满意率 of the forms, overall and per rating question: 很满意 + 满意 ÷ rating answers given.
 * Text questions and skipped questions are left out.
 */
export function surveyFigures(
  questions: readonly SurveyQuestion[],
  forms: readonly { answers: SurveyAnswers }[],
): SurveyFigures {
  let satisfied = 0;
  let given = 0;
  const perQuestion = questions
    .filter((q) => q.kind === 'rating')
    .map((q) => {
      const counts: Record<SurveyRating, number> = {
        verySatisfied: 0,
        satisfied: 0,
        fair: 0,
        dissatisfied: 0,
      };
      for (const f of forms) {
        const a = f.answers[String(q.no)];
        if (isSurveyRating(a)) counts[a]++;
      }
      const n = SURVEY_RATINGS.reduce((sum, k) => sum + counts[k], 0);
      const ok = counts.verySatisfied + counts.satisfied;
      satisfied += ok;
      given += n;
      return { no: q.no, text: q.text, counts, satisfaction: rate(ok, n) };
    });
  return { forms: forms.length, satisfaction: rate(satisfied, given), questions: perQuestion };
}

export class SurveyRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SurveyRuleError';
  }
}

/** Refuses a step the round's state does not allow, in Chinese. */
export function assertSurveyStep(
  r: SurveyRoundFacts,
  step: 'enter' | 'close' | 'summarise' | 'measures' | 'revisit',
  followUp?: number,
): void {
  const status = surveyStatus(r);
  const fail = (m: string) => {
    throw new SurveyRuleError(m);
  };
  if (step === 'enter' && status !== 'collecting') fail('调查已结束收集，不能再录入调查表');
  if (step === 'close' && status !== 'collecting') fail('调查已结束收集');
  if (step === 'summarise' && status !== 'summarising')
    fail(status === 'collecting' ? '请先结束收集' : '意见已汇总');
  if (step === 'measures' || step === 'revisit') {
    const f = followUp === undefined ? undefined : r.followUps[followUp];
    if (!f) return fail('没有这项跟进');
    if (step === 'measures' && f.measuresAt) fail('该部门已书面答复');
    if (step === 'revisit' && !f.measuresAt) fail('部门尚未书面答复整改措施');
    if (step === 'revisit' && f.revisitAt) fail('已回访');
  }
}
