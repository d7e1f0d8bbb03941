import { CHECKLIST_ITEMS } from '@shared/domain/renovationApplication';
import type { RenovationState } from '@shared/domain/renovationFlow';
import type { ReceiptRecord } from '../../../renderer/src/db/records';
import type { RenovationRecord } from '../../../renderer/src/db/repositories/renovationRecords';
import { renovationTerms } from '../../../renderer/src/db/repositories/renovationJobs';
import type { ReceiptPayer } from './money';
import type { Numberer } from './numbers';
import { idNumber, iso, mobile, personName, spreadInstants, type Random } from './random';
import { bookkeeping, dateAfter, type Window } from './registers';

const DAY = 86_400_000;

/**
 * Renovation jobs with their passes (出入证) and the contractor's deposit receipt; all but the
 * last two months' are closed.
 */
export function generateRenovations(
  r: Random,
  count: number,
  w: Window,
  payer: () => ReceiptPayer,
  numbers: Numberer,
  deposit: (ms: number, payer: ReceiptPayer) => ReceiptRecord,
): { jobs: RenovationRecord[]; receipts: ReceiptRecord[] } {
  const receipts: ReceiptRecord[] = [];
  const jobs = spreadInstants(r, count, w.fromMs, w.toMs).map((ms): RenovationRecord => {
    const who = payer();
    const no = numbers.next('renovation', ms);
    const age = w.toMs - ms;
    const state: RenovationState =
      age > 60 * DAY
        ? r.weighted([
            ['closed', 95],
            ['rejected', 5],
          ])
        : r.pick(['pendingReview', 'approved', 'working', 'pendingAcceptance'] as const);
    const live = state !== 'rejected' && state !== 'pendingReview';
    const receipt = live ? deposit(ms + DAY, who) : undefined;
    if (receipt) receipts.push(receipt);
    const passes = live
      ? Array.from({ length: r.int(2, 6) }, () => ({
          no: numbers.next('pass', ms + DAY),
          workerName: personName(r),
          idNumber: idNumber(r),
          status: state === 'closed' ? ('returned' as const) : ('active' as const),
          issuedAt: iso(ms + DAY),
        }))
      : [];
    const application = {
      unitId: who.unit.id,
      unitCode: who.unit.code,
      ownerName: who.person.name,
      ownerPhone: who.person.phones[0] ?? mobile(r),
      applicantKind: 'owner' as const,
      agentName: '',
      contractorName: r.pick(['美家装饰工程有限公司', '金螳螂家装', '东易日盛装饰', '业之峰装饰']),
      contractorLeader: personName(r),
      contractorPhone: mobile(r),
      licenceNo: `9144${r.digits(8)}`,
      qualificationNo: `D2${r.digits(8)}`,
      plannedStart: dateAfter(ms, 3),
      plannedEnd: dateAfter(ms, 63),
      workingHours: '08:00-12:00，14:00-18:00',
      workItems: '水电改造、铺地砖、吊顶',
      commercial: false,
      changesStructure: false,
      addsLoad: false,
      changesPlumbing: r.chance(0.3),
      changesGas: false,
      changesPower: r.chance(0.6),
      affectsFacade: false,
      dischargesWaste: false,
      workers: passes.map((p) => ({ name: p.workerName, idNumber: p.idNumber })),
      checklist: [...CHECKLIST_ITEMS],
      notes: '',
    };
    const at = iso(ms);
    return {
      ...bookkeeping(r, ms),
      ...application,
      no,
      state,
      appliedAt: at,
      submittedAt: at,
      receipts: receipt
        ? [
            {
              payer: 'contractor',
              docId: receipt.id,
              docNo: receipt.no,
              totalFen: receipt.totalFen,
            },
          ]
        : [],
      depositsCollectedFen: receipt?.totalFen ?? 0,
      permitNo: live ? numbers.next('permit', ms + DAY) : undefined,
      permitValidUntil: dateAfter(ms, 63),
      permitsLost: 0,
      passes,
      passNos: passes.map((p) => p.no),
      startedAt: live ? iso(ms + 3 * DAY) : undefined,
      acceptances:
        state === 'closed'
          ? [
              {
                requestedAt: iso(ms + 60 * DAY),
                scheduledFor: dateAfter(ms, 62),
                at: iso(ms + 62 * DAY),
                passed: true,
                inspector: '工程部',
              },
            ]
          : [],
      acceptedAt: state === 'closed' ? iso(ms + 62 * DAY) : undefined,
      refunds: [],
      depositsSettledFen: 0,
      closedAt: state === 'closed' ? iso(ms + 64 * DAY) : undefined,
      terms: renovationTerms(no, application),
    };
  });
  return { jobs, receipts };
}
