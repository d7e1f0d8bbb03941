/**
 * Units (房号) and the people attached to them (业户档案): unit codes and the archive's input
 * schemas, with Chinese messages.
 *
 * Policy:
 * - A unit code is building-entrance-room (`3-1-1201`), or building-room without an entrance
 *   (`3-1201`); the floor is not part of the code. Numeric building and entrance numbers lose
 *   leading zeros (`03栋` is building 3); letters are upper-case.
 * - Owners, tenants and companies need at least one phone (the desk must be able to call them
 *   about renovation, complaints and mail); family members may have none. A company needs a
 *   contact person.
 * - An ID number is checked by its type; an ID number without a type is taken as a 身份证
 *   (a 营业执照 for a company).
 */
import { BIDI_CONTROL_MESSAGE, hasBidiControl } from './textSafety';
import { z } from 'zod';
import {
  validateChineseIdNumber,
  validateCreditCode,
  validateHkMacauPermit,
  validatePassport,
  validatePhone,
  type CheckResult,
} from './identity';
import { validatePlate } from './plates';
import { checkedString, optionalField } from './schemaHelpers';
import { UNIT_TYPE_KEYS } from './billingSettings';
import { codesOf } from './codes';

export const UNIT_STATUSES = {
  vacant: '空置',
  occupied: '已入住',
  renovating: '装修中',
  custody: '托管',
};
export type UnitStatus = keyof typeof UNIT_STATUSES;
export const UNIT_STATUS_KEYS = codesOf(UNIT_STATUSES);

/**
 * The statuses that make a unit a household (入住户) for the 有效投诉率: every unit handed over
 * to its owner — lived in, being renovated, or held in custody. Vacant (unsold) units are not.
 */
export const HOUSEHOLD_STATUSES = [
  'occupied',
  'renovating',
  'custody',
] as const satisfies readonly UnitStatus[];

/** Whether a unit of `status` counts as a household. */
export function isHousehold(status: UnitStatus): boolean {
  return (HOUSEHOLD_STATUSES as readonly UnitStatus[]).includes(status);
}

/** The parts of a unit code. */
export interface UnitCodeParts {
  building: string;
  entrance?: string | undefined;
  room: string;
}

const BUILDING = /^[A-Z0-9\u4e00-\u9fff]{1,12}$/;
const ENTRANCE = /^[A-Z0-9]{1,4}$/;
const ROOM = /^[A-Z0-9]{1,8}$/;

function normalizeSegment(text: string): string {
  const t = text.normalize('NFKC').trim().toUpperCase();
  return /^\d+$/.test(t) ? String(Number(t)) : t;
}

/** `{ building: '3', entrance: '1', room: '1201' }` → `3-1-1201`; without entrance `3-1201`. */
export function formatUnitCode(parts: UnitCodeParts): string {
  const building = normalizeSegment(parts.building);
  const entrance = parts.entrance === undefined ? '' : normalizeSegment(parts.entrance);
  const room = parts.room.normalize('NFKC').trim().toUpperCase();
  return entrance ? `${building}-${entrance}-${room}` : `${building}-${room}`;
}

/**
 * Reads a unit typed by a clerk or found in a roster: `3-1-1201`, `3栋1单元1201室`, `3幢1201`,
 * `A座1201`, `3号楼2单元301`, full-width digits and dashes, spaces. Null when it is not a unit.
 */
export function parseUnitCode(text: string): UnitCodeParts | null {
  const t = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/[‐‑‒–—―~_/\\]/g, '-')
    .replace(/(室|房|号)$/, '')
    .replace(/号楼|栋|幢|座|单元/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  const segments = t.split('-');
  const [rawBuilding = '', a = '', b] = segments;
  const building = normalizeSegment(rawBuilding);
  if (segments.length < 2 || segments.length > 3 || !BUILDING.test(building)) return null;
  const entrance = b === undefined ? undefined : normalizeSegment(a);
  const room = b === undefined ? a : b;
  if ((entrance !== undefined && !ENTRANCE.test(entrance)) || !ROOM.test(room)) return null;
  return entrance === undefined ? { building, room } : { building, entrance, room };
}

/** The floor implied by a room number: `1201` → 12, `301` → 3; undefined when unclear. */
export function floorFromRoom(room: string): number | undefined {
  const m = /^(\d{1,3})\d{2}$/.exec(room.trim());
  return m ? Number(m[1]) : undefined;
}

function areaField(label: string) {
  return z
    .number(`${label}须为数字`)
    .min(0, `${label}不能为负数`)
    .max(100_000, `${label}过大`)
    .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, `${label}最多两位小数`);
}

/** A unit in the archive (the stored record adds its `code`). */
export const unitInputSchema = z.object({
  building: z
    .string('请输入楼栋')
    .transform(normalizeSegment)
    .pipe(
      z
        .string()
        .min(1, { error: '请输入楼栋', abort: true })
        .regex(BUILDING, '楼栋只能是字母、数字或汉字，如 3、A'),
    ),
  entrance: optionalField(
    z
      .string()
      .transform(normalizeSegment)
      .pipe(z.string().regex(ENTRANCE, '单元只能是 1–4 位字母或数字')),
  ),
  floor: optionalField(z.int('楼层须为整数').min(-10, '楼层无效').max(200, '楼层无效')),
  room: z
    .string('请输入房号')
    .transform((v) => v.normalize('NFKC').trim().toUpperCase())
    .pipe(
      z
        .string()
        .min(1, { error: '请输入房号', abort: true })
        .regex(ROOM, '房号只能是 1–8 位字母或数字'),
    ),
  status: z.enum(UNIT_STATUS_KEYS, '请选择房屋状态').default('occupied'),
  // What billing needs (issue 18): areas in ㎡ to the hundredth, the unit type for its rate.
  builtArea: optionalField(areaField('建筑面积')),
  innerArea: optionalField(areaField('室内面积')),
  unitType: optionalField(z.enum(UNIT_TYPE_KEYS, '请选择房屋类型')),
  // 是否有电梯 (another suite's room template carries it): unknown stays absent, not "no".
  hasElevator: optionalField(z.boolean('请选择是否有电梯')),
  notes: optionalField(z.string().trim().max(500, '备注最多 500 字')),
});
export type UnitInput = z.output<typeof unitInputSchema>;

export const PERSON_KINDS = { owner: '业主', tenant: '租户', family: '家属', company: '单位' };
export type PersonKind = keyof typeof PERSON_KINDS;
export const PERSON_KIND_KEYS = codesOf(PERSON_KINDS);

export const ID_TYPES = {
  idCard: '身份证',
  passport: '护照',
  hkMacauPermit: '港澳通行证',
  businessLicense: '营业执照',
  other: '其他',
};
export type IdType = keyof typeof ID_TYPES;
export const ID_TYPE_KEYS = codesOf(ID_TYPES);

/** 是否有电梯 as a roster or form answers it; stored as `hasElevator` true / false. */
export const ELEVATOR_ANSWERS = { yes: '有', no: '无' };
export type ElevatorAnswer = keyof typeof ELEVATOR_ANSWERS;
export const ELEVATOR_ANSWER_KEYS = codesOf(ELEVATOR_ANSWERS);

/** 性别: optional; the archive asks for it nowhere, another suite's export brings it. */
export const GENDERS = { male: '男', female: '女' };
export type Gender = keyof typeof GENDERS;
export const GENDER_KEYS = codesOf(GENDERS);

export const GRADES = { normal: '普通', major: '大客户', vip: 'VIP' };
export type CustomerGrade = keyof typeof GRADES;
export const GRADE_KEYS = codesOf(GRADES);

/** Checks an ID number against its type; `value` is the normalized number. */
export function validateIdByType(type: IdType, idNumber: string): CheckResult {
  switch (type) {
    case 'idCard':
      return validateChineseIdNumber(idNumber);
    case 'passport':
      return validatePassport(idNumber);
    case 'hkMacauPermit':
      return validateHkMacauPermit(idNumber);
    case 'businessLicense':
      return validateCreditCode(idNumber);
    case 'other': {
      const v = idNumber.normalize('NFKC').trim();
      return v.length >= 2 && v.length <= 30
        ? { ok: true, value: v }
        : { ok: false, error: '证件号码应为 2–30 个字符' };
    }
  }
}

/** The type an ID number is checked as when none was chosen. */
export function effectiveIdType(kind: PersonKind, idType: IdType | undefined): IdType {
  return idType ?? (kind === 'company' ? 'businessLicense' : 'idCard');
}

/** A person attached to a unit (the stored record adds `unitId`). */
export const personInputSchema = z
  .object({
    kind: z.enum(PERSON_KIND_KEYS, '请选择身份').default('owner'),
    name: z
      .string('请输入姓名')
      .trim()
      .min(1, '请输入姓名')
      .max(50, '姓名最多 50 个字')
      .refine((v) => !hasBidiControl(v), BIDI_CONTROL_MESSAGE),
    gender: optionalField(z.enum(GENDER_KEYS, '请选择性别')),
    contactPerson: optionalField(
      z
        .string()
        .trim()
        .max(50, '联系人最多 50 个字')
        .refine((v) => !hasBidiControl(v), BIDI_CONTROL_MESSAGE),
    ),
    phones: z.array(checkedString(validatePhone)).max(5, '最多登记 5 个电话').default([]),
    idType: optionalField(z.enum(ID_TYPE_KEYS, '请选择证件类型')),
    idNumber: optionalField(z.string().trim().max(40, '证件号码过长')),
    moveInDate: optionalField(z.iso.date('入住日期格式应为 YYYY-MM-DD')),
    plates: z.array(checkedString(validatePlate)).max(10, '最多登记 10 个车牌').default([]),
    notes: optionalField(z.string().trim().max(1000, '备注最多 1000 字')),
    grade: z.enum(GRADE_KEYS, '请选择客户等级').default('normal'),
  })
  .superRefine(
    (p, ctx) => {
      if (p.kind === 'company' && !p.contactPerson) {
        ctx.addIssue({ code: 'custom', message: '单位请填写联系人', path: ['contactPerson'] });
      }
      if (p.kind !== 'family' && Array.isArray(p.phones) && p.phones.length === 0) {
        ctx.addIssue({
          code: 'custom',
          message: `${PERSON_KINDS[p.kind] ?? '业主'}至少需要一个联系电话`,
          path: ['phones'],
        });
      }
      if (typeof p.idNumber === 'string' && ID_TYPE_KEYS.includes(p.idType ?? 'idCard')) {
        const r = validateIdByType(effectiveIdType(p.kind, p.idType), p.idNumber);
        if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error, path: ['idNumber'] });
      }
      // Run even when a field has the wrong type, so a form or roster row shows every problem.
    },
    { when: () => true },
  )
  .transform((p) => {
    if (p.idNumber === undefined)
      return { ...p, phones: [...new Set(p.phones)], plates: [...new Set(p.plates)] };
    const idType = effectiveIdType(p.kind, p.idType);
    const r = validateIdByType(idType, p.idNumber);
    return {
      ...p,
      idType,
      idNumber: r.ok ? r.value : p.idNumber,
      phones: [...new Set(p.phones)],
      plates: [...new Set(p.plates)],
    };
  });
export type PersonInput = z.output<typeof personInputSchema>;
