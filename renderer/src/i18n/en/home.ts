import type { DeepStrings } from '../catalogTypes';
import type * as zhCN from '../zh-CN/home';

export const home: DeepStrings<typeof zhCN.home> = {
  page: {
    title: 'Due today',
    summary: '{overdue} overdue, {today} due today',
    empty: 'Nothing due today',
    hint: '↑↓ to choose, Enter to open',
    loading: 'Collecting the registers…',
  },
  kind: {
    renovationReview: 'Renovation review',
    depositRefund: 'Renovation refund',
    complaintDeadline: 'Complaint deadline',
    complaintRevisit: 'Complaint follow-up',
    repairRevisit: 'Repair follow-up',
    keyOverdue: 'Key not returned',
    mailUncollected: 'Mail not collected',
    visitorOverstay: 'Visitor inside over 24 h',
    handoverItem: 'Open handover item',
  },
  detail: {
    review: 'Drawing review',
    depositRefund: 'Refund renovation deposit',
    passRefund: 'Refund pass deposit',
    feedback: 'Feedback within 24 h',
    fix: 'Resolve',
    revisit: 'Follow-up call',
    emergency: 'Emergency repair follow-up',
    sample: 'Sample follow-up',
  },
  state: {
    overdueDays: '{n} days overdue',
    overdueHours: '{n} h overdue',
    today: 'Due today {time}',
  },
};
