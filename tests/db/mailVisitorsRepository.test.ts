import { describe, expect, it } from 'vitest';
import { RegisterRuleError } from '@shared/domain/repairs';
import { archiveClerk, makePerson, makeUnit } from '../fixtures/archive';
import { clerk } from '../fixtures/moneyActors';
import { makeTestRepos } from './makeTestDb';

const row = (unitCode: string, over: Record<string, unknown> = {}) => ({
  kind: 'letter',
  count: 1,
  unitCode,
  addressee: '',
  trackingNo: '',
  ...over,
});

describe('mail', () => {
  it('signs for a delivery in one go, finds items, notifies and hands them over', async () => {
    const repos = makeTestRepos();
    const items = await repos.mail.receiveBatch(clerk, {
      carrier: '邮政',
      items: [
        row('3-1-1201', { addressee: '张三', trackingNo: 'EMS123456789' }),
        row('3-1-1201', { kind: 'newspaper', count: 2 }),
        row('5-301'),
      ],
    });
    expect(new Set(items.map((i) => i.batchId)).size).toBe(1);
    expect((await repos.mail.waiting()).length).toBe(3);
    expect((await repos.mail.search('3-1-1201')).length).toBe(2);
    expect((await repos.mail.search('ems123')).map((i) => i.addressee)).toEqual(['张三']);

    const [a, b] = items;
    await repos.mail.notify(clerk, [a!.id, b!.id], 'phone', '张三');
    expect(await repos.mail.search('张三')).toMatchObject([
      { notifyMethod: 'phone', notifiedWho: '张三' },
    ]);
    await repos.mail.pickUp(clerk, [a!.id, b!.id], '张三家属');
    expect((await repos.mail.waiting()).map((i) => i.unitCode)).toEqual(['5-301']);
    await expect(repos.mail.pickUp(clerk, [a!.id], '张三')).rejects.toThrow('所选信件中有已领取的');
  });

  it('stores nothing of a delivery with a bad row', async () => {
    const repos = makeTestRepos();
    await expect(
      repos.mail.receiveBatch(clerk, {
        carrier: '顺丰',
        items: [row('1-101'), { ...row(' '), addressee: '王五' }],
      }),
    ).rejects.toThrow('请填写收件房号');
    expect(await repos.mail.waiting()).toEqual([]);
  });

  it('leaves out a blank row and lists the phones of the unit to ring', async () => {
    const repos = makeTestRepos();
    const unit = await repos.units.create(makeUnit(), archiveClerk);
    await repos.people.create(unit.id, makePerson({ phones: ['13800001111'] }), archiveClerk);
    await repos.people.create(
      unit.id,
      makePerson({ name: '张小三', kind: 'family', phones: [] }),
      archiveClerk,
    );
    const items = await repos.mail.receiveBatch(clerk, {
      carrier: '顺丰',
      items: [{ ...row(unit.code), kind: 'express' }, row('')],
    });
    expect(items.map((m) => [m.unitCode, m.kind])).toEqual([[unit.code, 'express']]);
    const contacts = await repos.mail.contacts(items.map((m) => m.id));
    expect(contacts.map((c) => [c.unitCode, c.people.map((p) => [p.name, p.phones])])).toEqual([
      [unit.code, [['张三', ['13800001111']]]],
    ]);
  });
});

const visitor = (over: Record<string, unknown> = {}) => ({
  name: '李四',
  idType: 'idCard',
  idNumber: '11010519491231002X',
  phone: '13900139000',
  unitCode: '3-1-1201',
  host: '张三',
  reason: '探亲',
  people: 1,
  ...over,
});

describe('visitors', () => {
  it('signs in, lists who is still inside, signs out once', async () => {
    const repos = makeTestRepos();
    const v = await repos.visitors.checkIn(clerk, visitor());
    await repos.visitors.checkIn(
      clerk,
      visitor({ name: '王五', idType: 'passport', idNumber: 'E12345678' }),
    );
    expect((await repos.visitors.inside()).map((x) => x.name)).toEqual(['李四', '王五']);
    await repos.visitors.checkOut(clerk, v.id);
    expect((await repos.visitors.inside()).map((x) => x.name)).toEqual(['王五']);
    await expect(repos.visitors.checkOut(clerk, v.id)).rejects.toBeInstanceOf(RegisterRuleError);
  });

  it('finds a frequent visitor by name or ID last 4, once per person, never by a full-ID prefix', async () => {
    const repos = makeTestRepos();
    await repos.visitors.checkIn(clerk, visitor());
    await repos.visitors.checkIn(clerk, visitor({ reason: '送货' }));
    const found = await repos.visitors.frequent('李');
    expect(found).toHaveLength(1);
    expect(found[0]?.reason).toBe('送货');
    expect(await repos.visitors.frequent('002x')).toHaveLength(1);
    expect(await repos.visitors.frequent('110105')).toHaveLength(0);
  });

  it('records a refusal with its reason, not as inside', async () => {
    const repos = makeTestRepos();
    await expect(repos.visitors.refuse(clerk, visitor(), ' ')).rejects.toThrow('请填写拒绝原因');
    const r = await repos.visitors.refuse(clerk, visitor(), '证件与本人不符');
    expect(r).toMatchObject({ status: 'refused', refusedReason: '证件与本人不符' });
    expect(await repos.visitors.inside()).toEqual([]);
  });
});
