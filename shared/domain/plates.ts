/**
 * Vehicle plates (车牌), checked as GA 36 writes them: the desk records what is on the car, so
 * the rule catches typing slips. Stored without separators (`粤BD12345`), shown with a dot
 * (`粤B·D12345`).
 *
 * Policy:
 * - Ordinary plates: province, issuing-office letter, five more; the letters I and O are never
 *   issued (they read as 1 and 0), the last may be 挂/学/警/港/澳/领/试/超.
 * - New-energy plates (新能源, green) have eight characters: a small car's third is its energy
 *   letter (D/A/B/C/E pure electric, F/G/H/J/K others), then a letter or digit and four digits
 *   (`粤BD12345`, `粤BFA1234`); a large car's five digits end in the energy letter (`粤B12345D`).
 */
import type { CheckResult } from './identity';

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
/** Letters a plate's serial may carry: I and O are never issued. */
const L = 'A-HJ-NP-Z';
const ENERGY = '[DABCEFGHJK]';
const REGULAR = new RegExp(`^[${PROVINCES}][A-Z][${L}0-9]{4}[${L}0-9挂学警港澳领试超]$`);
const NEW_ENERGY = new RegExp(`^[${PROVINCES}][A-Z](${ENERGY}[${L}0-9]\\d{4}|\\d{5}${ENERGY})$`);
/** Embassy (使) and armed-police (WJ) plates. */
const SPECIAL = new RegExp(`^(使\\d{6}|WJ[${PROVINCES}]?\\d{4}[0-9A-Z])$`);

/**
 * The plate's characters as a Traditional-script keyboard types them (a zh-TW desk): the plate
 * itself is in simplified characters.
 */
const TRADITIONAL: Readonly<Record<string, string>> = {
  滬: '沪',
  遼: '辽',
  雲: '云',
  魯: '鲁',
  蘇: '苏',
  贛: '赣',
  晉: '晋',
  陝: '陕',
  閩: '闽',
  貴: '贵',
  粵: '粤',
  寧: '宁',
  瓊: '琼',
  學: '学',
  領: '领',
  試: '试',
  掛: '挂',
};

/** Upper-case, full-width and Traditional folded, spaces and separators (·, -, .) removed. */
export function normalizePlate(input: string): string {
  return input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s·•・.-]/g, '')
    .replace(/./gu, (c) => TRADITIONAL[c] ?? c);
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

/** Whether a (valid) plate is a new-energy one: the register shows it green, as on the car. */
export function isNewEnergyPlate(plate: string): boolean {
  return NEW_ENERGY.test(normalizePlate(plate));
}

/**
 * The plates typed into one box (`粤B12345 粤B·D12345`, or with commas or 、): each as typed,
 * empty pieces dropped. A space inside one plate splits it, so the hint asks for separators.
 */
export function splitPlates(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[\s,;、]+/)
    .filter((p) => p !== '');
}
