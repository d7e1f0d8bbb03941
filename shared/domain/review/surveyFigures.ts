/**
 * Satisfaction surveys of the month: the returned forms entered in the month, their 满意率
 * (surveys.ts: 很满意 + 满意 ÷ rating answers) overall and per round, with each round's
 * per-question figures. A round's forms entered across two months count in each month for
 * the forms of that month.
 */
import { rate } from '../rates';
import { surveyFigures, type SurveyAnswers, type SurveyQuestion } from '../surveys';
import { addTo, inOfficeMonth, type Buckets } from './facts';
import type { SurveyMonthFigures } from './figures';

export interface SurveyRoundFacts {
  id: string;
  no: string;
  title: string;
  questions: readonly SurveyQuestion[];
}

export interface SurveyResponseFacts {
  id: string;
  roundId: string;
  enteredAt: string;
  answers: SurveyAnswers;
}

/** Keys: `forms` (every form entered in the month) and `round:<id>` (that round's forms). */
export function surveyBuckets(responses: readonly SurveyResponseFacts[], month: string): Buckets {
  const out: Buckets = {};
  for (const f of inOfficeMonth(responses, 'enteredAt', month)) {
    addTo(out, 'forms', f.id);
    addTo(out, `round:${f.roundId}`, f.id);
  }
  return out;
}

/** The month's survey figures; rounds in number order. */
export function surveyMonthFigures(
  rounds: readonly SurveyRoundFacts[],
  responses: readonly SurveyResponseFacts[],
  month: string,
): SurveyMonthFigures {
  const forms = inOfficeMonth(responses, 'enteredAt', month);
  const byRound = new Map<string, SurveyResponseFacts[]>();
  for (const f of forms) byRound.set(f.roundId, [...(byRound.get(f.roundId) ?? []), f]);
  let satisfied = 0;
  let given = 0;
  const list = [...rounds]
    .filter((r) => byRound.has(r.id))
    .sort((a, b) => a.no.localeCompare(b.no))
    .map((r) => {
      const f = surveyFigures(r.questions, byRound.get(r.id) ?? []);
      satisfied += f.satisfaction.numerator;
      given += f.satisfaction.denominator;
      return { id: r.id, no: r.no, title: r.title, ...f };
    });
  return { forms: forms.length, satisfaction: rate(satisfied, given), rounds: list };
}
