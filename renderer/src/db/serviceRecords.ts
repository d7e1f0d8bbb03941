/** Stored shapes of work orders (repairs, paid services), mail and visits. */
import type { BaseRecord } from '@shared/domain/record';
import type { IdType } from '@shared/domain/units';
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
  /** The complaint (投诉) it was made from (转派工单). */
  caseId?: string;
  caseNo?: string;
  /** The patrol (巡楼) whose finding it was made from (issue 19). */
  siteCheckId?: string;
  siteCheckNo?: string;
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
