import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/domain/record';
import {
  changeLines,
  formatValue,
  recordName,
} from '../../../renderer/src/features/audit/formatChanges';

const UNIT_ID = '3f2b8c1e-6a4d-4f0e-9b7a-1c2d3e4f5a6b';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

function entry(table: string, changes: Record<string, [unknown, unknown]>): AuditEntry {
  return {
    id: 'e1',
    at: '2026-11-17T02:30:00.000Z',
    actorId: 'a1',
    actorName: '王经理',
    action: 'create',
    table,
    recordId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
    changes,
  };
}

const receipt = entry('receipts', {
  id: [undefined, '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a'],
  no: [undefined, 'SJ2026-0001'],
  kind: [undefined, 'receipt'],
  status: [undefined, 'valid'],
  method: [undefined, 'wechat'],
  payerKind: [undefined, 'person'],
  payerName: [undefined, '李四'],
  unitId: [undefined, UNIT_ID],
  unitCode: [undefined, '3-1-1201'],
  issuedAt: [undefined, '2026-11-17T02:30:00.000Z'],
  totalFen: [undefined, 102000],
  itemCodes: [undefined, ['renovationDepositOwner']],
  requestId: [undefined, 'req-1'],
  source: [undefined, { kind: 'renovation', label: 'ZX-202611-0001' }],
  lines: [
    undefined,
    [
      {
        code: 'renovationDepositOwner',
        name: '装修保证金（业主）',
        quantity: 1,
        unitFen: 100000,
        amountFen: 100000,
        refundable: true,
      },
    ],
  ],
  terms: [undefined, ['sj2026-0001', '李四']],
});

describe('the audit log in words', () => {
  it('names fields in Chinese, codes as their labels, money in 元, times in office time', () => {
    const lines = changeLines(receipt);
    const text = lines.map((l) => `${l.field}：${l.after}`);
    expect(text).toContain('单号：SJ2026-0001');
    expect(text).toContain('类型：收据');
    expect(text).toContain('状态：有效');
    expect(text).toContain('方式：微信');
    expect(text).toContain('缴款方：个人');
    expect(text).toContain('房号：3-1-1201');
    expect(text).toContain('开具时间：2026-11-17 10:30');
    expect(text).toContain('合计：1,020.00 元');
    expect(text).toContain('来源：类型：装修，说明：ZX-202611-0001');
    expect(text).toContain(
      '收费项目：名称：装修保证金（业主），数量：1，单价：1,000.00 元，金额：1,000.00 元，可退：是',
    );
    const all = JSON.stringify(lines);
    // No ids, search keys, raw field names or JSON.
    expect(all).not.toMatch(UUID);
    expect(lines.map((l) => l.after).join('')).not.toContain('{');
    for (const raw of ['unitId', 'terms', 'itemCodes', 'requestId', 'renovationDepositOwner'])
      expect(all).not.toContain(raw);
  });

  it('words the same code by its table', () => {
    expect(formatValue('cases', 'status', 'open')).toBe('待处理');
    expect(formatValue('mailItems', 'status', 'waiting')).toBe('待领取');
    expect(formatValue('units', 'status', 'occupied')).toBe('已入住');
    expect(formatValue('renovations', 'state', 'pendingReview')).toBe('待审批');
    expect(formatValue('workOrders', 'urgency', 'emergency')).toBe('紧急抢修');
    expect(formatValue('people', 'idType', 'idCard')).toBe('身份证');
    expect(formatValue('moveIns', 'meters', { water: 12, power: 340 })).toBe('水表：12，电表：340');
  });

  it('an id is left out, a change to an id shows as empty on that side', () => {
    expect(formatValue('people', 'unitId', UNIT_ID)).toBeUndefined();
    const lines = changeLines({
      ...receipt,
      action: 'update',
      changes: { unitId: [UNIT_ID, '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e'] },
    });
    expect(lines).toEqual([]);
  });

  it('names the record by its number or name where the entry has it', () => {
    expect(recordName(receipt)).toBe('SJ2026-0001');
    expect(recordName(entry('people', { name: [undefined, '唐晓东'] }))).toBe('唐晓东');
    expect(recordName(entry('receipts', { printCount: [0, 1] }))).toBeUndefined();
  });
});
