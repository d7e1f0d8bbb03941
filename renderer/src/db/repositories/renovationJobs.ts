/** Shared helpers of the renovation repositories: loading a job, checking an action, terms. */
import { requireRole, type Actor } from '@shared/domain/record';
import { refusal, type RenovationAction } from '@shared/domain/renovationFlow';
import type { RenovationApplication } from '@shared/domain/renovationApplication';
import { mustLive } from '../audited';
import type { TaizhangDB } from '../database';
import type { RenovationRecord } from './renovationRecords';

/** A refused renovation action; the message is Chinese and shown as is. */
export class RenovationRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RenovationRuleError';
  }
}

/** The live job, or RecordNotFoundError. */
export async function mustGetJob(db: TaizhangDB, id: string): Promise<RenovationRecord> {
  return mustLive(db.renovations, id);
}

/** Loads the job and checks that `actor` may take `action` in its state. */
export async function jobFor(
  db: TaizhangDB,
  id: string,
  action: RenovationAction,
  actor: Actor,
): Promise<RenovationRecord> {
  const job = await mustGetJob(db, id);
  const why = refusal(job.state, action, actor.role);
  if (why) {
    // A role refusal is the usual PermissionError, so the UI treats it like any other.
    if (why.includes('权限')) requireRole(actor, 'supervisor');
    throw new RenovationRuleError(why);
  }
  return job;
}

/** Lower-cased search keys: number, unit, owner, contractor. */
export function renovationTerms(no: string, a: RenovationApplication): string[] {
  return [...new Set([no, a.unitCode, a.ownerName, a.contractorName].map((s) => s.toLowerCase()))];
}
