import type { MessageKey } from '../i18n';

/** One entry of the left navigation. `issue` marks screens a later issue brings. */
export interface NavItem {
  path: string;
  label: MessageKey;
  group: 'desk' | 'registers' | 'admin';
  /** Issue number that builds this screen, while it is not built yet. */
  issue?: number;
  what?: string;
}

// Screens are attached in routes.tsx; this list only says what the desk keeps (domain §2–§7).
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'nav.home', group: 'desk', issue: 7, what: '今日待办看板' },
  { path: '/archive', label: 'nav.archive', group: 'desk' },
  { path: '/money', label: 'nav.money', group: 'desk' },
  { path: '/cashup', label: 'nav.cashup', group: 'desk' },
  {
    path: '/renovation',
    label: 'nav.renovation',
    group: 'desk',
    issue: 4,
    what: '装修申请、审批、收费、证件与退款',
  },
  {
    path: '/complaints',
    label: 'nav.complaints',
    group: 'desk',
    issue: 5,
    what: '投诉建议受理、派单、回访与月报',
  },
  {
    path: '/repairs',
    label: 'nav.repairs',
    group: 'registers',
    issue: 6,
    what: '报修派工与回访抽样',
  },
  {
    path: '/services',
    label: 'nav.services',
    group: 'registers',
    issue: 6,
    what: '有偿服务与缴费通知',
  },
  { path: '/mail', label: 'nav.mail', group: 'registers', issue: 6, what: '信件报刊收发' },
  { path: '/movein', label: 'nav.movein', group: 'registers', issue: 6, what: '入住交房与托管' },
  { path: '/release', label: 'nav.release', group: 'registers', issue: 6, what: '携物放行条' },
  { path: '/keys', label: 'nav.keys', group: 'registers', issue: 6, what: '钥匙借还' },
  { path: '/visitors', label: 'nav.visitors', group: 'registers', issue: 6, what: '来访登记' },
  {
    path: '/handover',
    label: 'nav.handover',
    group: 'registers',
    issue: 6,
    what: '交接班与管理日志',
  },
  { path: '/review', label: 'nav.review', group: 'admin', issue: 7, what: '月度统计图表与月报' },
  { path: '/settings', label: 'nav.settings', group: 'admin' },
  { path: '/operators', label: 'nav.operators', group: 'admin' },
  { path: '/audit', label: 'nav.audit', group: 'admin' },
];
