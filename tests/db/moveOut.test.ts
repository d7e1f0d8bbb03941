import { afterEach, describe, expect, it, vi } from 'vitest';
import { MoveInRuleError } from '@shared/domain/movein';
import { archiveClerk } from '../fixtures/archive';
import { manager } from '../fixtures/backup';
import { openMoveIn } from './moveInSteps';

/** A completed move-in of 3 keys on a vacant unit. */
async function handedOver() {
  const { repos, unit, m } = await openMoveIn();
  await repos.moveIns.saveChecklist(archiveClerk, m.id, {
    documents: ['owner_id', 'notice', 'contract'],
    agreements: ['service', 'covenant', 'fire'],
    keysHanded: 3,
    registrationFilled: true,
    meters: { water: 10, power: 100 },
    metersConfirmed: true,
  });
  await repos.moveIns.complete(archiveClerk, m.id);
  return { repos, unit, m };
}

const moveOut = {
  keysReturned: 1,
  lostKeyFen: 5_000,
  forwardingAddress: '上海市浦东新区 100 号',
  requestId: 'moveout-1',
  method: 'cash' as const,
};

afterEach(() => {
  vi.useRealTimers();
});

describe('move-out (退租/迁出)', () => {
  it('charges the two missing keys through the ledger and leaves the unit vacant', async () => {
    const { repos, unit, m } = await handedOver();
    const out = await repos.moveIns.moveOut(archiveClerk, m.id, moveOut);
    expect(out.moveOut).toMatchObject({
      keysReturned: 1,
      missingKeys: 2,
      chargeFen: 10_000,
      forwardingAddress: '上海市浦东新区 100 号',
      byName: '周前台',
    });
    const receipt = await repos.receipts.get(out.moveOut!.chargeReceiptId!);
    expect(receipt).toMatchObject({
      no: out.moveOut!.chargeReceiptNo,
      totalFen: 10_000,
      itemCodes: ['lost_key'],
      sourceId: m.id,
      payerName: '张三',
    });
    expect((await repos.units.get(unit.id))?.status).toBe('vacant');
    // The applicant is marked moved out (kept in the archive); nobody else on the unit is.
    const people = await repos.people.listByUnit(unit.id);
    expect(people.filter((p) => p.moveOutDate).map((p) => p.name)).toEqual(['张三']);
    await expect(repos.moveIns.moveOut(archiveClerk, m.id, moveOut)).rejects.toThrow('已办理迁出');
  });

  it('takes no money when every key is back, and refuses a count above the handed one', async () => {
    const { repos, m } = await handedOver();
    const err = await repos.moveIns
      .moveOut(archiveClerk, m.id, { ...moveOut, keysReturned: 4 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MoveInRuleError);
    expect((err as MoveInRuleError).problems).toEqual(['退还钥匙 4 把多于交房时的 3 把']);
    const out = await repos.moveIns.moveOut(archiveClerk, m.id, { ...moveOut, keysReturned: 3 });
    expect(out.moveOut).toMatchObject({ missingKeys: 0, chargeFen: 0 });
    expect(out.moveOut?.chargeReceiptId).toBeUndefined();
    expect(await repos.search.query('SJ', 10)).toEqual([]);
  });
});

describe('custody end (结束托管)', () => {
  it('charges the months at the configured rate and returns the unit to occupied', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T02:00:00.000Z'));
    const { repos, unit, m } = await handedOver();
    await repos.settings.set('custody', { feePercent: 60, waterLimit: 5, powerLimit: 20 }, manager);
    const started = await repos.moveIns.startCustody(archiveClerk, m.id, {
      startMeters: { water: 10, power: 100 },
      monthlyFeeFen: 25_000,
    });
    expect(started.custody?.custodyFeeFen).toBe(15_000);
    expect((await repos.units.get(unit.id))?.status).toBe('custody');
    await expect(repos.moveIns.moveOut(archiveClerk, m.id, moveOut)).rejects.toThrow('仍在托管中');

    // 1 March → 10 May: two whole months and a begun third.
    vi.setSystemTime(new Date('2026-05-10T02:00:00.000Z'));
    const ended = await repos.moveIns.endCustody(archiveClerk, m.id, {
      endMeters: { water: 13, power: 110 },
      requestId: 'custody-end-1',
      method: 'wechat',
    });
    expect(ended.custody).toMatchObject({ months: 3, endMeters: { water: 13, power: 110 } });
    const receipt = await repos.receipts.get(ended.custody!.feeReceiptId!);
    expect(receipt).toMatchObject({ totalFen: 45_000, itemCodes: ['property_fee'] });
    expect(receipt?.note).toBe('托管期物业费 60%，3 个月');
    expect((await repos.units.get(unit.id))?.status).toBe('occupied');
    await expect(
      repos.moveIns.endCustody(archiveClerk, m.id, {
        endMeters: { water: 13, power: 110 },
        requestId: 'custody-end-2',
        method: 'wechat',
      }),
    ).rejects.toThrow('不在托管中');
  });

  it('refuses end readings below the start', async () => {
    const { repos, m } = await handedOver();
    await repos.moveIns.startCustody(archiveClerk, m.id, {
      startMeters: { water: 10, power: 100 },
      monthlyFeeFen: 25_000,
    });
    await expect(
      repos.moveIns.endCustody(archiveClerk, m.id, {
        endMeters: { water: 9, power: 100 },
        requestId: 'r',
        method: 'cash',
      }),
    ).rejects.toThrow('读数不能小于');
  });
});
