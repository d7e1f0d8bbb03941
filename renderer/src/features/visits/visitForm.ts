import { officeDateOf } from '@shared/domain/officeTime';
import {
  visitDateProblems,
  visitInputSchema,
  type VisitInput,
  type VisitKind,
} from '@shared/domain/visitPlan';
import { nowIso } from '../../db/ids';

/** The domain's schema with its date rule on today's office date, so both show as she types. */
export const visitFormSchema = () =>
  visitInputSchema.superRefine((v, ctx) => {
    for (const message of visitDateProblems(v.date, officeDateOf(nowIso())))
      ctx.addIssue({ code: 'custom', path: ['date'], message });
  });

/** The visit / meeting form as the clerk types it: issues one a line. */
export interface VisitFormValues {
  kind: VisitKind;
  date: string;
  visitorId: string;
  unitId: string;
  unitCode: string;
  household: string;
  eventId: string;
  place: string;
  attendees: number;
  notes: string;
  issuesText: string;
}

export function newVisitValues(kind: VisitKind, visitorId: string): VisitFormValues {
  return {
    kind,
    date: officeDateOf(nowIso()),
    visitorId,
    unitId: '',
    unitCode: '',
    household: '',
    eventId: '',
    place: '',
    attendees: 0,
    notes: '',
    issuesText: '',
  };
}

/** The typed form as the domain's input: each non-empty line of 提出的问题 is one issue. */
export function toVisitInput(v: VisitFormValues): VisitInput {
  const { issuesText, ...rest } = v;
  return {
    ...rest,
    issues: issuesText
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}
