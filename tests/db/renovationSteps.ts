/**
 * The steps renovation repository tests take to reach the state they test: an approved job,
 * its acceptance passed. Each test names what differs (the review, the planned start).
 */
import { makeUnit } from '../fixtures/archive';
import { clerk, supervisor } from '../fixtures/moneyActors';
import { makeRenovation } from '../fixtures/renovation';
import type { Repositories } from '../../renderer/src/db/repositories';
import type { RenovationInput } from '../../renderer/src/db/repositories/renovationRepository';

type Renovations = Repositories['renovations'];
type Review = Parameters<Renovations['review']>[2];

/** The request ids of one fee or refund step, one per payer. */
export const feeIds = (tag: string) => ({ contractor: `${tag}-c`, owner: `${tag}-o` });

/** A review with nothing to remark. */
export const NO_COMMENTS: Review['comments'] = {
  structure: '',
  plumbingGas: '',
  power: '',
  facade: '',
};

/** The review the desk's tests give: the four opinions filled in as a reviewer writes them. */
export const REVIEWED: Review['comments'] = {
  structure: '不涉及',
  plumbingGas: '不涉及',
  power: '按图施工',
  facade: '不涉及',
};

/** A unit and its renovation application, approved by the supervisor. */
export async function approvedJob(
  repos: Repositories,
  {
    job: over = {},
    review = {},
  }: { job?: Partial<RenovationInput>; review?: Partial<Review> } = {},
) {
  const unit = await repos.units.create(makeUnit(), clerk);
  const job = await repos.renovations.create(
    clerk,
    makeRenovation({ unitId: unit.id, unitCode: unit.code, ...over }),
  );
  await repos.renovations.review(supervisor, job.id, {
    outcome: 'approved',
    comments: NO_COMMENTS,
    remark: '',
    ...review,
  });
  return { unit, job };
}

/** Acceptance asked for on 2027-01-21 and passed by `inspector`. */
export async function passAcceptance(repos: Repositories, jobId: string, inspector = '刘工') {
  await repos.renovations.requestAcceptance(clerk, jobId, '2027-01-21');
  return repos.renovations.recordAcceptance(supervisor, jobId, {
    passed: true,
    inspector,
    notes: '',
  });
}

/** Every pass handed back, then acceptance passed: the job waits for its refund. */
export async function handBackAndAccept(repos: Repositories, jobId: string, passNos: string[]) {
  for (const no of passNos) await repos.renovations.returnPass(clerk, jobId, no);
  return passAcceptance(repos, jobId);
}

/** The clerk collects the job's fees in cash, under request ids tagged `tag`. */
export function collectJobFees(repos: Repositories, jobId: string, tag = 'f') {
  return repos.renovations.collectFees(clerk, jobId, { method: 'cash', requestIds: feeIds(tag) });
}

/** The supervisor's refund of the job in cash, under request ids tagged `tag`. */
export function refundJob(repos: Repositories, jobId: string, tag = 'r') {
  return repos.renovations.refund(supervisor, jobId, { method: 'cash', requestIds: feeIds(tag) });
}
