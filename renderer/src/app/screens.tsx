import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * The built screens by path. Each is lazy so a register's code (and charts, printing) loads
 * only when opened. Paths without a screen show <ComingSoon>.
 */
export const SCREENS: Record<string, LazyExoticComponent<ComponentType>> = {
  '/archive': lazy(() => import('../features/archive/ArchivePage')),
  '/settings': lazy(() => import('../features/settings/SettingsPage')),
  '/operators': lazy(() => import('../features/operators/OperatorsPage')),
  '/audit': lazy(() => import('../features/audit/AuditPage')),
  '/money': lazy(() => import('../features/money/MoneyPage')),
  '/cashup': lazy(() => import('../features/cashup/CashupPage')),
};
