/**
 * The monthly renovation statistics (每月装修统计表): per month, the applications received,
 * works started, acceptances passed, jobs closed, and the deposits still held at month end.
 * Months and dates are office dates (China time).
 */
import { officeDateOf } from './officeTime';
import { RENOVATION_STATE_LABELS, type RenovationState } from './renovationFlow';

/** What the statistics need of one job. */
export interface RenovationStatsJob {
  no: string;
  unitCode: string;
  ownerName: string;
  contractorName: string;
  state: RenovationState;
  appliedAt: string;
  startedAt?: string;
  acceptedAt?: string;
  closedAt?: string;
  /** Deposits collected and settled so far, in fen. */
  depositsCollectedFen: number;
  depositsSettledFen: number;
}

export interface RenovationMonthRow {
  no: string;
  unitCode: string;
  ownerName: string;
  contractorName: string;
  stateLabel: string;
  appliedOn: string;
  startedOn: string;
  acceptedOn: string;
  closedOn: string;
  heldFen: number;
}

export interface RenovationMonthStats {
  month: string;
  applied: number;
  started: number;
  accepted: number;
  closed: number;
  /** Jobs in works (施工中/待验收) at the end of the month. */
  inWorks: number;
  heldFen: number;
  rows: RenovationMonthRow[];
}

const inMonth = (iso: string | undefined, month: string) =>
  iso !== undefined && officeDateOf(iso).slice(0, 7) === month;
const day = (iso: string | undefined) => (iso ? officeDateOf(iso) : '');

/**
 * The statistics of `month` (`YYYY-MM`). A job is listed when something happened to it in the
 * month or it was still open (not closed or rejected) then; rows in application order.
 */
export function renovationMonthStats(
  jobs: readonly RenovationStatsJob[],
  month: string,
): RenovationMonthStats {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new RangeError(`Invalid month: ${month}`);
  const started = (j: RenovationStatsJob) =>
    j.startedAt !== undefined && day(j.startedAt).slice(0, 7) <= month;
  const ended = (iso: string | undefined) => iso !== undefined && day(iso).slice(0, 7) <= month;
  const listed = jobs
    .filter((j) => day(j.appliedAt).slice(0, 7) <= month)
    .filter(
      (j) =>
        inMonth(j.appliedAt, month) ||
        inMonth(j.startedAt, month) ||
        inMonth(j.acceptedAt, month) ||
        inMonth(j.closedAt, month) ||
        (j.state !== 'rejected' && j.state !== 'withdrawn' && !ended(j.closedAt)),
    )
    .sort((a, b) => a.appliedAt.localeCompare(b.appliedAt));
  const rows = listed.map((j) => ({
    no: j.no,
    unitCode: j.unitCode,
    ownerName: j.ownerName,
    contractorName: j.contractorName,
    stateLabel: RENOVATION_STATE_LABELS[j.state],
    appliedOn: day(j.appliedAt),
    startedOn: day(j.startedAt),
    acceptedOn: day(j.acceptedAt),
    closedOn: day(j.closedAt),
    heldFen: j.depositsCollectedFen - j.depositsSettledFen,
  }));
  return {
    month,
    applied: jobs.filter((j) => inMonth(j.appliedAt, month)).length,
    started: jobs.filter((j) => inMonth(j.startedAt, month)).length,
    accepted: jobs.filter((j) => inMonth(j.acceptedAt, month)).length,
    closed: jobs.filter((j) => inMonth(j.closedAt, month)).length,
    inWorks: jobs.filter((j) => started(j) && !ended(j.acceptedAt)).length,
    heldFen: rows.reduce((sum, r) => sum + r.heldFen, 0),
    rows,
  };
}
