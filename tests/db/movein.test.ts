import { describe, expect, it } from 'vitest';
import { MoveInRuleError } from '@shared/domain/movein';
import { archiveClerk } from '../fixtures/archive';
import { openMoveIn } from './moveInSteps';

const setup = () => openMoveIn({ applicantKind: 'agent', agentName: '李四' });

const fullChecklist = {
  documents: ['owner_id', 'notice', 'contract', 'authorisation', 'agent_id'],
  agreements: ['service', 'covenant', 'fire'],
  handedItems: ['handbook', 'diagrams'],
  keysHanded: 3,
  registrationFilled: true,
  meters: { water: 12, power: 345.5, gas: 3 },
  metersConfirmed: true,
};

describe('move-in (入住/交房)', () => {
  it('refuses to complete while the agent papers are missing', async () => {
    const { repos, m } = await setup();
    await repos.moveIns.saveChecklist(archiveClerk, m.id, {
      ...fullChecklist,
      documents: ['owner_id', 'notice', 'contract'],
    });
    const err = await repos.moveIns.complete(archiveClerk, m.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MoveInRuleError);
    expect((err as MoveInRuleError).problems).toEqual(['缺少资料：业主授权委托书、受托人身份证']);
  });

  it('completes with the property fee receipt, the unit occupied and the owner on file', async () => {
    const { repos, unit, m } = await setup();
    await repos.moveIns.saveChecklist(archiveClerk, m.id, fullChecklist);
    const done = await repos.moveIns.complete(archiveClerk, m.id, {
      requestId: 'movein-fee-1',
      amountFen: 86_400,
      method: 'wechat',
    });
    expect(done.status).toBe('completed');
    const receipt = await repos.receipts.get(done.feeReceiptId!);
    expect(receipt).toMatchObject({
      totalFen: 86_400,
      sourceId: m.id,
      itemCodes: ['property_fee'],
      unitCode: unit.code,
    });
    expect((await repos.units.get(unit.id))?.status).toBe('occupied');
    const people = await repos.people.listByUnit(unit.id);
    expect(people.map((p) => [p.kind, p.name, p.phones])).toEqual([
      ['owner', '张三', ['13812345678']],
    ]);
    await expect(
      repos.moveIns.saveChecklist(archiveClerk, m.id, { keysHanded: 1 }),
    ).rejects.toThrow('已办结');
  });

  it('turns an inspection defect into a work order and marks it fixed at the second inspection', async () => {
    const { repos, unit, m } = await setup();
    const withDefect = await repos.moveIns.addDefect(archiveClerk, m.id, {
      point: '窗户及玻璃',
      description: '主卧窗框渗水',
      department: '工程部',
    });
    const defect = withDefect.defects[0]!;
    const order = await repos.workOrders.get(defect.workOrderId!);
    expect(order).toMatchObject({ unitCode: unit.code, place: 'indoor', department: '工程部' });
    expect(order?.problem).toContain('主卧窗框渗水');
    const after = await repos.moveIns.secondInspection(archiveClerk, m.id, [defect.id]);
    expect(after.defects[0]?.fixedAt).toBeDefined();
    expect(after.secondInspectionAt).toBeDefined();
  });

  it('puts a unit in custody at 70% of the fee and records weekly checks', async () => {
    const { repos, unit, m } = await setup();
    const c = await repos.moveIns.startCustody(archiveClerk, m.id, {
      startMeters: { water: 10, power: 100 },
      monthlyFeeFen: 30_000,
    });
    expect(c.custody?.custodyFeeFen).toBe(21_000);
    expect((await repos.units.get(unit.id))?.status).toBe('custody');
    const checked = await repos.moveIns.custodyCheck(archiveClerk, m.id, {
      meters: { water: 11, power: 104 },
    });
    expect(checked.custody?.checks).toHaveLength(1);
  });
});
