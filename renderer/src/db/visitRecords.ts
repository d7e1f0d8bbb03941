/** Stored shapes of planned visits and residents' meetings (拜访记录 / 座谈会纪要). */
import type { BaseRecord } from '@shared/domain/record';
import type { VisitKind } from '@shared/domain/visitPlan';

/** One issue raised on a visit or at a meeting; once turned into an enquiry it names it. */
export interface VisitIssue {
  /** Stable within the record. */
  key: string;
  text: string;
  enquiryId?: string;
  enquiryNo?: string;
}

/** A visit to a household, feedback at a community event, or a residents' meeting (BF…). */
export interface VisitRecordRecord extends BaseRecord {
  no: string;
  kind: VisitKind;
  /** Office date of the visit `YYYY-MM-DD`. */
  date: string;
  /** `YYYY-MM` of `date`: the monthly figures read by it. */
  month: string;
  visitorId: string;
  visitorName: string;
  unitId?: string;
  unitCode?: string;
  /** Building of the unit: the area (片区) whose plan the visit counts for. */
  area?: string;
  household?: string;
  moveInId?: string;
  eventId?: string;
  eventTitle?: string;
  /** Meetings: where and how many came. */
  place?: string;
  attendees?: number;
  /** What was seen and said; a meeting's minutes (会议纪要). */
  notes: string;
  issues: VisitIssue[];
  recordedByName: string;
  printCount: number;
  terms: string[];
}
