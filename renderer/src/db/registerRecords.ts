/** Stored shapes of the desk registers: move-in and custody, release passes, keys, handover. */
import type { BaseRecord } from '@shared/domain/record';
import type { EquipmentCheck, HandoverItem } from '@shared/domain/handover';
import type { KeyKind } from '@shared/domain/keys';
import type { ApplicantKind, MeterReadings } from '@shared/domain/movein';
import type { PassDirection, ReleaseItem, ReleasePassStatus } from '@shared/domain/releasePass';

/** A move-in (入住/交房), custody included: the checklist as the desk ticked it. */
export interface MoveInRecord extends BaseRecord {
  unitId: string;
  unitCode: string;
  applicantKind: ApplicantKind;
  applicantName: string;
  applicantPhone?: string;
  /** Agent or company handler, when not the owner in person. */
  agentName?: string;
  documents: string[];
  agreements: string[];
  handedItems: string[];
  keysHanded: number;
  registrationFilled: boolean;
  meters: MeterReadings;
  metersConfirmed: boolean;
  /** 房屋质量验收: defects found; each may point at a work order once that register exists. */
  defects: MoveInDefect[];
  secondInspectionAt?: string;
  status: 'open' | 'completed';
  completedAt?: string;
  feeReceiptId?: string;
  feeReceiptNo?: string;
  custody?: CustodyRecord;
  /** 退租/迁出: set once, when the owner leaves and the keys are counted back. */
  moveOut?: MoveOutRecord;
  note?: string;
  terms: string[];
}

export interface MoveOutRecord {
  at: string;
  byName: string;
  keysReturned: number;
  missingKeys: number;
  chargeFen: number;
  forwardingAddress: string;
  chargeReceiptId?: string;
  chargeReceiptNo?: string;
  note?: string;
}

export interface MoveInDefect {
  id: string;
  point: string;
  description: string;
  fixedAt?: string;
  workOrderId?: string;
  workOrderNo?: string;
}

export interface CustodyRecord {
  startAt: string;
  startMeters: MeterReadings;
  monthlyFeeFen: number;
  custodyFeeFen: number;
  checks: { at: string; byName: string; meters: MeterReadings; note?: string }[];
  endedAt?: string;
  endMeters?: MeterReadings;
  /** Months charged at the custody rate when it ended, and their receipt. */
  months?: number;
  feeReceiptId?: string;
  feeReceiptNo?: string;
}

/** A release pass (放行条): issued, let out by the guard, or refused for dangerous goods. */
export interface ReleasePassRecord extends BaseRecord {
  no: string;
  status: ReleasePassStatus;
  unitId?: string;
  unitCode?: string;
  company?: string;
  carrier: string;
  carrierPhone?: string;
  approvedBy: string;
  outAt: string;
  items: ReleaseItem[];
  clerkName: string;
  refusedReason?: string;
  checkedOutAt?: string;
  guardName?: string;
  note?: string;
  printCount: number;
  terms: string[];
  /** Which way the goods go: absent on passes before issue 19, which were all going out. */
  direction?: PassDirection;
  /** A moving appointment (搬家预约): the date, window (`HH:mm`) and lift booked. */
  moving?: boolean;
  movingDate?: string;
  windowFrom?: string;
  windowTo?: string;
  lift?: string;
}

/** A key (or bunch) on the board: public-area keys and keys of unsold units. */
export interface KeyRecord extends BaseRecord {
  label: string;
  name: string;
  kind: KeyKind;
  hook?: string;
  unitId?: string;
  unitCode?: string;
  count: number;
  /** The open loan, if the key is out. */
  loanId?: string;
  note?: string;
}

export interface KeyLoanRecord extends BaseRecord {
  keyId: string;
  keyLabel: string;
  borrower: string;
  borrowerPhone?: string;
  reason: string;
  lentAt: string;
  dueAt: string;
  lentByName: string;
  returnedAt?: string;
  receivedByName?: string;
}

/** One shift handover (交接班记录) with the shift's management log (管理日志). */
export interface HandoverRecord extends BaseRecord {
  no: string;
  status: 'open' | 'closed';
  fromId: string;
  fromName: string;
  /** The incoming clerk (接班人), an operator; she confirmed the handover with her PIN. */
  toId?: string;
  toName: string;
  openedAt: string;
  closedAt?: string;
  items: HandoverItem[];
  equipment: EquipmentCheck[];
  log: string;
  /** Cash handed over, as counted at the cash-up (交班对账) closed for this shift. */
  cashupId?: string;
  cashFen?: number;
}
