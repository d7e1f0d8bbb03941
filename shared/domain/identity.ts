/**
 * Identity documents and phone numbers: validation and masking of personal data.
 *
 * Policy:
 * - 身份证: 18 characters (GB 11643-1999): a known province code, a real birth date from
 *   1900 on (not in the future when `today` is given), and the ISO 7064 MOD 11-2 check
 *   character. First-generation 15-digit numbers stopped being valid on 1 January 2013, so
 *   they are refused; `upgradeOldIdNumber` gives the 18-digit form for the clerk to confirm.
 * - 统一社会信用代码 (营业执照): 18 characters with the GB 32100-2015 MOD 31 check character.
 * - 护照 and 港澳通行证: format only (they carry no check character we can verify).
 * - Phones: mainland mobiles (1[3-9] + 9 digits, +86 allowed), landlines with area code and
 *   optional extension (`0755-12345678-123`), local numbers without area code, 400/800 numbers.
 * - Lists show personal data masked: `110***********1234`, `138****5678`.
 */
import { z } from 'zod';
import { isoDateFromParts } from './officeTime';

export type CheckResult = { ok: true; value: string } | { ok: false; error: string };

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';
/** Province-level codes of GB/T 2260, plus 71 台湾, 81 香港, 82 澳门, 83 (港澳台居民居住证). */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
  53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
]);

function compact(input: string): string {
  return input.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}

/** The MOD 11-2 check character of the first 17 digits of a 身份证 number. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK_CHARS[sum % 11] ?? '';
}

/** Validates an 18-character 身份证 number; `value` is it normalized (trimmed, upper-case X). */
export function validateChineseIdNumber(input: string, opts: { today?: string } = {}): CheckResult {
  const id = compact(input);
  if (id === '') return { ok: false, error: '请输入身份证号' };
  if (/^\d{15}$/.test(id)) return { ok: false, error: '15 位旧身份证已停用，请登记 18 位身份证号' };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, error: '身份证号应为 18 位（末位可为 X）' };
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return { ok: false, error: '身份证号地区码无效' };
  const birth = isoDateFromParts(
    Number(id.slice(6, 10)),
    Number(id.slice(10, 12)),
    Number(id.slice(12, 14)),
  );
  if (
    !birth ||
    birth < '1900-01-01' ||
    (opts.today !== undefined && birth > opts.today.slice(0, 10))
  ) {
    return { ok: false, error: '身份证号出生日期无效' };
  }
  if (idCheckChar(id) !== id[17]) return { ok: false, error: '身份证号校验位不正确' };
  return { ok: true, value: id };
}

/** The 18-digit form of a valid-looking 15-digit 身份证 number (born 19xx), or null. */
export function upgradeOldIdNumber(input: string): string | null {
  const id = compact(input);
  if (!/^\d{15}$/.test(id)) return null;
  const first17 = `${id.slice(0, 6)}19${id.slice(6)}`;
  const upgraded = first17 + idCheckChar(first17);
  return validateChineseIdNumber(upgraded).ok ? upgraded : null;
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The GB 32100-2015 check character of the first 17 characters of a credit code. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(first17[i] ?? '') * (USCC_WEIGHTS[i] ?? 0);
  return USCC_CHARS[(31 - (sum % 31)) % 31] ?? '';
}

/** Validates a 统一社会信用代码 (the number on a 营业执照). */
export function validateCreditCode(input: string): CheckResult {
  const code = compact(input);
  if (code === '') return { ok: false, error: '请输入统一社会信用代码' };
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) {
    return { ok: false, error: '统一社会信用代码应为 18 位数字或大写字母' };
  }
  if (usccCheckChar(code) !== code[17]) return { ok: false, error: '统一社会信用代码校验位不正确' };
  return { ok: true, value: code };
}

/** Validates a passport number: 5–17 letters or digits (Chinese ones: E + 8 characters). */
export function validatePassport(input: string): CheckResult {
  const p = compact(input);
  if (p === '') return { ok: false, error: '请输入护照号码' };
  if (!/^[A-Z0-9]{5,17}$/.test(p)) return { ok: false, error: '护照号码应为 5–17 位字母或数字' };
  return { ok: true, value: p };
}

/**
 * Validates a 港澳通行证 number: the mainland resident's pass (C + 8 characters, old W + 8
 * digits) or the Hong Kong / Macao resident's home-return permit (H/M + 8 or 10 digits).
 */
export function validateHkMacauPermit(input: string): CheckResult {
  const p = compact(input);
  if (p === '') return { ok: false, error: '请输入通行证号码' };
  if (!/^(C[A-Z0-9]\d{7}|W\d{8}|[HM]\d{8}(\d{2})?)$/.test(p)) {
    return { ok: false, error: '港澳通行证号码格式不正确' };
  }
  return { ok: true, value: p };
}

export type PhoneKind = 'mobile' | 'landline';
export type PhoneResult =
  { ok: true; value: string; kind: PhoneKind } | { ok: false; error: string };

function phoneDigits(input: string): string {
  return input.normalize('NFKC').replace(/[\s\-()（）]/g, '');
}

/** Validates a mainland mobile number; `value` is the 11 digits (a +86 / 0086 prefix is dropped). */
export function validateMobile(input: string): CheckResult {
  const digits = phoneDigits(input).replace(/^(\+86|0086)/, '');
  if (digits === '') return { ok: false, error: '请输入手机号' };
  if (!/^1[3-9]\d{9}$/.test(digits)) return { ok: false, error: '手机号应为 1 开头的 11 位数字' };
  return { ok: true, value: digits };
}

/**
 * Validates a landline: `0755-12345678`, `(0755)12345678`, `0755 1234 5678`, `010-1234567-8001`
 * (or `…转8001`), a local number without area code (7–8 digits), or `400-123-4567`.
 * `value` is `area-number(-ext)`, e.g. `0755-12345678`, `010-1234567-8001`, `87654321`.
 */
export function validateLandline(input: string): CheckResult {
  let t = input.normalize('NFKC').trim().replace(/[(]/g, '').replace(/[)]/g, '-');
  let ext = '';
  const extMatch = /\s*(?:转|分机|ext\.?|#)\s*(\d{1,6})$/i.exec(t);
  if (extMatch) {
    ext = extMatch[1] ?? '';
    t = t.slice(0, extMatch.index);
  }
  t = t.replace(/\s+/g, '');
  const service = t.replace(/-/g, '');
  if (!ext && /^[48]00\d{7}$/.test(service)) {
    return { ok: true, value: `${service.slice(0, 3)}-${service.slice(3, 6)}-${service.slice(6)}` };
  }
  const m = /^(?:(010|02\d|0[3-9]\d{2})-?)?([1-9]\d{6,7})(?:-(\d{1,6}))?$/.exec(t);
  if (!m || (ext && m[3])) return { ok: false, error: '固定电话格式不正确，如 0755-12345678' };
  const [, area, number = '', dashExt] = m;
  return { ok: true, value: [area, number, ext || dashExt].filter((p) => p).join('-') };
}

/** A mobile or landline number, whichever it is. */
export function validatePhone(input: string): PhoneResult {
  if (phoneDigits(input) === '') return { ok: false, error: '请输入电话号码' };
  const mobile = validateMobile(input);
  if (mobile.ok) return { ...mobile, kind: 'mobile' };
  const landline = validateLandline(input);
  if (landline.ok) return { ...landline, kind: 'landline' };
  return { ok: false, error: '电话号码格式不正确（手机 11 位，座机如 0755-12345678）' };
}

function maskMiddle(text: string, keepStart: number, keepEnd: number): string {
  if (text.length <= keepStart + keepEnd) return '*'.repeat(text.length);
  return (
    text.slice(0, keepStart) + '*'.repeat(text.length - keepStart - keepEnd) + text.slice(-keepEnd)
  );
}

/**
 * Masks an ID number for lists: 18 characters keep the first 3 and last 4
 * (`110***********1234`); shorter numbers (passports) keep 2 and 2; very short ones are starred.
 */
export function maskIdNumber(id: string): string {
  const t = id.trim();
  // Already masked (a list read below manager, issue 15): masking again would hide more.
  if (t.includes('*')) return t;
  if (t.length >= 15) return maskMiddle(t, 3, 4);
  if (t.length >= 7) return maskMiddle(t, 2, 2);
  return '*'.repeat(t.length);
}

/**
 * Masks a phone for lists: a mobile keeps 3 + 4 (`138****5678`); a landline keeps its area code
 * and the last 4 digits of the number (`0755-****5678`); an extension is dropped.
 */
export function maskPhone(phone: string): string {
  const t = phone.trim();
  if (t.includes('*')) return t;
  if (/^\d{11}$/.test(t)) return maskMiddle(t, 3, 4);
  const [first = '', ...rest] = t.split('-');
  if (/^0\d{2,3}$/.test(first) && rest.length > 0)
    return `${first}-${maskMiddle(rest[0] ?? '', 0, 4)}`;
  if (/^[48]00$/.test(first) && rest.length > 0)
    return `${first}-${maskMiddle(rest.join(''), 0, 4)}`;
  return maskMiddle(first, 0, 4);
}

/** Masks a name for lists and printed revisit sheets: 张三 → 张*, 欧阳娜娜 → 欧**娜. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.length ? '*' : '';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/**
 * A trimmed text field that is blank, or valid by `check` and then stored as `check`'s
 * normalized value; `required` is the message when blank. The shape of `phoneText` and
 * `idCardText`, kept in one place so both fields behave alike.
 */
function checkedText(check: (value: string) => CheckResult, opts: { required?: string }) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (value === '') {
        if (opts.required) ctx.addIssue({ code: 'custom', message: opts.required });
        return;
      }
      const r = check(value);
      if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error });
    })
    .transform((value) => {
      const r = value === '' ? null : check(value);
      return r?.ok ? r.value : value;
    });
}

/**
 * The phone field of every form (archive, visitors, complaints, work orders, key loans, release
 * passes, move-in, renovation …): blank, or a mobile or landline by `validatePhone`, stored in
 * its normalized form (`13812345678`, `0755-12345678`). `required` is the message when blank.
 */
export function phoneText(opts: { required?: string } = {}) {
  return checkedText(validatePhone, opts);
}

/**
 * A 身份证 number field where no type is asked for (a renovation worker's pass): blank, or an
 * 18-character number by `validateChineseIdNumber`, stored normalized (upper-case X).
 * Forms with an ID type check the number by its type (`validateIdByType` in units.ts), which
 * uses the same validators.
 */
export function idCardText(opts: { required?: string } = {}) {
  return checkedText((value) => validateChineseIdNumber(value), opts);
}

/**
 * A person's contact data as lists may hold it: ID number and phones masked. Lists get this;
 * only the record itself and a manager's full export read the stored values.
 */
export function maskContacts<T extends { idNumber?: string; phones: readonly string[] }>(
  person: T,
): T {
  return {
    ...person,
    phones: person.phones.map(maskPhone),
    ...(person.idNumber ? { idNumber: maskIdNumber(person.idNumber) } : {}),
  };
}
