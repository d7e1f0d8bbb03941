/**
 * Departments complaints and work orders are dispatched to, and the property profile printed on
 * every form (name, address, phone, logo, stamp text).
 */
import { z } from 'zod';
import { optionalField, optionalPhone } from './schemaHelpers';

/** A department of the settings list. */
export interface Department {
  /** Stable code stored on complaints and work orders. */
  code: string;
  /** Chinese name shown and printed. */
  name: string;
  active: boolean;
}

/** The departments named in the manuals (工程部/维修部, 保安部/安护部, 保洁, 绿化, 客服, 开发商). */
export const DEFAULT_DEPARTMENTS: readonly Department[] = [
  { code: 'engineering', name: '工程部', active: true },
  { code: 'security', name: '保安部', active: true },
  { code: 'cleaning', name: '保洁', active: true },
  { code: 'landscaping', name: '绿化', active: true },
  { code: 'customerService', name: '客服', active: true },
  { code: 'developer', name: '开发商', active: true },
];

/** One department of the settings list, Chinese messages. */
export const departmentSchema = z.object({
  code: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{1,39}$/, '编码只能用字母、数字和下划线'),
  name: z.string().trim().min(1, '请输入部门名称').max(20, '部门名称最多 20 个字'),
  active: z.boolean().default(true),
}) satisfies z.ZodType<Department, unknown>;

/** The department list: codes and names unique. */
export const departmentListSchema = z.array(departmentSchema).superRefine((list, ctx) => {
  const codes = new Set<string>();
  const names = new Set<string>();
  list.forEach((d, i) => {
    if (codes.has(d.code))
      ctx.addIssue({ code: 'custom', message: `编码重复：${d.code}`, path: [i, 'code'] });
    if (names.has(d.name))
      ctx.addIssue({ code: 'custom', message: `部门名称重复：${d.name}`, path: [i, 'name'] });
    codes.add(d.code);
    names.add(d.name);
  });
});

export const PROPERTY_KIND_KEYS = ['residential', 'office'] as const;
export type PropertyKind = (typeof PROPERTY_KIND_KEYS)[number];
export const PROPERTY_KINDS: Record<PropertyKind, string> = { residential: '小区', office: '大厦' };

/** Largest logo accepted, as data-URL text (about 200 KB of image). */
export const MAX_LOGO_DATA_URL_LENGTH = 280_000;
/** Raster images only: an SVG could carry script into print templates. */
const LOGO_DATA_URL = /^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+={0,2}$/;

/** The estate's profile, printed in form headers and on receipts. */
export const propertyProfileSchema = z.object({
  name: z
    .string('请输入物业项目名称')
    .trim()
    .min(1, '请输入物业项目名称')
    .max(60, '名称最多 60 个字'),
  kind: z.enum(PROPERTY_KIND_KEYS, '请选择小区或大厦').default('residential'),
  address: z.string().trim().max(120, '地址最多 120 个字').default(''),
  phone: optionalPhone,
  logoDataUrl: optionalField(
    z
      .string()
      .max(MAX_LOGO_DATA_URL_LENGTH, '图标图片过大，请小于 200 KB')
      .regex(LOGO_DATA_URL, '图标须为 PNG、JPEG、WebP 或 GIF 图片'),
  ),
  /** Text of the office stamp area on printed forms, e.g. `XX物业服务中心`. */
  stampText: z.string().trim().max(30, '印章文字最多 30 个字').default(''),
});
export type PropertyProfile = z.output<typeof propertyProfileSchema>;
