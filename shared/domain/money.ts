/**
 * Money at the desk: amounts are integer fen (分) everywhere; text typed by a clerk is parsed
 * digit by digit (never through floating point), and receipts print the amount in figures and
 * in Chinese capitals (大写).
 *
 * Capitals follow the People's Bank rules for filling in vouchers (正确填写票据和结算凭证的基本规定):
 * "整" after 元 when there are no jiao/fen, none after 角 or 分 (1325.50 → 壹仟叁佰贰拾伍元伍角);
 * a 零 between 元 and 分 when 角 is 0 (1000.05 → 壹仟元零伍分); 拾 always carries its digit
 * (壹拾元整); amounts below one yuan start at 角/分 (0.05 → 伍分). `nzh/cn` does the digits.
 * In traditional characters (a desk in 繁體中文) `nzh/hk` does them, with 元 for its 圓: the
 * unit a Taiwan office writes (壹萬貳仟參佰肆拾伍元整).
 */
import nzhcn from 'nzh/cn';
import nzhhk from 'nzh/hk';

export type ParseAmountResult = { ok: true; fen: number } | { ok: false; error: string };

export interface ParseAmountOptions {
  /** Whether 0 is a valid amount (e.g. a fee waived). Default false. */
  allowZero?: boolean;
  /** Highest accepted amount, in fen. */
  maxFen: number;
}

const FULL_WIDTH_DIGIT = /[０-９]/g;
const SPACES = /[\s\u3000\u00a0]+/g;
const MINUS = /^[-－−]/;
const AMOUNT = /^(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;

function normalizeAmountText(input: string): string {
  return input
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[，]/g, ',')
    .replace(/[．。]/g, '.')
    .replace(SPACES, '')
    .replace(/^[¥￥]/, '')
    .replace(/元$/, '');
}

/**
 * Parses an amount typed in yuan into fen. Accepts `1000`, `1,000.50`, `1000.5`, full-width
 * digits and punctuation (`１０００．５`, `1，000。5`), surrounding spaces, a leading ¥/￥ and a
 * trailing 元. Refuses negatives, zero (unless allowed), more than two decimals, misplaced
 * thousands separators, anything else, and amounts above `maxFen`; errors are Chinese
 * messages for the form field.
 */
export function parseAmountToFen(input: string, opts: ParseAmountOptions): ParseAmountResult {
  if (!Number.isSafeInteger(opts.maxFen) || opts.maxFen < 0) {
    throw new RangeError(`maxFen must be a non-negative safe integer: ${opts.maxFen}`);
  }
  const text = normalizeAmountText(input);
  if (text === '') return { ok: false, error: '请输入金额' };
  if (MINUS.test(text)) return { ok: false, error: '金额不能为负数' };
  const m = AMOUNT.exec(text);
  if (!m) {
    if (/^[\d,]+(\.\d*)?$/.test(text)) return { ok: false, error: '千位分隔符位置不正确' };
    if (/^\d+\.\d*\./.test(text)) return { ok: false, error: '金额只能有一个小数点' };
    return { ok: false, error: '请输入数字金额，如 1000 或 1,000.50' };
  }
  const [, intPart = '', fracPart = ''] = m;
  if (fracPart.length > 2) return { ok: false, error: '金额最多两位小数（到分）' };
  const fen = BigInt(intPart.replace(/,/g, '')) * 100n + BigInt(fracPart.padEnd(2, '0'));
  if (fen === 0n && !opts.allowZero) return { ok: false, error: '金额必须大于 0' };
  if (fen > BigInt(opts.maxFen))
    return { ok: false, error: `金额不能超过 ${formatFen(opts.maxFen)} 元` };
  return { ok: true, fen: Number(fen) };
}

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen))
    throw new RangeError(`Amount must be an integer number of fen: ${fen}`);
}

/** `100050` → `1,000.50`; negative amounts get a leading minus. */
export function formatFen(fen: number): string {
  assertFen(fen);
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+$)/g, ',');
  const cents = String(abs % 100).padStart(2, '0');
  return `${fen < 0 ? '-' : ''}${yuan}.${cents}`;
}

/** `100050` → `¥1,000.50` (negative: `-¥1,000.50`). */
export function formatYuan(fen: number): string {
  const text = formatFen(fen);
  return text.startsWith('-') ? `-¥${text.slice(1)}` : `¥${text}`;
}

/**
 * An amount in Chinese capitals for receipts: `208000` → `贰仟零捌拾元整`. Negative: `负…`.
 * `traditional` writes it in traditional characters: `貳仟零捌拾元整`, `負…`.
 */
export function toChineseCapital(
  fen: number,
  script: 'simplified' | 'traditional' = 'simplified',
): string {
  assertFen(fen);
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toString();
  const cents = abs % 100;
  // nzh adds 整 only when the input has no decimal part, which is the rule we want; passing
  // the decimals only when there are jiao/fen keeps "100000.00" from losing its 整.
  const source = cents === 0 ? yuan : `${yuan}.${String(cents).padStart(2, '0')}`;
  if (script === 'traditional') {
    const text = nzhhk.toMoney(source, { outSymbol: false }).replaceAll('圓', '元');
    return fen < 0 ? `負${text}` : text;
  }
  const text = nzhcn.toMoney(source, { outSymbol: false });
  return fen < 0 ? `负${text}` : text;
}

/** Sum of amounts in fen; throws if any is not an integer or the total is unsafe. */
export function sumFen(amounts: readonly number[]): number {
  let total = 0;
  for (const a of amounts) {
    assertFen(a);
    total += a;
  }
  assertFen(total);
  return total;
}

/** Unit price × whole quantity (e.g. 5 元 per card × 3 cards). */
export function multiplyFen(unitFen: number, qty: number): number {
  assertFen(unitFen);
  if (!Number.isSafeInteger(qty)) throw new RangeError(`Quantity must be an integer: ${qty}`);
  const total = unitFen * qty;
  assertFen(total);
  return total;
}
