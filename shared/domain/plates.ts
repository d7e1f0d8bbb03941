/**
 * Vehicle plates (车牌), checked loosely: the desk records what is on the car, so the rule only
 * catches typing slips. Stored without separators (`粤BD12345`), shown with a dot (`粤B·D12345`).
 */
import type { CheckResult } from './identity';

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
/** Ordinary plates: province + letter + 5 (last may be 挂/学/警/港/澳/领/试/超). */
const REGULAR = new RegExp(`^[${PROVINCES}][A-Z][A-Z0-9]{4}[A-Z0-9挂学警港澳领试超]$`);
/** New-energy plates (新能源): province + letter + 6. */
const NEW_ENERGY = new RegExp(`^[${PROVINCES}][A-Z][A-Z0-9]{6}$`);
/** Embassy (使) and armed-police (WJ) plates. */
const SPECIAL = new RegExp(`^(使\\d{6}|WJ[${PROVINCES}]?\\d{4}[0-9A-Z])$`);

/** Upper-case, full-width folded, spaces and separators (·, -, .) removed. */
export function normalizePlate(input: string): string {
  return input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s·•・.-]/g, '');
}

/** Validates a plate; `value` is the normalized form. */
export function validatePlate(input: string): CheckResult {
  const plate = normalizePlate(input);
  if (plate === '') return { ok: false, error: '请输入车牌号' };
  if (REGULAR.test(plate) || NEW_ENERGY.test(plate) || SPECIAL.test(plate))
    return { ok: true, value: plate };
  return { ok: false, error: '车牌号格式不正确，如 粤B12345 或 粤B·D12345' };
}

/** Display form with the dot after the issuing office: `粤BD12345` → `粤B·D12345`. */
export function formatPlate(plate: string): string {
  const p = normalizePlate(plate);
  return /^[^A-Z0-9][A-Z]/.test(p) && p.length > 2 ? `${p.slice(0, 2)}·${p.slice(2)}` : p;
}
