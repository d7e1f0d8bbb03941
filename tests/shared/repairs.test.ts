import { describe, expect, it } from 'vitest';
import {
  checkCharge,
  checkComplete,
  checkRevisit,
  closeProblems,
  revisitDueOnCompletion,
  statusAfterRevisit,
  workOrderInputSchema,
  type WorkOrderState,
} from '@shared/domain/repairs';

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
  const base = {
    kind: 'repair',
    unitCode: '3-1-1201',
    contactName: '张三',
    contactPhone: '13800138000',
    problem: '厨房水龙头漏水',
    place: 'indoor',
    urgency: 'routine',
    paid: false,
    department: '工程部',
    appointment: '',
  } as const;

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

  it('says what keeps an order from closing', () => {
    expect(closeProblems(order())).toEqual(['尚未完工']);
    expect(
      closeProblems(order({ status: 'done', paid: true, chargeFen: 100, revisitRequired: true })),
    ).toEqual(['尚未收费', '尚未回访满意']);
    expect(closeProblems(order({ status: 'done' }))).toEqual([]);
  });
});
