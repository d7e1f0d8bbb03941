/**
 * The renovation job's state machine (装修流程).
 *
 * Policy:
 * - 申请中 (applying) until every applicable document is ticked; submitting starts the
 *   5-working-day review clock (待审批).
 * - Only a supervisor (装修主管/客服主管) reviews, records acceptance, extends a permit,
 *   approves hot work (动火) and pays deposits back; the desk does the rest.
 * - Works start (施工中) only once the fees are paid; permit and passes are issued then.
 * - A failed acceptance keeps the job 待验收 for re-inspection; a passed one makes it 待退款.
 * - The job closes (已结案) once every deposit is refunded or settled. When the charges went
 *   beyond all its deposits it waits 欠款待缴 until the rest is paid, then closes.
 * - An application not yet approved may be withdrawn (已撤回) by the desk, with a reason.
 * - 已驳回, 已撤回 and 已结案 are final.
 */
import { ROLE_LABELS, hasRole, type Role } from './record';
import { codesOf } from './codes';

export const RENOVATION_STATE_LABELS = {
  applying: '申请中',
  pendingReview: '待审批',
  approved: '已批准',
  working: '施工中',
  pendingAcceptance: '待验收',
  pendingRefund: '待退款',
  closed: '已结案',
  rejected: '已驳回',
  withdrawn: '已撤回',
  owing: '欠款待缴',
};
export type RenovationState = keyof typeof RENOVATION_STATE_LABELS;
export const RENOVATION_STATES = codesOf(RENOVATION_STATE_LABELS);

export const RENOVATION_ACTIONS = [
  'edit',
  'submit',
  'review',
  'collectFees',
  'startWork',
  'managePasses',
  'addPass',
  'patrol',
  'extendPermit',
  'hotWork',
  'requestAcceptance',
  'recordAcceptance',
  'refund',
  'withdraw',
  'collectArrears',
] as const;
export type RenovationAction = (typeof RENOVATION_ACTIONS)[number];

interface Rule {
  from: readonly RenovationState[];
  role: Role;
}

/** Which action is allowed in which state, and the lowest role that may take it. */
export const RENOVATION_RULES: Record<RenovationAction, Rule> = {
  edit: { from: ['applying', 'pendingReview'], role: 'clerk' },
  submit: { from: ['applying'], role: 'clerk' },
  review: { from: ['pendingReview'], role: 'supervisor' },
  collectFees: { from: ['approved', 'working'], role: 'clerk' },
  startWork: { from: ['approved'], role: 'clerk' },
  managePasses: { from: ['working', 'pendingAcceptance', 'pendingRefund'], role: 'clerk' },
  addPass: { from: ['working'], role: 'clerk' },
  patrol: { from: ['working', 'pendingAcceptance'], role: 'clerk' },
  extendPermit: { from: ['working'], role: 'supervisor' },
  hotWork: { from: ['working'], role: 'supervisor' },
  requestAcceptance: { from: ['working'], role: 'clerk' },
  recordAcceptance: { from: ['pendingAcceptance'], role: 'supervisor' },
  refund: { from: ['pendingRefund'], role: 'supervisor' },
  withdraw: { from: ['applying', 'pendingReview'], role: 'clerk' },
  collectArrears: { from: ['owing'], role: 'clerk' },
};

/** Why an action is refused (Chinese, shown as is), or null when it is allowed. */
export function refusal(
  state: RenovationState,
  action: RenovationAction,
  role: Role,
): string | null {
  const rule = RENOVATION_RULES[action];
  if (!rule.from.includes(state))
    return `装修单${RENOVATION_STATE_LABELS[state]}，不能${ACTION_LABELS[action]}`;
  if (!hasRole(role, rule.role)) return `${ACTION_LABELS[action]}需要主管及以上权限`;
  return null;
}

/** Whether `role` may take `action` in `state`. */
export function canDo(state: RenovationState, action: RenovationAction, role: Role): boolean {
  return refusal(state, action, role) === null;
}

export const ACTION_LABELS: Record<RenovationAction, string> = {
  edit: '修改申请',
  submit: '提交审批',
  review: '审批',
  collectFees: '收费',
  startWork: '发证开工',
  managePasses: '办理出入证',
  addPass: '增发出入证',
  patrol: '巡查登记',
  extendPermit: '延期',
  hotWork: '签发动火许可证',
  requestAcceptance: '申请验收',
  recordAcceptance: '登记验收结果',
  refund: '退款',
  withdraw: '撤回申请',
  collectArrears: '收取欠款',
};

export type ReviewOutcome = 'approved' | 'conditional' | 'rejected';

/**
 * The state an action leads to. `review` depends on its outcome, `recordAcceptance` on
 * whether it passed, `refund` on whether everything is settled; other actions keep the state.
 */
export function nextState(
  state: RenovationState,
  action: RenovationAction,
  detail: { outcome?: ReviewOutcome; passed?: boolean; settled?: boolean; owes?: boolean } = {},
): RenovationState {
  switch (action) {
    case 'submit':
      return 'pendingReview';
    case 'review':
      return detail.outcome === 'rejected' ? 'rejected' : 'approved';
    case 'startWork':
      return 'working';
    case 'requestAcceptance':
      return 'pendingAcceptance';
    case 'recordAcceptance':
      return detail.passed ? 'pendingRefund' : 'pendingAcceptance';
    case 'refund':
      if (!detail.settled) return 'pendingRefund';
      return detail.owes ? 'owing' : 'closed';
    case 'withdraw':
      return 'withdrawn';
    case 'collectArrears':
      return 'closed';
    default:
      return state;
  }
}

/** What a job waits for, as far as the desk can tell from the record. */
export interface WaitingFacts {
  state: RenovationState;
  /** Documents still missing (their Chinese labels). */
  missing: readonly string[];
  /** Fees not yet fully collected. */
  feesDue: boolean;
  /** Cards neither returned nor reported lost. */
  cardsOut: number;
  owedFen: number;
  /** The review period setting, in working days. */
  reviewDays: number;
}

const whoMay = (action: RenovationAction): string => {
  const role = RENOVATION_RULES[action].role;
  return role === 'clerk'
    ? '前台可办理'
    : `需${ROLE_LABELS[role]}${role === 'supervisor' ? `或${ROLE_LABELS.manager}` : ''}${ACTION_LABELS[action]}`;
};

/**
 * Why the job waits and who can move it on (Chinese, shown on the application), or null for
 * a job that is finished. `role` is the person looking: a line tells a clerk when it is not hers.
 */
export function waitingReason(facts: WaitingFacts, role: Role): string | null {
  const mine = (action: RenovationAction) =>
    hasRole(role, RENOVATION_RULES[action].role) ? '' : '（您无此权限）';
  switch (facts.state) {
    case 'applying':
      return `资料不全，待补：${facts.missing.join('、')}；补齐后自动提交审批`;
    case 'pendingReview':
      return `等待审批：${whoMay('review')}${mine('review')}，审批期限 ${facts.reviewDays} 个工作日`;
    case 'approved':
      return facts.feesDue
        ? `已批准，待收费：${whoMay('collectFees')}`
        : `费用已收齐，待发证开工：${whoMay('startWork')}`;
    case 'working':
      return `施工中：完工后由业主或施工单位申请验收（${whoMay('requestAcceptance')}）`;
    case 'pendingAcceptance':
      return `等待验收：${whoMay('recordAcceptance')}${mine('recordAcceptance')}`;
    case 'pendingRefund':
      return facts.cardsOut > 0
        ? `待退款：尚有 ${facts.cardsOut} 张出入证未退还或挂失`
        : `待退款：${whoMay('refund')}${mine('refund')}`;
    case 'owing':
      return `押金不足抵扣，尚欠 ${(facts.owedFen / 100).toFixed(2)} 元：缴清后结案（${whoMay('collectArrears')}）`;
    default:
      return null;
  }
}
