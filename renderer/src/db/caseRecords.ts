/** Stored shapes of complaints and suggestions with their history. */
import type { BaseRecord } from '@shared/domain/record';
import type {
  CaseChannel,
  CaseKind,
  CaseStatus,
  ComplaintCategory,
  RevisitMethod,
  Satisfaction,
} from '@shared/domain/complaints';
import type { Severity } from '@shared/domain/deadlines';

/** One dispatch of a case to a department (派单); a reassignment adds another, keeping these. */
export interface CaseDispatch {
  at: string;
  department: string;
  byName: string;
  note?: string;
  /** What the department wrote when the form came back: 处理方法 and 完成期限. */
  action?: string;
  dueBy?: string;
  repliedAt?: string;
  /** Why a 完成期限 already past was recorded (补录). */
  pastReason?: string;
}

/** One revisit (回访记录). */
export interface CaseRevisit {
  at: string;
  method: RevisitMethod;
  satisfaction: Satisfaction;
  comment: string;
  signed: boolean;
  signedName: string;
  byName: string;
}

/** One event of a case's history shown on the record: handovers, feedback, agreed dates, reopenings. */
export interface CaseEvent {
  at: string;
  kind: 'handOver' | 'feedback' | 'agreeDate' | 'reopen' | 'close' | 'reply' | 'workOrder';
  byName: string;
  text: string;
}

/** A complaint (TS-…) or suggestion (JY-…) with its whole history (投诉/建议 register). */
export interface CaseRecord extends BaseRecord {
  no: string;
  kind: CaseKind;
  status: CaseStatus;
  channel: CaseChannel;
  receivedAt: string;
  /** Office month of receipt, `2026-05`: the monthly forms read by it. */
  month: string;
  receiverName: string;
  /** First-question owner (首问负责人) until handed over. */
  ownerId: string;
  ownerName: string;
  customerName: string;
  customerPhone?: string;
  personId?: string;
  unitId?: string;
  unitCode?: string;
  content: string;
  category?: ComplaintCategory;
  severity?: Severity;
  valid?: boolean;
  /** Current responsible department (code). */
  department?: string;
  dispatches: CaseDispatch[];
  feedbackAt?: string;
  agreedDueAt?: string;
  /** When the agreed date was recorded. */
  agreedAt?: string;
  /**
   * The reason given for a deadline or agreed date already past when recorded (补录): the case
   * then counts late whenever it closes (complaintPastDates).
   */
  pastDateReason?: string;
  reopenedAt?: string;
  result?: string;
  closedAt?: string;
  closedOnTime?: boolean;
  revisitDueAt?: string;
  revisits: CaseRevisit[];
  adopted?: boolean;
  reply?: string;
  repliedAt?: string;
  history: CaseEvent[];
  /** The work order it was turned into (转派工单). */
  workOrderId?: string;
  workOrderNo?: string;
  /** The enquiry (咨询, ZXD…) it was made from. */
  enquiryId?: string;
  enquiryNo?: string;
  /** A suggestion passed to the supervisor in the daily digest (今日建议汇总). */
  digestAt?: string;
  digestByName?: string;
  terms: string[];
}
