import type { TaizhangDB } from '../database';
import { createAuditRepository } from './auditRepository';
import { createAuditSearchRepository } from './auditSearchRepository';
import { createBackupRepository } from './backupRepository';
import { createCashupRepository } from './cashupRepository';
import { createComplaintRepository } from './complaintRepository';
import { createPersonRepository } from './personRepository';
import { createReceiptRepository } from './receiptRepository';
import { createRenovationRepository } from './renovationRepository';
import { createSearchRepository } from './searchRepository';
import { createOperatorRepository } from './operatorRepository';
import { createSettingsRepository } from './settingsRepository';
import { createUnitRepository } from './unitRepository';
import { createMailRepository } from './mailRepository';
import { createVisitorRepository } from './visitorRepository';
import { createWorkOrderRepository } from './workOrderRepository';
import { createHandoverRepository } from './handoverRepository';
import { createKeyRepository } from './keyRepository';
import { createMoveInRepository } from './moveInRepository';
import { createReleasePassRepository } from './releasePassRepository';
import { createPendingReceiptRepository } from './pendingReceiptRepository';
import { createArchiveExportRepository } from './archiveExportRepository';
import { createReviewRepository } from './reviewRepository';
import { createTodayRepository } from './todayRepository';
import { createSiteCheckRepository } from './siteCheckRepository';
import { createEnquiryRepository } from './enquiryRepository';
import { createComplaintAnalysisRepository } from './complaintAnalysisRepository';
import { createSurveyRepository } from './surveyRepository';
import { createRevisitRepository } from './revisitRepository';
import { createBillRepository } from './billRepository';
import { createMeterRepository } from './meterRepository';
import { createSyncConflictRepository } from './syncConflictRepository';
import { createSyncDeskRepository } from './syncDeskRepository';
import { createVenueRepository } from './venueRepository';
import { buildCalendar } from '@shared/domain/calendar';
import { createParkingRepository } from './parkingRepository';
import { createVisitRepository } from './visitRepository';

/**
 * All table access goes through these repositories. Each feature adds its repository here;
 * components reach them through `useRepos()`, never through `db`.
 */
export function createRepositories(db: TaizhangDB) {
  const settings = createSettingsRepository(db);
  const operators = createOperatorRepository(db, settings);
  // A price below the standard is authorised with a supervisor's PIN (issue 15).
  const receipts = createReceiptRepository(db, settings.moneySettings, operators.approve);
  const units = createUnitRepository(db);
  const complaints = createComplaintRepository(db, settings);
  const workOrders = createWorkOrderRepository(db, receipts, settings, settings.moneySettings);
  const siteChecks = createSiteCheckRepository(db, {
    workOrders,
    schedule: () => settings.get('siteSchedule'),
  });
  const parking = createParkingRepository(db);
  const enquiries = createEnquiryRepository(db, { complaints, workOrders });
  const bills = createBillRepository(
    db,
    {
      billing: () => settings.get('billing'),
      custodyPercent: async () => (await settings.get('custody')).feePercent,
      money: settings.moneySettings,
    },
    receipts,
  );
  // Public-space bookings (issue 19): opening hours follow the working-day calendar's holidays.
  const venues = createVenueRepository(db, {
    settings: () => settings.get('venues'),
    calendar: async () => buildCalendar(await settings.get('calendarOverrides')),
    money: settings.moneySettings,
    receipts,
  });
  const review = createReviewRepository(db, settings);
  const complaintAnalysis = createComplaintAnalysisRepository(db);
  const visits = createVisitRepository(db, { settings, enquiries });
  return {
    bills,
    venues,
    meters: createMeterRepository(db, () => settings.get('billing')),
    settings,
    operators,
    auditSearch: createAuditSearchRepository(db),
    audit: createAuditRepository(db),
    receipts,
    cashups: createCashupRepository(db),
    units,
    renovations: createRenovationRepository(db, {
      moneySettings: settings.moneySettings,
      receipts,
      units,
    }),
    people: createPersonRepository(db),
    search: createSearchRepository(db),
    complaints,
    workOrders,
    siteChecks,
    enquiries,
    // 拜访计划 / 座谈会 (issue 17 §3): issues raised go on through the enquiry register.
    visitRecords: visits,
    complaintAnalysis,
    mail: createMailRepository(db),
    visitors: createVisitorRepository(db),
    moveIns: createMoveInRepository(
      db,
      receipts,
      settings.moneySettings,
      createWorkOrderRepository(db, receipts, settings, settings.moneySettings),
      () => settings.get('custody'),
    ),
    releasePasses: createReleasePassRepository(db),
    keys: createKeyRepository(db),
    handovers: createHandoverRepository(db, operators),
    backup: createBackupRepository(db),
    pendingReceipts: createPendingReceiptRepository(db, receipts),
    archiveExport: createArchiveExportRepository(db, { units, people: createPersonRepository(db) }),
    review,
    today: createTodayRepository(db, settings, siteChecks, venues, parking, visits),
    parking,
    surveys: createSurveyRepository(db, { enquiries }),
    // A review is signed by its reviewer confirming her own PIN (issue 17).
    revisits: createRevisitRepository(db, settings, operators.confirmPin),
    // Several desks (issue 20): fields two desks changed differently, for a supervisor.
    syncConflicts: createSyncConflictRepository(db),
    // What a desk publishes for the branch: its month's summary, as the branch file has it.
    syncDesk: createSyncDeskRepository(db, () => settings.get('sync'), {
      review: (month) => review.monthly(month),
      analysis: async (month) => (await complaintAnalysis.get(month))?.entries ?? [],
    }),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
