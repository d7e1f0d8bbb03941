/**
 * Repairs and paid services (报修/派工单, 有偿服务): what a work order holds and the steps it
 * goes through, domain brief §4.
 *
 * Policy:
 * - A work order is open (已派工) until the worker's result comes back (done, 已完工); it is
 *   closed (已关闭) once nothing is left: the charge of a paid order is taken through the money
 *   ledger, and a revisit it was picked for is answered "satisfied".
 * - A "not satisfied" revisit reopens the order with the reason (as complaints do); the
 *   department must come back and the result is filled in again.
 * - Paid services (cleaning, laundry, copying, fax, repairs inside the unit) are work orders of
 *   kind `paidService`: always paid, with a charge notice (缴费通知单) before the receipt.
 * - An order the month's sample picks after it was closed (a free routine repair closed before
 *   the 26th) is still revisited: 满意 leaves it closed, 不满意 reopens it like any other.
 * - A complaint (投诉) still being handled can be turned into one work order (转派工单),
 *   prefilled from the case; the two point at each other.
 */
import { z } from 'zod';
import type { CaseKind, CaseStatus } from './complaints';
import type { Department } from './departments';
import { revisitRule } from './revisitSampling';
import { unitSearchTerms } from './searchTerms';
import { parseUnitCode, type PersonKind } from './units';
import { phoneText } from './identity';

export const WORK_ORDER_KINDS = ['repair', 'paidService'] as const;
export type WorkOrderKind = (typeof WORK_ORDER_KINDS)[number];

export const REPAIR_PLACES = ['indoor', 'public'] as const;
export type RepairPlace = (typeof REPAIR_PLACES)[number];

export const REPAIR_URGENCIES = ['routine', 'emergency'] as const;
export type RepairUrgency = (typeof REPAIR_URGENCIES)[number];

export const SERVICE_TYPES = ['repair', 'cleaning', 'laundry', 'copying', 'fax', 'other'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const WORK_ORDER_STATUSES = ['open', 'done', 'closed'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

export const REVISIT_RESULTS = ['satisfied', 'unsatisfied'] as const;
export type RevisitResult = (typeof REVISIT_RESULTS)[number];

const text = (max: number, required?: string) => {
  const s = z.string().trim().max(max, `最多 ${max} 个字`);
  return required ? s.min(1, required) : s;
};

/** What the desk takes down when a repair is reported or a service is asked for. */
export const workOrderInputSchema = z
  .object({
    kind: z.enum(WORK_ORDER_KINDS),
    unitId: z.string().optional(),
    unitCode: text(30),
    contactName: text(30, '请填写联系人'),
    contactPhone: phoneText({ required: '请填写联系电话' }),
    problem: text(300, '请填写报修内容'),
    place: z.enum(REPAIR_PLACES, '请选择户内或公共区域'),
    urgency: z.enum(REPAIR_URGENCIES, '请选择紧急程度'),
    paid: z.boolean(),
    serviceType: z.enum(SERVICE_TYPES).optional(),
    department: text(40, '请选择派往部门'),
    /** Office date-time the customer wants the worker, `YYYY-MM-DD HH:mm`; blank = as soon as possible. */
    appointment: text(16),
  })
  .superRefine((v, ctx) => {
    if (v.place === 'indoor' && v.unitCode === '')
      ctx.addIssue({ code: 'custom', path: ['unitCode'], message: '户内维修请填写房号' });
    if (v.kind === 'paidService' && !v.paid)
      ctx.addIssue({ code: 'custom', path: ['paid'], message: '有偿服务须收费' });
    if (v.kind === 'paidService' && !v.serviceType)
      ctx.addIssue({ code: 'custom', path: ['serviceType'], message: '请选择服务项目' });
    if (v.appointment && !/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/.test(v.appointment))
      ctx.addIssue({
        code: 'custom',
        path: ['appointment'],
        message: '预约时间格式为 2026-11-23 14:00',
      });
  });
export type WorkOrderInput = z.output<typeof workOrderInputSchema>;

/** The worker's result as it comes back on the work order. */
export const workResultSchema = z.object({
  workDone: text(300, '请填写处理结果'),
  materials: text(200),
  worker: text(30, '请填写维修人员'),
  /** The charge in fen; 0 on a free order. */
  chargeFen: z.int().min(0),
  customerSigned: z.boolean(),
});
export type WorkResult = z.output<typeof workResultSchema>;

/** The fields of a work order the rules look at. */
export interface WorkOrderState {
  kind: WorkOrderKind;
  status: WorkOrderStatus;
  urgency: RepairUrgency;
  paid: boolean;
  chargeFen?: number;
  receiptId?: string;
  /** Set when the order must be revisited: emergency at completion, routine when sampled. */
  revisitRequired: boolean;
  /** Picked for a revisit not yet answered (revisitStatus 'due'). */
  revisitDue?: boolean;
  revisitResult?: RevisitResult;
}

/** Problems with recording `result` on an order; empty when it may be recorded. */
export function checkComplete(order: WorkOrderState, result: WorkResult): string[] {
  const problems: string[] = [];
  if (order.status !== 'open') problems.push('只有处理中的工作单可以填写结果');
  if (order.paid && result.chargeFen <= 0) problems.push('有偿工作单请填写收费金额');
  if (!order.paid && result.chargeFen > 0) problems.push('无偿工作单不能收费');
  if (order.receiptId && result.chargeFen !== order.chargeFen)
    problems.push('已收费的工作单不能改收费金额');
  return problems;
}

/** Whether completing the order makes a revisit due at once (emergency repairs, 100 %). */
export function revisitDueOnCompletion(order: Pick<WorkOrderState, 'urgency'>): boolean {
  return revisitRule(order.urgency) === 'always';
}

/** Problems with taking the charge of an order through the ledger. */
export function checkCharge(order: WorkOrderState): string[] {
  if (!order.paid) return ['无偿工作单不收费'];
  if (order.receiptId) return ['该工作单已收费'];
  if (order.status === 'open' || !order.chargeFen) return ['请先填写处理结果和收费金额'];
  return [];
}

/**
 * Whether the order can be revisited now: a finished one, or a closed one the month's sample
 * picked afterwards (its revisit is due and counts in the monthly review).
 */
export function canRevisit(order: Pick<WorkOrderState, 'status' | 'revisitDue'>): boolean {
  return order.status === 'done' || (order.status === 'closed' && order.revisitDue === true);
}

/** Problems with recording a revisit. */
export function checkRevisit(order: WorkOrderState, result: RevisitResult, note: string): string[] {
  const problems: string[] = [];
  if (!canRevisit(order)) problems.push('只有已完工或待回访的工作单可以回访');
  if (result === 'unsatisfied' && note.trim() === '') problems.push('不满意请填写原因');
  return problems;
}

/**
 * The status after a revisit: not satisfied reopens the order, as complaints do; satisfied
 * closes it when nothing else is left (a closed order stays closed).
 */
export function statusAfterRevisit(order: WorkOrderState, result: RevisitResult): WorkOrderStatus {
  if (result === 'unsatisfied') return 'open';
  if (order.status === 'closed') return 'closed';
  return closeProblems({ ...order, revisitResult: result }).length === 0 ? 'closed' : 'done';
}

/** What still keeps an order from being closed; empty when it may close. */
export function closeProblems(order: WorkOrderState): string[] {
  const problems: string[] = [];
  if (order.status === 'closed') problems.push('工作单已关闭');
  if (order.status === 'open') problems.push('尚未完工');
  if (order.paid && !order.receiptId) problems.push('尚未收费');
  if (order.revisitRequired && order.revisitResult !== 'satisfied') problems.push('尚未回访满意');
  return problems;
}

/** A person of the archive as the contact rule reads them. */
export interface ArchiveContact {
  kind: PersonKind;
  name: string;
  contactPerson?: string;
  phones: readonly string[];
  moveOutDate?: string;
  deletedAt?: string;
}

/** Who answers for a unit, in order: the tenant living there, the owner, a company, family. */
const CONTACT_ORDER: readonly PersonKind[] = ['tenant', 'owner', 'company', 'family'];

/**
 * The unit's contact from the archive (the occupant: a tenant living there, else the owner, a
 * company's contact person, family), with a phone; people who moved out are skipped.
 */
export function unitContact(
  people: readonly ArchiveContact[],
): { name: string; phone: string } | undefined {
  const current = people.filter((p) => !p.moveOutDate && !p.deletedAt && p.phones.length > 0);
  for (const kind of CONTACT_ORDER) {
    const p = current.find((c) => c.kind === kind);
    if (p) return { name: p.contactPerson || p.name, phone: p.phones[0]! };
  }
  return undefined;
}

/**
 * What picking a unit fills into the contact fields: the unit's contact, only while the clerk
 * has typed neither a name nor a phone (what she typed is never replaced).
 */
export function contactToFill(
  typed: { contactName: string; contactPhone: string },
  people: readonly ArchiveContact[],
): { contactName: string; contactPhone: string } | undefined {
  if (typed.contactName.trim() || typed.contactPhone.trim()) return undefined;
  const c = unitContact(people);
  return c && { contactName: c.name, contactPhone: c.phone };
}

/** The fields of a case the work order is made from. */
export interface CaseForWorkOrder {
  kind: CaseKind;
  status: CaseStatus;
  no: string;
  customerName: string;
  customerPhone?: string;
  unitId?: string;
  unitCode?: string;
  content: string;
  department?: string;
  workOrderNo?: string;
}

/** Problems with turning a case into a work order (转派工单); empty when it may be. */
export function caseWorkOrderProblems(c: CaseForWorkOrder): string[] {
  if (c.kind !== 'complaint') return ['只有投诉可以转派工单'];
  if (c.workOrderNo) return [`该投诉已转派工单 ${c.workOrderNo}`];
  if (c.status !== 'open' && c.status !== 'dispatched') return ['该投诉已处理，不能再转派工单'];
  return [];
}

/**
 * A repair work order prefilled from the case: the customer as contact, the unit, what was
 * said as the problem, the case's department when it has one (by name, as work orders keep it).
 */
export function workOrderFromCase(
  c: CaseForWorkOrder,
  departments: readonly Department[],
): {
  unitId: string;
  unitCode: string;
  contactName: string;
  contactPhone: string;
  problem: string;
  place: RepairPlace;
  department?: string;
} {
  const department = departments.find((d) => d.code === c.department && d.active)?.name;
  return {
    unitId: c.unitId ?? '',
    unitCode: c.unitCode ?? '',
    contactName: c.customerName.slice(0, 30),
    contactPhone: c.customerPhone ?? '',
    problem: c.content.slice(0, 300),
    place: c.unitCode ? 'indoor' : 'public',
    ...(department ? { department } : {}),
  };
}

/** `YYYY-MM` of an office date, the month a completed order is sampled in. */
export function monthOf(officeDate: string): string {
  return officeDate.slice(0, 7);
}

/**
 * Search keys of a register row (work order, mail item, visit): its unit's keys as the archive
 * builds them, plus the given texts (number, names, phone digits) folded to lower case.
 */
export function registerTerms(unitCode: string, texts: readonly (string | undefined)[]): string[] {
  const unit = parseUnitCode(unitCode);
  const terms = unit ? unitSearchTerms(unit) : [];
  for (const t of texts) {
    const folded = (t ?? '').normalize('NFKC').trim().toLowerCase();
    if (folded === '') continue;
    terms.push(folded);
    const digits = folded.replace(/\D/g, '');
    if (digits.length >= 7) terms.push(digits, digits.slice(-4));
  }
  return [...new Set(terms)];
}

/** Thrown by the register repositories when a rule refuses an action; `message` is shown as is. */
export class RegisterRuleError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'RegisterRuleError';
  }
}

/** Throws a RegisterRuleError when there are problems. */
export function refuseIf(problems: readonly string[]): void {
  if (problems.length > 0) throw new RegisterRuleError(problems);
}
