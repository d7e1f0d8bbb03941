/**
 * Move-out (退租/迁出) and the end of custody (托管), domain §5.
 *
 * Policy:
 * - Keys are counted back against the number handed at move-in; more back than handed is a
 *   typing error, fewer are charged per key at the `lost_key` price the desk enters.
 * - The forwarding address is required: deposits, refunds and late bills follow the owner.
 * - Custody is charged by the month at the custody rate; a month begun is a month charged
 *   (the unit was looked after that month), at least one.
 * - Custody limits (rate, water, power) are a setting the manager may change.
 */
import { z } from 'zod';
import { missingKeyCharge } from './keys';
import { DEFAULT_CUSTODY_RULES, custodyFeeFen, type CustodyRules } from './movein';
import { officeDateOf } from './officeTime';

export interface MoveOutInput {
  keysHanded: number;
  keysReturned: number;
  lostKeyFen: number;
  forwardingAddress: string;
}

export interface MoveOutCheck {
  problems: string[];
  missing: number;
  chargeFen: number;
}

/** Checks a move-out and works out the charge for keys not returned. Chinese messages. */
export function checkMoveOut(input: MoveOutInput): MoveOutCheck {
  const problems: string[] = [];
  if (!Number.isInteger(input.keysReturned) || input.keysReturned < 0)
    problems.push('请填写退还钥匙数量');
  else if (input.keysReturned > input.keysHanded)
    problems.push(`退还钥匙 ${input.keysReturned} 把多于交房时的 ${input.keysHanded} 把`);
  if (!input.forwardingAddress.trim()) problems.push('请填写迁出后联系地址');
  if (problems.length > 0) return { problems, missing: 0, chargeFen: 0 };
  const { missing, chargeFen } = missingKeyCharge(
    input.keysHanded,
    input.keysReturned,
    input.lostKeyFen,
  );
  if (missing > 0 && !(Number.isSafeInteger(input.lostKeyFen) && input.lostKeyFen > 0))
    problems.push(`缺少 ${missing} 把钥匙，请填写每把赔偿金额`);
  return { problems, missing, chargeFen };
}

/** Months of custody charged from `startAt` to `endAt` (ISO instants, office dates). */
export function custodyMonths(startAt: string, endAt: string): number {
  const [sy, sm, sd] = officeDateOf(startAt).split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = officeDateOf(endAt).split('-').map(Number) as [number, number, number];
  if (officeDateOf(endAt) < officeDateOf(startAt))
    throw new RangeError('托管结束日期不能早于开始日期');
  const whole = (ey - sy) * 12 + (em - sm) - (ed < sd ? 1 : 0);
  const partial = ed !== sd || whole === 0 ? 1 : 0;
  return Math.max(1, whole + partial);
}

/** The custody bill: months × the custody-rate fee. */
export function custodyCharge(
  monthlyFeeFen: number,
  startAt: string,
  endAt: string,
  rules: CustodyRules = DEFAULT_CUSTODY_RULES,
): { months: number; perMonthFen: number; totalFen: number } {
  const months = custodyMonths(startAt, endAt);
  const perMonthFen = custodyFeeFen(monthlyFeeFen, rules);
  return { months, perMonthFen, totalFen: months * perMonthFen };
}

/** The `custody` setting: rate in percent, limits in m³ and kWh. */
export const custodyRulesSchema = z.object({
  feePercent: z
    .number('请填写收费比例')
    .int('收费比例须为整数')
    .min(1, '收费比例须在 1 到 100 之间')
    .max(100, '收费比例须在 1 到 100 之间'),
  waterLimit: z.number('请填写用水上限').min(0, '用水上限不能为负'),
  powerLimit: z.number('请填写用电上限').min(0, '用电上限不能为负'),
}) satisfies z.ZodType<CustodyRules, unknown>;
