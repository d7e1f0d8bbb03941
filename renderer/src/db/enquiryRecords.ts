/** Stored shapes of enquiries (咨询/来电记录) and the complaint summary's monthly analysis. */
import type { BaseRecord } from '@shared/domain/record';
import type { EnquiryChannel, EnquiryLinkKind, EnquiryStatus } from '@shared/domain/enquiries';
import type { MonthlyAnalysisEntry } from '@shared/domain/complaintAnalysis';

/** One hand-over of an enquiry (转交): to whom, when, why, by whom. */
export interface EnquiryHandOver {
  at: string;
  fromId: string;
  fromName: string;
  toId: string;
  toName: string;
  reason: string;
  byName: string;
}

/** The complaint, suggestion or work order an enquiry became. */
export interface EnquiryLink {
  kind: EnquiryLinkKind;
  id: string;
  no: string;
  at: string;
}

/** Where an enquiry came from when it is an issue raised elsewhere. */
export interface EnquirySource {
  kind: 'visit' | 'survey';
  id: string;
  /** The visit number, or the survey round's number and the form's seq (`DC2026-001 #3`). */
  no: string;
}

/** An enquiry or call (ZXD…) with its hand-overs and what it became. */
export interface EnquiryRecord extends BaseRecord {
  no: string;
  channel: EnquiryChannel;
  receivedAt: string;
  /** Office month of receipt, `2026-11`: the monthly figures read by it. */
  month: string;
  receiverId: string;
  receiverName: string;
  /** First-question owner (首问负责人) until handed over. */
  ownerId: string;
  ownerName: string;
  callerName: string;
  callerPhone?: string;
  personId?: string;
  unitId?: string;
  unitCode?: string;
  topic: string;
  question: string;
  answer: string;
  status: EnquiryStatus;
  /** Settled when it was recorded (首次解决): what 首次解决率 counts. */
  firstContactSettled: boolean;
  settledAt?: string;
  settledByName?: string;
  handOvers: EnquiryHandOver[];
  links: EnquiryLink[];
  /** The visit, meeting or survey form whose issue it records (issue 17 §3): both name each other. */
  source?: EnquirySource;
  terms: string[];
}

/** The supervisor's 原因分析 and 纠正/预防措施 of one month's complaint summary (汇总单). */
export interface MonthlyAnalysisRecord extends BaseRecord {
  /** `YYYY-MM`, unique. */
  month: string;
  entries: MonthlyAnalysisEntry[];
  byName: string;
}
