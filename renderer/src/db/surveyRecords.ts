/**
 * Stored shapes of satisfaction surveys (满意度调查: rounds and their returned forms), of the
 * revisits of community events and emergency aid, and of the supervisors' revisit reviews.
 */
import type { Satisfaction } from '@shared/domain/complaints';
import type { BaseRecord } from '@shared/domain/record';
import type { RevisitKind } from '@shared/domain/revisitKinds';
import type { RevisitReviewKind } from '@shared/domain/revisitSupervision';
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

/** An opinion on a returned form turned into an enquiry (and from there a complaint). */
export interface SurveyIssue {
  /** The text question's number. */
  questionNo: number;
  enquiryId: string;
  enquiryNo: string;
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
  /** Opinions raised as enquiries, by question (absent on forms entered before issue 17). */
  issues?: SurveyIssue[];
}

/** One person of a community event (or the person helped in emergency aid). */
export interface RevisitPerson {
  /** Stable within the record: what the sample and the revisits point at. */
  key: string;
  name: string;
  unitCode?: string;
  phone?: string;
}

/** One revisit of a person of a community event or emergency aid. */
export interface KindRevisit {
  key: string;
  satisfaction: Satisfaction;
  comment: string;
  at: string;
  byName: string;
}

/**
 * A community event (社区活动) or an emergency aid (急救援助) with who took part / was helped,
 * who is to be revisited (the reproducible 30 % draw, or the person helped) and the revisits.
 */
export interface RevisitEventRecord extends BaseRecord {
  kind: RevisitKind;
  title: string;
  heldAt: string;
  place?: string;
  participants: RevisitPerson[];
  sample: string[];
  revisits: KindRevisit[];
  status: 'open' | 'done';
  revisitDueAt: string;
  createdByName: string;
}

/** A follow-up set by a review (跟进事项), closed when done. */
export interface ReviewFollowUp {
  text: string;
  doneAt?: string;
  doneByName?: string;
}

/** The 客服主管's weekly review or the 项目经理's monthly spot-check, signed with her PIN. */
export interface RevisitReviewRecord extends BaseRecord {
  kind: RevisitReviewKind;
  /** Week start (Monday, `YYYY-MM-DD`) or month (`YYYY-MM`). */
  period: string;
  reviewerId: string;
  reviewerName: string;
  signedAt: string;
  /** Revisit records of the period when it was signed, and of those 不满意. */
  checked: number;
  dissatisfied: number;
  findings: string;
  followUps: ReviewFollowUp[];
}
