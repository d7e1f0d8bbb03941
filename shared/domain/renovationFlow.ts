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
 * - The job closes (已结案) once every deposit is refunded or settled; 已驳回 and 已结案 are final.
 */
import { hasRole, type Role } from './record';

export const RENOVATION_STATES = [
  'applying',
  'pendingReview',
  'approved',
  'working',
  'pendingAcceptance',
  'pendingRefund',
  'closed',
  'rejected',
] as const;
export type RenovationState = (typeof RENOVATION_STATES)[number];

export const RENOVATION_STATE_LABELS: Record<RenovationState, string> = {
  applying: '申请中',
  pendingReview: '待审批',
  approved: '已批准',
  working: '施工中',
  pendingAcceptance: '待验收',
  pendingRefund: '待退款',
  closed: '已结案',
  rejected: '已驳回',
};

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
};

export type ReviewOutcome = 'approved' | 'conditional' | 'rejected';

/**
 * The state an action leads to. `review` depends on its outcome, `recordAcceptance` on
 * whether it passed, `refund` on whether everything is settled; other actions keep the state.
 */
export function nextState(
  state: RenovationState,
  action: RenovationAction,
  detail: { outcome?: ReviewOutcome; passed?: boolean; settled?: boolean } = {},
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
      return detail.settled ? 'closed' : 'pendingRefund';
    default:
      return state;
  }
}
