import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type ScreenModule = Promise<{ default: ComponentType }>;

/** Each built screen's code, by path. */
const LOADERS: Record<string, () => ScreenModule> = {
  '/': () => import('../features/home/HomePage'),
  '/archive': () => import('../features/archive/ArchivePage'),
  '/settings': () => import('../features/settings/SettingsPage'),
  '/operators': () => import('../features/operators/OperatorsPage'),
  '/audit': () => import('../features/audit/AuditPage'),
  '/money': () => import('../features/money/MoneyPage'),
  '/fees': () => import('../features/fees/FeesPage'),
  '/renovation': () => import('../features/renovation/RenovationPage'),
  '/cashup': () => import('../features/cashup/CashupPage'),
  '/complaints': () => import('../features/complaints/ComplaintsPage'),
  '/enquiries': () => import('../features/enquiries/EnquiriesPage'),
  '/repairs': () => import('../features/repairs/RepairsPage'),
  '/services': () => import('../features/services/ServicesPage'),
  '/mail': () => import('../features/mail/MailPage'),
  '/visitors': () => import('../features/visitors/VisitorsPage'),
  '/movein': () => import('../features/movein/MoveInPage'),
  '/release': () => import('../features/release/ReleasePage'),
  '/keys': () => import('../features/keys/KeysPage'),
  '/handover': () => import('../features/handover/HandoverPage'),
  '/patrols': () => import('../features/patrols/PatrolsPage'),
  '/venues': () => import('../features/venues/VenuesPage'),
  '/parking': () => import('../features/parking/ParkingPage'),
  '/surveys': () => import('../features/surveys/SurveysPage'),
  '/revisits': () => import('../features/revisits/RevisitsPage'),
  '/review': () => import('../features/review/ReviewPage'),
  '/review/branches': () => import('../features/review/branch/BranchComparePage'),
};

/**
 * The built screens by path. Each is lazy so the shell paints before any register's code (and
 * charts, printing) has loaded. Paths without a screen show <ComingSoon>.
 */
export const SCREENS: Record<string, LazyExoticComponent<ComponentType>> = Object.fromEntries(
  Object.entries(LOADERS).map(([path, load]) => [path, lazy(load)]),
);

/**
 * Once the shell is painted, loads every screen's code while the page is idle, one module per
 * idle moment (issue 21): the first visit of a register then waits for its rows, not its code.
 * The module cache makes the lazy screen's own import resolve at once.
 */
export function preloadScreens(): () => void {
  const queue = Object.values(LOADERS);
  let cancelled = false;
  let handle = 0;
  const idle = (fn: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(fn) : window.setTimeout(fn, 50);
  const next = () => {
    const load = queue.shift();
    if (cancelled || !load) return;
    // A chunk that fails to load now is loaded (and its error shown) when the screen is opened.
    void load()
      .catch(() => undefined)
      .finally(() => {
        handle = idle(next);
      });
  };
  handle = idle(next);
  return () => {
    cancelled = true;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
    else window.clearTimeout(handle);
  };
}
