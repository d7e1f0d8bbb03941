import type { Actor } from '@shared/domain/record';
import type { EnquiryRecord, EnquirySource } from '../records';
import type { EnquiryRepository } from './enquiryRepository';

/** An issue raised on a visit, at a meeting or on a survey form, as the enquiry that records it. */
export interface RaisedIssue {
  text: string;
  callerName: string;
  unitId?: string;
  unitCode?: string;
  topic: string;
}

/**
 * Records an issue as an open enquiry (咨询) naming its source, through the enquiry register's
 * own `create`: from there it becomes a complaint, suggestion or work order by the enquiry's
 * conversion (转投诉 / 转派工单), so every register's issues take one path and link both ways.
 * Runs inside the caller's transaction, which must include enquiries and counters.
 */
export function raiseIssue(
  enquiries: Pick<EnquiryRepository, 'create'>,
  actor: Actor,
  source: EnquirySource,
  issue: RaisedIssue,
): Promise<EnquiryRecord> {
  return enquiries.create(
    actor,
    {
      channel: 'visit',
      callerName: issue.callerName.slice(0, 40),
      unitId: issue.unitId ?? '',
      unitCode: issue.unitCode ?? '',
      topic: issue.topic,
      question: issue.text,
      answer: '',
      settled: false,
    },
    source,
  );
}
