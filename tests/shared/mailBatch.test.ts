import { describe, expect, it } from 'vitest';
import {
  MAIL_KINDS,
  isBlankMailRow,
  mailBatchInputSchema,
  mailRowProblems,
  notifyContacts,
} from '@shared/domain/mail';

const row = (over: Record<string, unknown> = {}) => ({
  kind: 'letter',
  count: 1,
  unitCode: '',
  addressee: '',
  trackingNo: '',
  ...over,
});

describe('a morning delivery typed as a batch', () => {
  it('knows 快递 as a kind of its own', () => {
    expect(MAIL_KINDS).toContain('express');
    const r = mailBatchInputSchema.parse({
      carrier: '顺丰',
      items: [row({ kind: 'express', unitCode: '3-1-1201', trackingNo: 'SF123' })],
    });
    expect(r.items.map((i) => i.kind)).toEqual(['express']);
  });

  it('leaves out the blank row Enter left at the end, whatever its kind and count', () => {
    expect(isBlankMailRow(row({ kind: 'parcel', count: 3 }))).toBe(true);
    expect(isBlankMailRow(row({ addressee: ' 张三 ' }))).toBe(false);
    const r = mailBatchInputSchema.parse({
      carrier: '邮政',
      items: [row({ unitCode: '3-1-1201' }), row({ kind: 'parcel' }), row({ unitCode: '5-301' })],
    });
    expect(r.items.map((i) => i.unitCode)).toEqual(['3-1-1201', '5-301']);
  });

  it('refuses a batch of blank rows only', () => {
    const r = mailBatchInputSchema.safeParse({ carrier: '邮政', items: [row()] });
    expect(r.error?.issues.map((i) => i.message)).toEqual(['至少登记一件']);
  });

  it('keeps each problem at the row it was typed in, past blank rows', () => {
    const r = mailBatchInputSchema.safeParse({
      carrier: '邮政',
      items: [row(), row({ unitCode: '1-101' }), row({ addressee: '李四', count: 0 })],
    });
    expect(r.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual([
      'items.2.count:至少 1 件',
      'items.2.unitCode:请填写收件房号',
    ]);
  });

  it('says in one Chinese line what is wrong with each row that cannot be signed for', () => {
    const problems = mailRowProblems([
      row(),
      row({ unitCode: '1-101' }),
      row({ addressee: '李四', count: 0 }),
    ]);
    expect([...problems]).toEqual([[2, '至少 1 件；请填写收件房号']]);
  });
});

describe('whom to ring about an item', () => {
  const people = [
    { name: '张三', kind: 'owner', phones: ['13800001111'] },
    { name: '张小三', kind: 'family', phones: [] },
    { name: '李四', kind: 'tenant', phones: ['0755-12345678'] },
    { name: '王五', kind: 'owner', phones: ['13900002222'], moveOutDate: '2026-10-01' },
  ];

  it('lists residents with a phone who still live there, the addressee first', () => {
    expect(notifyContacts(people, '李四').map((p) => p.name)).toEqual(['李四', '张三']);
    expect(notifyContacts(people).map((p) => p.name)).toEqual(['张三', '李四']);
  });
});
