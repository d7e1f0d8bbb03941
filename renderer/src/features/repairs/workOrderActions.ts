import { canRevisit, closeProblems } from '@shared/domain/repairs';
import type { WorkOrderRecord } from '../../db/records';

export type WorkOrderAction = 'print' | 'result' | 'charge' | 'notice' | 'revisit' | 'close';

/** The actions an order offers in its state (the repository checks them again). */
export function actionsOf(o: WorkOrderRecord): WorkOrderAction[] {
  const out: WorkOrderAction[] = ['print'];
  if (o.status === 'open') out.push('result');
  if (o.paid && o.status !== 'open' && !o.receiptId) out.push('notice', 'charge');
  // Every order the review counts as due gets its revisit, closed ones the sample picked too.
  if (o.revisitStatus === 'due' && canRevisit({ status: o.status, revisitDue: true }))
    out.push('revisit');
  if (
    o.status === 'done' &&
    closeProblems({ ...o, revisitRequired: o.revisitStatus !== 'none' }).length === 0
  )
    out.push('close');
  return out;
}
