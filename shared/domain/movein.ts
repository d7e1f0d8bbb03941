/**
 * Move-in (入住/交房) and custody (托管): the papers an applicant brings, what must be done
 * before the keys are handed over, and the custody fee and meter limits (domain §5).
 *
 * Policy: the document list depends on who applies — the owner, an agent with the owner's
 * authorisation, or a company. A move-in is complete only when every required paper was seen,
 * the agreements are signed, the 住户登记表 is filled and both sides confirmed the meter
 * readings. Defects found at the inspection do not block the handover: they become work
 * orders and are checked again at the second inspection.
 */

export const APPLICANT_KINDS = ['owner', 'agent', 'company'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

export const MOVE_IN_DOCUMENTS = {
  owner_id: '业主身份证',
  notice: '入住通知单',
  contract: '购房合同',
  authorisation: '业主授权委托书',
  agent_id: '受托人身份证',
  company_proof: '单位证明（营业执照）',
  handler_id: '经办人身份证',
} as const;
export type MoveInDocument = keyof typeof MOVE_IN_DOCUMENTS;

const BASE_DOCUMENTS: readonly MoveInDocument[] = ['owner_id', 'notice', 'contract'];

/** The papers the desk must see for this kind of applicant, in the order they are checked. */
export function requiredDocuments(kind: ApplicantKind): MoveInDocument[] {
  if (kind === 'agent') return [...BASE_DOCUMENTS, 'authorisation', 'agent_id'];
  // A company holds the unit itself: its licence stands in for the owner's ID.
  if (kind === 'company') return ['notice', 'contract', 'company_proof', 'handler_id'];
  return [...BASE_DOCUMENTS];
}

/** Required papers not yet ticked. */
export function missingDocuments(
  kind: ApplicantKind,
  received: readonly string[],
): MoveInDocument[] {
  const seen = new Set(received);
  return requiredDocuments(kind).filter((d) => !seen.has(d));
}

export const MOVE_IN_AGREEMENTS = {
  service: '前期物业服务协议',
  covenant: '管理规约（业主公约）',
  fire: '消防安全责任书',
} as const;
export type MoveInAgreement = keyof typeof MOVE_IN_AGREEMENTS;

export const HANDED_ITEMS = {
  handbook: '住户手册',
  diagrams: '水电走向图',
} as const;
export type HandedItem = keyof typeof HANDED_ITEMS;

/** The 房屋质量验收登记表 points walked through with the owner. */
export const INSPECTION_POINTS = [
  '入户门及门锁',
  '窗户及玻璃',
  '墙面及天花',
  '地面',
  '给排水及洁具',
  '电气开关插座',
  '燃气管道',
  '对讲门禁',
] as const;

export type MeterKind = 'water' | 'power' | 'gas';
export type MeterReadings = Partial<Record<MeterKind, number>>;

export interface MoveInCheck {
  applicantKind: ApplicantKind;
  documents: readonly string[];
  agreements: readonly string[];
  registrationFilled: boolean;
  meters: MeterReadings;
  metersConfirmed: boolean;
  keysHanded: number;
}

/** Why the move-in cannot be completed yet; empty when it can. Chinese, for the desk. */
export function moveInProblems(m: MoveInCheck): string[] {
  const problems: string[] = [];
  const missing = missingDocuments(m.applicantKind, m.documents);
  if (missing.length > 0)
    problems.push(`缺少资料：${missing.map((d) => MOVE_IN_DOCUMENTS[d]).join('、')}`);
  const signed = new Set(m.agreements);
  const unsigned = (Object.keys(MOVE_IN_AGREEMENTS) as MoveInAgreement[]).filter(
    (a) => !signed.has(a),
  );
  if (unsigned.length > 0)
    problems.push(`未签协议：${unsigned.map((a) => MOVE_IN_AGREEMENTS[a]).join('、')}`);
  if (!m.registrationFilled) problems.push('未填写《住户登记表》');
  if (m.meters.water === undefined || m.meters.power === undefined)
    problems.push('未抄水、电表读数');
  else if (!m.metersConfirmed) problems.push('表读数未经双方确认');
  if (!Number.isInteger(m.keysHanded) || m.keysHanded < 1) problems.push('未登记交付钥匙数量');
  return problems;
}

/** Custody (托管) defaults: fee at 70 %, usage limits while in custody (water m³, power kWh). */
export const DEFAULT_CUSTODY_RULES = { feePercent: 70, waterLimit: 5, powerLimit: 20 } as const;
export type CustodyRules = { feePercent: number; waterLimit: number; powerLimit: number };

/** The monthly property fee during custody: `feePercent` of the full fee, rounded to the fen. */
export function custodyFeeFen(
  fullFeeFen: number,
  rules: CustodyRules = DEFAULT_CUSTODY_RULES,
): number {
  if (!Number.isSafeInteger(fullFeeFen) || fullFeeFen < 0)
    throw new RangeError(`Fee must be a non-negative integer of fen: ${fullFeeFen}`);
  return Math.round((fullFeeFen * rules.feePercent) / 100);
}

export interface CustodyUsage {
  water: number;
  power: number;
  overWater: boolean;
  overPower: boolean;
}

/**
 * Usage since custody started, and whether it passed the limits (a unit in custody is empty:
 * more than a trickle of water or power means a leak or someone living there).
 */
export function custodyUsage(
  start: MeterReadings,
  now: MeterReadings,
  rules: CustodyRules = DEFAULT_CUSTODY_RULES,
): CustodyUsage {
  const water = (now.water ?? 0) - (start.water ?? 0);
  const power = (now.power ?? 0) - (start.power ?? 0);
  if (water < 0 || power < 0) throw new RangeError('读数不能小于托管开始时的读数');
  return {
    water,
    power,
    overWater: water > rules.waterLimit,
    overPower: power > rules.powerLimit,
  };
}

/** Custody units get an outside check weekly: the date (YYYY-MM-DD) the next one is due. */
export function nextCustodyCheck(lastCheckDate: string, everyDays = 7): string {
  const [y, m, d] = lastCheckDate.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + everyDays));
  return next.toISOString().slice(0, 10);
}

/** A rule of this register refused the action; `problems` are Chinese, shown as they are. */
export class MoveInRuleError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'MoveInRuleError';
  }
}
