/** Stored shapes of the renovation register (schema version 3). */
import type { BaseRecord } from '@shared/domain/record';
import type { ReviewOutcome, RenovationState } from '@shared/domain/renovationFlow';
import type {
  ChecklistItem,
  RenovationApplication,
  ReviewPoint,
} from '@shared/domain/renovationApplication';
import type { HotWorkPermit } from '@shared/domain/renovationDocs';
import type { OwedCharge, RenovationPayer } from '@shared/domain/renovationMoney';

export type PassStatus = 'active' | 'returned' | 'lost';

/** One worker pass (出入证): one per worker, numbered CR…. */
export interface RenovationPass {
  no: string;
  workerName: string;
  idNumber: string;
  status: PassStatus;
  issuedAt: string;
  settledAt?: string;
  /** The contractor receipt that took this card's deposit (a pass added during the works). */
  depositReceiptId?: string;
  /** The voucher that paid this card's deposit back when it was handed back. */
  refundDocId?: string;
  refundDocNo?: string;
  refundedFen?: number;
}

export interface RenovationReview {
  at: string;
  byId: string;
  byName: string;
  outcome: ReviewOutcome;
  comments: Record<ReviewPoint, string>;
  /** Conditions (approved with conditions) or reasons (rejected). */
  remark: string;
  /** Documents the reviewer marked not applicable (消防审批 for a home), with the reason. */
  waived?: Partial<Record<ChecklistItem, string>>;
}

/** An application withdrawn (撤回) before approval. */
export interface RenovationWithdrawal {
  at: string;
  byId: string;
  byName: string;
  reason: string;
}

export interface RenovationAcceptance {
  requestedAt: string;
  /** Scheduled inspection date, `YYYY-MM-DD`. */
  scheduledFor: string;
  at?: string;
  passed?: boolean;
  inspector?: string;
  notes?: string;
}

/** A receipt or refund voucher of the money ledger that belongs to the job. */
export interface RenovationMoneyLink {
  payer: RenovationPayer;
  docId: string;
  docNo: string;
  totalFen: number;
  /**
   * `linked`: taken in 收费收据 for the unit and linked to the job afterwards; `arrears`: what
   * the job owed after its deposits were used up, paid; absent: the job's own fee receipts.
   */
  purpose?: 'linked' | 'arrears';
}

export interface RenovationRefundLink extends RenovationMoneyLink {
  deductedFen: number;
  shortfallFen: number;
}

export interface RenovationRecord extends BaseRecord, RenovationApplication {
  /** ZX number. */
  no: string;
  state: RenovationState;
  appliedAt: string;
  /** When the checklist was complete: the review clock starts here. */
  submittedAt?: string;
  review?: RenovationReview;
  receipts: RenovationMoneyLink[];
  depositsCollectedFen: number;
  permitNo?: string;
  /** Last day of the permit (planned end, or the extension). */
  permitValidUntil: string;
  permitsLost: number;
  passes: RenovationPass[];
  passNos: string[];
  startedAt?: string;
  unitStatusBefore?: string;
  acceptances: RenovationAcceptance[];
  acceptedAt?: string;
  refunds: RenovationRefundLink[];
  depositsSettledFen: number;
  closedAt?: string;
  terms: string[];
  /** What no deposit covered at the settlement (欠款), until it is paid. */
  owed?: OwedCharge[];
  owedFen?: number;
  withdrawal?: RenovationWithdrawal;
  /** Hot-work permits (动火许可证) issued during the works; absent on older jobs. */
  hotWorks?: HotWorkPermit[];
}

/** A patrol (巡查) record; a violation carries a rectification notice and maybe a penalty. */
export interface RenovationPatrolRecord extends BaseRecord {
  jobId: string;
  at: string;
  inspector: string;
  findings: string;
  violation: boolean;
  /** Rectification required (整改要求), printed on the notice. */
  rectification: string;
  penaltyFen: number;
  payer: RenovationPayer;
}
