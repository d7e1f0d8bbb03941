import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { codesOf } from '@shared/domain/codes';
import { ID_TYPE_KEYS, ID_TYPES } from '@shared/domain/units';

describe('codesOf', () => {
  it('gives the codes of a set of names in the order written', () => {
    expect(codesOf({ b: '乙', a: '甲', c: '丙' })).toEqual(['b', 'a', 'c']);
  });

  it('keeps a register’s codes and names one list: every code has its name', () => {
    expect(ID_TYPE_KEYS).toEqual(Object.keys(ID_TYPES));
    expect(ID_TYPE_KEYS[0]).toBe('idCard');
  });

  it('serves z.enum: a code outside the set is refused', () => {
    const schema = z.enum(codesOf({ open: '待处理', closed: '已关闭' }));
    expect(schema.parse('open')).toBe('open');
    expect(schema.safeParse('lost').success).toBe(false);
  });

  it('refuses an empty set', () => {
    expect(() => codesOf({})).toThrow('at least one code');
  });
});
