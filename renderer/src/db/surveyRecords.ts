/** Stored shapes of satisfaction surveys (满意度调查): rounds and their returned forms. */
import type { BaseRecord } from '@shared/domain/record';
import type {
  SurveyAnswers,
  SurveyFollowUp,
  SurveyKind,
  SurveyMethod,
  SurveyQuestion,
  SurveyStatus,
} from '@shared/domain/surveys';

/** A survey round (调查批次, DC…) with its questionnaire and its follow-up. */
export interface SurveyRoundRecord extends BaseRecord {
  no: string;
  title: string;
  kind: SurveyKind;
  topic?: string;
  method: SurveyMethod;
  /** Office date the forms went out. */
  issuedOn: string;
  questions: SurveyQuestion[];
  /** Kept in step with the steps (surveyStatus), indexed for the board. */
  status: SurveyStatus;
  createdByName: string;
  /** Forms entered so far (kept in step with the responses table). */
  formCount: number;
  closedAt?: string;
  closedByName?: string;
  summary?: string;
  summarisedAt?: string;
  followUps: SurveyFollowUp[];
  printCount: number;
  terms: string[];
}

/** One returned 《业主意见调查表》. */
export interface SurveyResponseRecord extends BaseRecord {
  roundId: string;
  /** Running number of the form within its round (1, 2, …). */
  seq: number;
  unitId?: string;
  unitCode?: string;
  respondent?: string;
  answers: SurveyAnswers;
  enteredAt: string;
  enteredByName: string;
}
