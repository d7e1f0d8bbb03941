import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * The built screens by path. Each is lazy so a register's code (and charts, printing) loads
 * only when opened. Paths without a screen show <ComingSoon>.
 */
export const SCREENS: Record<string, LazyExoticComponent<ComponentType>> = {
  '/': lazy(() => import('../features/home/HomePage')),
  '/archive': lazy(() => import('../features/archive/ArchivePage')),
  '/settings': lazy(() => import('../features/settings/SettingsPage')),
  '/operators': lazy(() => import('../features/operators/OperatorsPage')),
  '/audit': lazy(() => import('../features/audit/AuditPage')),
  '/money': lazy(() => import('../features/money/MoneyPage')),
  '/fees': lazy(() => import('../features/fees/FeesPage')),
  '/renovation': lazy(() => import('../features/renovation/RenovationPage')),
  '/cashup': lazy(() => import('../features/cashup/CashupPage')),
  '/complaints': lazy(() => import('../features/complaints/ComplaintsPage')),
  '/enquiries': lazy(() => import('../features/enquiries/EnquiriesPage')),
  '/repairs': lazy(() => import('../features/repairs/RepairsPage')),
  '/services': lazy(() => import('../features/services/ServicesPage')),
  '/mail': lazy(() => import('../features/mail/MailPage')),
  '/visitors': lazy(() => import('../features/visitors/VisitorsPage')),
  '/movein': lazy(() => import('../features/movein/MoveInPage')),
  '/release': lazy(() => import('../features/release/ReleasePage')),
  '/keys': lazy(() => import('../features/keys/KeysPage')),
  '/handover': lazy(() => import('../features/handover/HandoverPage')),
  '/patrols': lazy(() => import('../features/patrols/PatrolsPage')),
  '/venues': lazy(() => import('../features/venues/VenuesPage')),
  '/surveys': lazy(() => import('../features/surveys/SurveysPage')),
  '/revisits': lazy(() => import('../features/revisits/RevisitsPage')),
  '/review': lazy(() => import('../features/review/ReviewPage')),
  '/review/branches': lazy(() => import('../features/review/branch/BranchComparePage')),
};
