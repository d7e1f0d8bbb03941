/** The stored shapes of each table: a domain input plus the bookkeeping every record carries. */
import type { CashupSummary } from '@shared/domain/cashup';
import type { BaseRecord, Role } from '@shared/domain/record';
import type {
  MoneyDoc,
  MoneyDocKind,
  MoneyDocStatus,
  PayerKind,
  PaymentMethod,
  SourceLink,
} from '@shared/domain/receipt';
import type { PersonInput, UnitInput } from '@shared/domain/units';
import type { StoredPinHash } from '@shared/domain/pin';
import type { MailKind, MailStatus, NotifyMethod } from '@shared/domain/mail';
import type {
  RepairPlace,
  RepairUrgency,
  RevisitResult,
  ServiceType,
  WorkOrderKind,
  WorkOrderStatus,
} from '@shared/domain/repairs';
import type { VisitStatus } from '@shared/domain/visitors';
import type { IdType } from '@shared/domain/units';
import type { EquipmentCheck, HandoverItem } from '@shared/domain/handover';
import type {
  CaseChannel,
  CaseKind,
  CaseStatus,
  ComplaintCategory,
  RevisitMethod,
  Satisfaction,
} from '@shared/domain/complaints';
import type { Severity } from '@shared/domain/deadlines';
import type { KeyKind } from '@shared/domain/keys';
import type { ApplicantKind, MeterReadings } from '@shared/domain/movein';
import type { ReleaseItem, ReleasePassStatus } from '@shared/domain/releasePass';

export interface UnitRecord extends BaseRecord, UnitInput {
  /** Display code, e.g. `3-1-1201`; unique. */
  code: string;
  /** Lower-cased prefix-search keys (multiEntry index). */
  terms: string[];
}

export interface PersonRecord extends BaseRecord, PersonInput {
  unitId: string;
  terms: string[];
  /** Office date of the move-out (迁出) that took them off the unit; they stay in the archive. */
  moveOutDate?: string;
}

export interface OperatorRecord extends BaseRecord {
  name: string;
  role: Role;
  pin: StoredPinHash;
  active: boolean;
  failedAttempts: number;
  lastFailureAt?: string;
}

/** Key-value settings: property profile, departments, fee table, deadlines, calendar … */
export interface SettingRow {
  key: string;
  value: unknown;
  updatedAt: string;
  updatedBy: string;
}

/** Running numbers per series and period, advanced only inside the transaction that uses one. */
export interface CounterRow {
  key: string;
  next: number;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * A receipt or refund voucher of the money ledger (one table, so one search covers both).
 * Never deleted: a void sets `status` and the void fields and keeps the number.
 */
export interface ReceiptRecord extends BaseRecord, MoneyDoc {
  /** The form's request id: a repeated request returns the receipt already made (unique). */
  requestId: string;
  payerKind: PayerKind;
  payerName: string;
  payerPhone?: string;
  unitId?: string;
  unitCode?: string;
  /** Payment reference: WeChat/Alipay order number, card slip, transfer reference. */
  methodRef?: string;
  clerkName: string;
  source?: SourceLink;
  /** `source.id`, indexed so a renovation or work order finds its receipts. */
  sourceId?: string;
  /** Codes of the lines and deductions (multiEntry index for "by item" searches). */
  itemCodes: string[];
  note?: string;
  /** Refunds only: the original receipt's number, for display without a lookup. */
  refundOfNo?: string;
  voidReason?: string;
  voidedBy?: string;
  voidedByName?: string;
  printCount: number;
  lastPrintedAt?: string;
}

/** One document as it stood when the shift was closed (the printed sheet shows these). */
export interface CashupDocLine {
  id: string;
  no: string;
  kind: MoneyDocKind;
  status: MoneyDocStatus;
  issuedAt: string;
  method: PaymentMethod;
  totalFen: number;
  payerName: string;
  unitCode?: string;
  /** Issued in an earlier shift and voided during this one. */
  lateVoid?: boolean;
}

/** A closed shift (交班对账): the figures as they stood at closing, never recomputed. */
export interface CashupRecord extends BaseRecord {
  clerkId: string;
  clerkName: string;
  periodFrom: string;
  /** Same instant as `closedAt`: the next shift starts here. */
  periodTo: string;
  closedAt: string;
  summary: CashupSummary;
  docs: CashupDocLine[];
  countedCashFen: number;
  differenceFen: number;
  explanation: string;
  /** Who the cash was handed to (交接给). */
  handedTo: string;
}

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

/**
 * A work order (派工单/维修工作单): a repair or a paid service (有偿服务), from intake through the
 * worker's result, the charge (a receipt of the ledger) and the revisit.
 */
export interface WorkOrderRecord extends BaseRecord {
  no: string;
  kind: WorkOrderKind;
  status: WorkOrderStatus;
  receivedAt: string;
  receivedByName: string;
  unitId?: string;
  unitCode: string;
  contactName: string;
  contactPhone: string;
  problem: string;
  place: RepairPlace;
  urgency: RepairUrgency;
  paid: boolean;
  serviceType?: ServiceType;
  department: string;
  appointment?: string;
  workDone?: string;
  materials?: string;
  worker?: string;
  chargeFen?: number;
  customerSigned?: boolean;
  completedAt?: string;
  /** `YYYY-MM` (office time) of completion: the month whose revisit sample the order is in. */
  completedMonth?: string;
  /** none: not picked; due: to revisit; done: answered. Indexed for the revisit list. */
  revisitStatus: 'none' | 'due' | 'done';
  /** Why it is revisited: emergency (100 %) or the month's sample. */
  revisitReason?: 'emergency' | 'sample';
  revisitResult?: RevisitResult;
  revisitNote?: string;
  revisitAt?: string;
  revisitByName?: string;
  /** Times a "not satisfied" revisit sent it back. */
  reopenCount: number;
  receiptId?: string;
  receiptNo?: string;
  closedAt?: string;
  printCount: number;
  terms: string[];
}

/** One piece (or bundle) of mail or newspapers waiting at the desk. */
export interface MailItemRecord extends BaseRecord {
  batchId: string;
  carrier: string;
  receivedAt: string;
  receivedByName: string;
  kind: MailKind;
  count: number;
  unitId?: string;
  unitCode: string;
  addressee?: string;
  trackingNo?: string;
  status: MailStatus;
  notifiedAt?: string;
  notifyMethod?: NotifyMethod;
  notifiedWho?: string;
  collectedAt?: string;
  collector?: string;
  handedByName?: string;
  terms: string[];
}

/** One visit (来访登记): the ID is kept in full on the record, masked in every list. */
export interface VisitRecord extends BaseRecord {
  status: VisitStatus;
  name: string;
  idType: IdType;
  idNumber: string;
  /** `idType:IDNUMBER`: finds a frequent visitor's earlier visits for quick re-entry. */
  visitorKey: string;
  phone?: string;
  unitId?: string;
  unitCode: string;
  host?: string;
  reason: string;
  people: number;
  inAt: string;
  outAt?: string;
  refusedReason?: string;
  clerkName: string;
  terms: string[];
}

/** One dispatch of a case to a department (派单); a reassignment adds another, keeping these. */
export interface CaseDispatch {
  at: string;
  department: string;
  byName: string;
  note?: string;
  /** What the department wrote when the form came back: 处理方法 and 完成期限. */
  action?: string;
  dueBy?: string;
  repliedAt?: string;
}

/** One revisit (回访记录). */
export interface CaseRevisit {
  at: string;
  method: RevisitMethod;
  satisfaction: Satisfaction;
  comment: string;
  signed: boolean;
  signedName: string;
  byName: string;
}

/** One event of a case's history shown on the record: handovers, feedback, agreed dates, reopenings. */
export interface CaseEvent {
  at: string;
  kind: 'handOver' | 'feedback' | 'agreeDate' | 'reopen' | 'close' | 'reply';
  byName: string;
  text: string;
}

/** A complaint (TS-…) or suggestion (JY-…) with its whole history (投诉/建议 register). */
export interface CaseRecord extends BaseRecord {
  no: string;
  kind: CaseKind;
  status: CaseStatus;
  channel: CaseChannel;
  receivedAt: string;
  /** Office month of receipt, `2026-05`: the monthly forms read by it. */
  month: string;
  receiverName: string;
  /** First-question owner (首问负责人) until handed over. */
  ownerId: string;
  ownerName: string;
  customerName: string;
  customerPhone?: string;
  personId?: string;
  unitId?: string;
  unitCode?: string;
  content: string;
  category?: ComplaintCategory;
  severity?: Severity;
  valid?: boolean;
  /** Current responsible department (code). */
  department?: string;
  dispatches: CaseDispatch[];
  feedbackAt?: string;
  agreedDueAt?: string;
  reopenedAt?: string;
  result?: string;
  closedAt?: string;
  closedOnTime?: boolean;
  revisitDueAt?: string;
  revisits: CaseRevisit[];
  adopted?: boolean;
  reply?: string;
  repliedAt?: string;
  history: CaseEvent[];
  terms: string[];
}
