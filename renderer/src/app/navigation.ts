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
  { path: '/', label: 'nav.home', group: 'desk' },
  { path: '/archive', label: 'nav.archive', group: 'desk' },
  { path: '/money', label: 'nav.money', group: 'desk' },
  { path: '/fees', label: 'nav.fees', group: 'desk' },
  { path: '/cashup', label: 'nav.cashup', group: 'desk' },
  { path: '/renovation', label: 'nav.renovation', group: 'desk' },
  { path: '/complaints', label: 'nav.complaints', group: 'desk' },
  { path: '/enquiries', label: 'nav.enquiries', group: 'desk' },
  { path: '/repairs', label: 'nav.repairs', group: 'registers' },
  { path: '/services', label: 'nav.services', group: 'registers' },
  { path: '/mail', label: 'nav.mail', group: 'registers' },
  { path: '/movein', label: 'nav.movein', group: 'registers' },
  { path: '/release', label: 'nav.release', group: 'registers' },
  { path: '/keys', label: 'nav.keys', group: 'registers' },
  { path: '/visitors', label: 'nav.visitors', group: 'registers' },
  { path: '/handover', label: 'nav.handover', group: 'registers' },
  { path: '/patrols', label: 'nav.patrols', group: 'registers' },
  { path: '/venues', label: 'nav.venues', group: 'registers' },
  { path: '/parking', label: 'nav.parking', group: 'registers' },
  { path: '/surveys', label: 'nav.surveys', group: 'registers' },
  { path: '/revisits', label: 'nav.revisits', group: 'registers' },
  { path: '/review', label: 'nav.review', group: 'admin' },
  { path: '/review/branches', label: 'nav.branches', group: 'admin' },
  { path: '/settings', label: 'nav.settings', group: 'admin' },
  { path: '/operators', label: 'nav.operators', group: 'admin' },
  { path: '/audit', label: 'nav.audit', group: 'admin' },
];
