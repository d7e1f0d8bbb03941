import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEPARTMENTS,
  departmentListSchema,
  propertyProfileSchema,
} from '@shared/domain/departments';

describe('departments', () => {
  it('has the manuals’ departments', () => {
    expect(DEFAULT_DEPARTMENTS.map((d) => d.name)).toEqual([
      '工程部',
      '保安部',
      '保洁',
      '绿化',
      '客服',
      '开发商',
    ]);
    expect(departmentListSchema.safeParse(DEFAULT_DEPARTMENTS).success).toBe(true);
  });

  it('refuses duplicate codes and names', () => {
    const r = departmentListSchema.safeParse([
      { code: 'engineering', name: '工程部' },
      { code: 'engineering', name: '工程部' },
    ]);
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      '编码重复：engineering',
      '部门名称重复：工程部',
    ]);
  });

  it('refuses an empty name', () => {
    expect(
      departmentListSchema.safeParse([{ code: 'x1', name: ' ' }]).error?.issues[0]?.message,
    ).toBe('请输入部门名称');
  });
});

describe('property profile', () => {
  it('fills defaults and normalizes the phone', () => {
    expect(
      propertyProfileSchema.parse({ name: ' 阳光花园 ', phone: '0755 1234 5678', logoDataUrl: '' }),
    ).toEqual({
      name: '阳光花园',
      kind: 'residential',
      address: '',
      phone: '0755-12345678',
      stampText: '',
    });
  });

  it('accepts a PNG logo and an office tower', () => {
    const p = propertyProfileSchema.parse({
      name: '国贸大厦',
      kind: 'office',
      logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
    });
    expect(p.kind).toBe('office');
    expect(p.logoDataUrl).toBe('data:image/png;base64,iVBORw0KGgo=');
  });

  it('refuses SVG logos, bad phones and a missing name', () => {
    const r = propertyProfileSchema.safeParse({
      name: '',
      phone: '12345',
      logoDataUrl: 'data:image/svg+xml;base64,PHN2Zz4=',
    });
    expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['name', '请输入物业项目名称'],
      ['phone', '电话号码格式不正确（手机 11 位，座机如 0755-12345678）'],
      ['logoDataUrl', '图标须为 PNG、JPEG、WebP 或 GIF 图片'],
    ]);
  });

  it('refuses an oversized logo', () => {
    const big = `data:image/png;base64,${'A'.repeat(300_000)}`;
    expect(
      propertyProfileSchema.safeParse({ name: 'X', logoDataUrl: big }).error?.issues[0]?.message,
    ).toBe('图标图片过大，请小于 200 KB');
  });
});
