import { describe, expect, it } from 'vitest';
import { dangerousItems, releasePassSchema } from '@shared/domain/releasePass';

describe('release pass rules', () => {
  it('finds dangerous goods by name', () => {
    expect(
      dangerousItems([
        { name: '旧沙发', quantity: 1 },
        { name: '液化气罐', quantity: 2 },
        { name: '桶装汽油', quantity: 1 },
      ]),
    ).toEqual([
      { name: '液化气罐', word: '液化气' },
      { name: '桶装汽油', word: '汽油' },
    ]);
  });
  it('needs a unit or a company and at least one item', () => {
    const r = releasePassSchema.safeParse({
      carrier: '李四',
      approvedBy: '张三',
      outAt: '2026-11-23T10:00',
      items: [],
    });
    expect(r.success).toBe(false);
    const messages = r.success ? [] : r.error.issues.map((i) => i.message);
    expect(messages).toContain('至少填写一件物品');
  });
  it('accepts a company pass', () => {
    const r = releasePassSchema.safeParse({
      company: '某某科技有限公司',
      carrier: '李四',
      approvedBy: '王经理',
      outAt: '2026-11-23T10:00',
      items: [{ name: '打印机', quantity: 2 }],
    });
    expect(r.success).toBe(true);
  });
  it('refuses a pass with neither unit nor company', () => {
    const r = releasePassSchema.safeParse({
      carrier: '李四',
      approvedBy: '王经理',
      outAt: '2026-11-23T10:00',
      items: [{ name: '打印机', quantity: 2 }],
    });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(['请填写房号或单位']);
  });
});
