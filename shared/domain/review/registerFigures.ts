/**
 * Mail, visitors and keys of the month: volumes, and what was still outstanding at the end of
 * the month (or now, for the running month): mail not collected, keys not returned.
 */
import { isMailUncollectedTooLong, type DeadlineSettings } from '../deadlines';
import {
  addTo,
  inOfficeMonth,
  instantMs,
  type Buckets,
  type KeyLoanFacts,
  type MailFacts,
  type VisitFacts,
} from './facts';
import type { RegisterFigures } from './figures';
import { monthAsOf } from './months';

export interface RegisterFacts {
  mail: readonly MailFacts[];
  visits: readonly VisitFacts[];
  keyLoans: readonly KeyLoanFacts[];
}

const before = (iso: string | undefined, limit: number) =>
  iso !== undefined && instantMs(iso) < limit;

/**
 * Keys: `mailReceived`, `mailCollected`, `mailOutstanding`, `mailOutstandingOver3Days`,
 * `visits`, `visitsRefused`, `keyLoans`, `keysOut`, `keysOverdue`.
 */
export function registerBuckets(
  facts: RegisterFacts,
  month: string,
  ctx: { now: string; deadlines: DeadlineSettings },
): Buckets {
  const asOf = monthAsOf(month, ctx.now);
  const limit = instantMs(asOf);
  const out: Buckets = {};
  for (const m of inOfficeMonth(facts.mail, 'receivedAt', month)) addTo(out, 'mailReceived', m.id);
  for (const m of inOfficeMonth(facts.mail, 'collectedAt', month))
    addTo(out, 'mailCollected', m.id);
  for (const m of facts.mail) {
    if (before(m.receivedAt, limit) && !before(m.collectedAt, limit)) {
      addTo(out, 'mailOutstanding', m.id);
      if (isMailUncollectedTooLong(m.receivedAt, asOf, ctx.deadlines))
        addTo(out, 'mailOutstandingOver3Days', m.id);
    }
  }
  for (const v of inOfficeMonth(facts.visits, 'inAt', month)) {
    addTo(out, 'visits', v.id);
    if (v.status === 'refused') addTo(out, 'visitsRefused', v.id);
  }
  for (const l of inOfficeMonth(facts.keyLoans, 'lentAt', month)) addTo(out, 'keyLoans', l.id);
  for (const l of facts.keyLoans) {
    if (before(l.lentAt, limit) && !before(l.returnedAt, limit)) {
      addTo(out, 'keysOut', l.id);
      if (instantMs(l.dueAt) < limit) addTo(out, 'keysOverdue', l.id);
    }
  }
  return out;
}

/** The register figures of `month`. */
export function registerFigures(
  facts: RegisterFacts,
  month: string,
  ctx: { now: string; deadlines: DeadlineSettings },
): RegisterFigures {
  const b = registerBuckets(facts, month, ctx);
  const n = (key: string) => (b[key] ?? []).length;
  return {
    mailReceived: n('mailReceived'),
    mailCollected: n('mailCollected'),
    mailOutstanding: n('mailOutstanding'),
    mailOutstandingOver3Days: n('mailOutstandingOver3Days'),
    visits: n('visits'),
    visitsRefused: n('visitsRefused'),
    keyLoans: n('keyLoans'),
    keysOut: n('keysOut'),
    keysOverdue: n('keysOverdue'),
  };
}
