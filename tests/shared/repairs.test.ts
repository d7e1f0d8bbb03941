import { describe, expect, it } from 'vitest';
import { DEFAULT_DEPARTMENTS } from '@shared/domain/departments';
import {
  caseWorkOrderProblems,
  checkCharge,
  checkComplete,
  checkRevisit,
  closeProblems,
  contactToFill,
  unitContact,
  workOrderFromCase,
  type ArchiveContact,
  type CaseForWorkOrder,
  revisitDueOnCompletion,
  statusAfterRevisit,
  workOrderInputSchema,
  type WorkOrderState,
} from '@shared/domain/repairs';
import { WORK_ORDER_INTAKE } from '../fixtures/workOrders';

const order = (over: Partial<WorkOrderState> = {}): WorkOrderState => ({
  kind: 'repair',
  status: 'open',
  urgency: 'routine',
  paid: false,
  revisitRequired: false,
  ...over,
});
const result = { workDone: '换水龙头', materials: '', worker: '李师傅', customerSigned: true };

describe('work order intake', () => {
  const base = WORK_ORDER_INTAKE;

  it('accepts a complete repair', () => {
    expect(workOrderInputSchema.safeParse(base).success).toBe(true);
  });

  it('asks for the unit of an indoor repair, a service type and a charge for paid services', () => {
    const r = workOrderInputSchema.safeParse({
      ...base,
      kind: 'paidService',
      unitCode: '',
      appointment: '明天',
    });
    expect(r.success).toBe(false);
    const messages = r.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(messages).toEqual([
      'unitCode:户内维修请填写房号',
      'paid:有偿服务须收费',
      'serviceType:请选择服务项目',
      'appointment:预约时间格式为 2026-11-23 14:00',
    ]);
  });

  it('takes a public-area repair without a unit', () => {
    expect(workOrderInputSchema.safeParse({ ...base, place: 'public', unitCode: '' }).success).toBe(
      true,
    );
  });
});

describe('work order steps', () => {
  it('records a result only on an open order, with a charge exactly when paid', () => {
    expect(checkComplete(order(), { ...result, chargeFen: 0 })).toEqual([]);
    expect(checkComplete(order({ paid: true }), { ...result, chargeFen: 0 })).toEqual([
      '有偿工作单请填写收费金额',
    ]);
    expect(checkComplete(order(), { ...result, chargeFen: 500 })).toEqual(['无偿工作单不能收费']);
    expect(checkComplete(order({ status: 'done' }), { ...result, chargeFen: 0 })).toEqual([
      '只有处理中的工作单可以填写结果',
    ]);
  });

  it('makes an emergency repair due for revisit on completion', () => {
    expect(revisitDueOnCompletion({ urgency: 'emergency' })).toBe(true);
    expect(revisitDueOnCompletion({ urgency: 'routine' })).toBe(false);
  });

  it('charges a paid order once, after its result', () => {
    expect(checkCharge(order({ paid: true }))).toEqual(['请先填写处理结果和收费金额']);
    expect(checkCharge(order({ paid: true, status: 'done', chargeFen: 3000 }))).toEqual([]);
    expect(
      checkCharge(order({ paid: true, status: 'done', chargeFen: 3000, receiptId: 'r' })),
    ).toEqual(['该工作单已收费']);
    expect(checkCharge(order())).toEqual(['无偿工作单不收费']);
  });

  it('reopens on "not satisfied" and closes on "satisfied" when nothing else is left', () => {
    const done = order({ status: 'done', revisitRequired: true });
    expect(checkRevisit(done, 'unsatisfied', ' ')).toEqual(['不满意请填写原因']);
    expect(statusAfterRevisit(done, 'unsatisfied')).toBe('open');
    expect(statusAfterRevisit(done, 'satisfied')).toBe('closed');
    expect(statusAfterRevisit({ ...done, paid: true, chargeFen: 100 }, 'satisfied')).toBe('done');
  });

  it('revisits a closed order the month sample picked afterwards; 不满意 reopens it', () => {
    const sampled = order({ status: 'closed', revisitRequired: true, revisitDue: true });
    expect(checkRevisit(sampled, 'satisfied', '')).toEqual([]);
    expect(statusAfterRevisit(sampled, 'satisfied')).toBe('closed');
    expect(statusAfterRevisit(sampled, 'unsatisfied')).toBe('open');
    // A closed order nobody picked is not revisited again; neither is one still being worked on.
    expect(checkRevisit(order({ status: 'closed' }), 'satisfied', '')).toEqual([
      '只有已完工或待回访的工作单可以回访',
    ]);
    expect(checkRevisit(order({ revisitDue: true }), 'satisfied', '')).toHaveLength(1);
  });

  it('says what keeps an order from closing', () => {
    expect(closeProblems(order())).toEqual(['尚未完工']);
    expect(
      closeProblems(order({ status: 'done', paid: true, chargeFen: 100, revisitRequired: true })),
    ).toEqual(['尚未收费', '尚未回访满意']);
    expect(closeProblems(order({ status: 'done' }))).toEqual([]);
  });
});

const person = (over: Partial<ArchiveContact>): ArchiveContact => ({
  kind: 'owner',
  name: '张三',
  phones: ['13800138000'],
  ...over,
});

describe('the contact of a picked unit', () => {
  it('is the occupant: a tenant living there before the owner; moved-out people are skipped', () => {
    const owner = person({ name: '张业主' });
    const tenant = person({ kind: 'tenant', name: '李租户', phones: ['13900139000'] });
    expect(unitContact([owner, tenant])).toEqual({ name: '李租户', phone: '13900139000' });
    expect(unitContact([owner, { ...tenant, moveOutDate: '2026-10-01' }])).toEqual({
      name: '张业主',
      phone: '13800138000',
    });
    expect(
      unitContact([person({ kind: 'company', name: '顺达科技', contactPerson: '王经理' })]),
    ).toEqual({ name: '王经理', phone: '13800138000' });
    expect(unitContact([person({ kind: 'family', phones: [] })])).toBeUndefined();
  });

  it('fills the contact only while the clerk has typed none', () => {
    const people = [person({})];
    expect(contactToFill({ contactName: '', contactPhone: ' ' }, people)).toEqual({
      contactName: '张三',
      contactPhone: '13800138000',
    });
    expect(contactToFill({ contactName: '王五', contactPhone: '' }, people)).toBeUndefined();
    expect(contactToFill({ contactName: '', contactPhone: '139' }, people)).toBeUndefined();
    expect(contactToFill({ contactName: '', contactPhone: '' }, [])).toBeUndefined();
  });
});

describe('a complaint turned into a work order (转派工单)', () => {
  const complaint = (over: Partial<CaseForWorkOrder> = {}): CaseForWorkOrder => ({
    kind: 'complaint',
    status: 'open',
    no: 'TS-202611-0003',
    customerName: '张三',
    customerPhone: '13800138000',
    unitId: 'u1',
    unitCode: '3-1-1201',
    content: '楼上漏水到我家卫生间',
    department: 'engineering',
    ...over,
  });

  it('is allowed once, for a complaint still being handled', () => {
    expect(caseWorkOrderProblems(complaint())).toEqual([]);
    expect(caseWorkOrderProblems(complaint({ status: 'dispatched' }))).toEqual([]);
    expect(caseWorkOrderProblems(complaint({ status: 'closed' }))).toEqual([
      '该投诉已处理，不能再转派工单',
    ]);
    expect(caseWorkOrderProblems(complaint({ workOrderNo: 'WX-202611-0001' }))).toEqual([
      '该投诉已转派工单 WX-202611-0001',
    ]);
    expect(caseWorkOrderProblems(complaint({ kind: 'suggestion' }))).toEqual([
      '只有投诉可以转派工单',
    ]);
  });

  it('is prefilled from the case: contact, unit, problem, the department by name', () => {
    expect(workOrderFromCase(complaint(), DEFAULT_DEPARTMENTS)).toEqual({
      unitId: 'u1',
      unitCode: '3-1-1201',
      contactName: '张三',
      contactPhone: '13800138000',
      problem: '楼上漏水到我家卫生间',
      place: 'indoor',
      department: '工程部',
    });
    const publicArea = workOrderFromCase(
      complaint({ unitId: undefined, unitCode: undefined, department: undefined }),
      DEFAULT_DEPARTMENTS,
    );
    expect(publicArea).toMatchObject({ unitCode: '', place: 'public' });
    expect(publicArea.department).toBeUndefined();
  });
});
