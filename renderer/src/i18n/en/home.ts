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
    surveyFollowUp: 'Survey follow-up',
    kindRevisit: 'Event & emergency-aid follow-up',
    revisitReview: 'Follow-up record review',
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
    survey_summary: 'Summary to departments',
    survey_measures: "Department's written measures",
    survey_revisit: 'Follow-up with the customer',
    review_weekly: "Supervisor's weekly review",
    review_monthly: "Manager's monthly spot-check",
  },
  state: {
    overdueDays: '{n} days overdue',
    overdueHours: '{n} h overdue',
    today: 'Due today {time}',
  },
};
