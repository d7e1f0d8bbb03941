import type { EnquiryChannel, EnquiryInput } from '@shared/domain/enquiries';
import type { CaseIntakeInput } from '@shared/domain/complaintSchemas';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import type { EnquiryRecord } from '../../db/records';
import type { IntakeFormValues } from '../complaints/intakeForm';
import type { WorkOrderFormValues } from '../repairs/workOrderForm';

/** The enquiry form as the clerk types it. */
export interface EnquiryFormValues {
  channel: EnquiryChannel;
  callerName: string;
  callerPhone: string;
  personId: string;
  unitId: string;
  unitCode: string;
  topic: string;
  question: string;
  answer: string;
  settled: boolean;
}

export function newEnquiryValues(): EnquiryFormValues {
  return {
    channel: 'phone',
    callerName: '',
    callerPhone: '',
    personId: '',
    unitId: '',
    unitCode: '',
    topic: '',
    question: '',
    answer: '',
    settled: false,
  };
}

export function toEnquiryInput(v: EnquiryFormValues): EnquiryInput {
  return v;
}

/** What the complaint intake opens with, made from an enquiry (转投诉 / 转建议). */
export function intakeFromEnquiry(
  e: EnquiryRecord,
  kind: 'complaint' | 'suggestion',
  receivedAt: string,
): IntakeFormValues {
  return {
    kind,
    // The complaint register knows 来电/来访/其他; a WeChat enquiry comes in as 其他.
    channel: e.channel === 'phone' || e.channel === 'visit' ? e.channel : 'other',
    customerName: e.callerName,
    customerPhone: e.callerPhone ?? '',
    personId: e.personId ?? '',
    unitId: e.unitId ?? '',
    unitCode: e.unitCode ?? '',
    content: `${e.topic}：${e.question}`,
    receivedAt: formatOfficeDateTime(receivedAt),
  };
}

/** What the work order form opens with, made from an enquiry (转派工单). */
export function workOrderFromEnquiry(e: EnquiryRecord): Partial<WorkOrderFormValues> {
  return {
    unitId: e.unitId ?? '',
    unitCode: e.unitCode ?? '',
    contactName: e.callerName,
    contactPhone: e.callerPhone ?? '',
    problem: `${e.topic}：${e.question}`.slice(0, 200),
    place: e.unitId ? 'indoor' : 'public',
  };
}

export type { CaseIntakeInput };
