import type { DeepStrings } from '../catalogTypes';
import type * as zhCN from '../zh-CN/revisits';

export const revisits: DeepStrings<typeof zhCN.revisits> = {
  page: {
    title: 'Follow-ups',
    events: 'Events & emergency aid',
    reviews: 'Follow-up record reviews',
  },
  kind: { communityEvent: 'Community event', emergencyAid: 'Emergency aid' },
  satisfaction: { satisfied: 'Satisfied', fair: 'Fairly satisfied', unsatisfied: 'Not satisfied' },
  status: { open: 'To follow up', done: 'Done' },
  events: {
    new: 'Record event / aid (Alt+N)',
    col: {
      kind: 'Type',
      title: 'Name / what happened',
      heldAt: 'When',
      people: 'People',
      progress: 'Followed up',
      due: 'Due',
      status: 'State',
    },
    progress: '{done}/{total}',
    empty: 'No events or emergency aid recorded yet',
  },
  form: {
    title: 'Record a community event or emergency aid',
    kind: 'Type',
    name: 'Name / what happened',
    heldAt: 'When',
    place: 'Where',
    people: 'Participants / person helped',
    peopleHelp:
      "One person a line: unit name phone (unit and phone optional). 30% of an event's participants are drawn for a follow-up; for emergency aid enter the person helped.",
    saved: 'Recorded: {count} to follow up',
  },
  drawer: {
    title: '{kind} · {title}',
    due: 'Follow-up due {at}',
    sample: 'To follow up',
    others: 'Not drawn',
    revisit: 'Follow up',
    revisited: '{satisfaction} ({at} {by}) {comment}',
  },
  revisitForm: {
    title: 'Follow-up: {name}',
    satisfaction: 'Satisfaction',
    comment:
      'What the customer said (required when not satisfied; passed to the department at once)',
    done: 'Follow-up recorded',
  },
  reviews: {
    pending: 'Waiting for review',
    none: 'No week or month waiting for review',
    signed: 'Signed reviews',
    weekly: "Supervisor's weekly review",
    monthly: "Manager's monthly spot-check",
    week: '{from} to {to}',
    sign: 'Review and sign',
    col: {
      kind: 'Review',
      period: 'Period',
      reviewer: 'Reviewer',
      signedAt: 'Signed',
      counts: 'Records / not satisfied',
      findings: 'Findings',
      followUps: 'Follow-up actions',
    },
    done: 'Done',
    followUpDone: '{text} (done by {by})',
  },
  sign: {
    title: '{kind} · {period}',
    counts: '{checked} follow-up records this period, {dissatisfied} not satisfied',
    findings: 'Findings',
    followUps: 'Follow-up actions (one a line, optional)',
    pin: "Reviewer's PIN",
    pinHelp: '{name}, enter your own PIN to sign',
    done: 'Signed',
  },
};
