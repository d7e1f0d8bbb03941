/**
 * The Dexie schema as an append-only chain of versions.
 *
 * A shipped version is never edited: add a new entry with the changed stores and an
 * `upgrade` that migrates the data. tests/db/schema.test.ts pins every shipped version's
 * stores in tests/db/schema.lock.json and fails if one is edited.
 */
import type { Transaction } from 'dexie';
import { fillArrearsSummary } from './arrearsSummary';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs: only the tables that are new or changed in this version. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      audit: 'id, at, actorId, table, recordId, action',
      operators: 'id, name, role',
      settings: 'key',
      units: 'id, &code, building, status, *terms',
      people: 'id, unitId, name, *terms, deletedAt',
      counters: 'key',
      meta: 'key',
    },
  },
  {
    // Money (issue 3): receipts and refund vouchers in one ledger, and closed cash-ups.
    version: 2,
    stores: {
      receipts:
        'id, &no, &requestId, issuedAt, [clerkId+issuedAt], unitId, payerName, status, kind, *itemCodes, method, sourceId, clerkId, refundOf, voidedAt',
      cashups: 'id, clerkId, closedAt, [clerkId+closedAt]',
    },
  },
  {
    // Renovation (issue 4): jobs with their passes and acceptances, and patrol records.
    version: 3,
    stores: {
      renovations: 'id, &no, state, unitId, appliedAt, *passNos, permitNo, *terms, deletedAt',
      renovationPatrols: 'id, jobId, at',
    },
  },
  {
    // Complaints and suggestions with their dispatches, revisits and history (issue 5).
    version: 4,
    stores: {
      cases: 'id, &no, kind, status, month, receivedAt, ownerId, unitId, revisitDueAt, *terms',
    },
  },
  {
    // Repairs and paid services (work orders), mail, visitors (issue 6, part A).
    version: 5,
    stores: {
      workOrders:
        'id, &no, kind, status, unitId, receivedAt, completedMonth, revisitStatus, *terms, deletedAt',
      mailItems: 'id, status, receivedAt, unitId, batchId, trackingNo, *terms',
      visits: 'id, status, inAt, unitId, visitorKey, *terms',
    },
  },
  {
    // Move-in, release passes, keys and shift handover (issue 6, part B).
    version: 6,
    stores: {
      moveIns: 'id, unitId, status, createdAt, *terms, deletedAt',
      releasePasses: 'id, &no, status, outAt, unitId, *terms',
      keys: 'id, &label, kind, unitId, deletedAt',
      keyLoans: 'id, keyId, lentAt, dueAt, returnedAt',
      handovers: 'id, &no, status, openedAt, closedAt',
    },
  },
  {
    // Enquiries and calls, and the complaint summary's monthly analysis (issue 17, parts 1, 5).
    version: 7,
    stores: {
      enquiries: 'id, &no, status, month, receivedAt, ownerId, unitId, *terms',
      monthlyAnalyses: 'id, &month',
    },
  },
  {
    // Satisfaction surveys (rounds, returned forms), revisits of community events and emergency
    // aid, and the supervisors' weekly / monthly revisit reviews (issue 17).
    version: 8,
    stores: {
      surveyRounds: 'id, &no, status, issuedOn, *terms, deletedAt',
      surveyResponses: 'id, roundId, enteredAt, unitId',
      revisitEvents: 'id, kind, status, heldAt',
      revisitReviews: 'id, kind, period, signedAt',
    },
  },
  {
    // Property and energy fees (issue 18): bills, their settlements, meter readings, chases.
    version: 9,
    stores: {
      bills: 'id, &key, unitId, period, dueMonth, building, status, itemCode',
      billPayments: 'id, unitId, billId, receiptId, kind, at',
      meterReadings: 'id, &key, unitId, month, [meter+month], building',
      arrearsChases: 'id, unitId, at, promiseDate',
    },
  },
  {
    // Site ledgers (issue 19): patrols, inspections, daily logs and the manager's sign-off;
    // release passes for goods coming in and moving appointments.
    version: 10,
    stores: {
      siteChecks: 'id, &no, kind, at, [kind+at], *terms, deletedAt',
      signoffs: 'id, &subject, signedAt',
      // Goods in as well as out, and moving appointments looked up by their date.
      releasePasses: 'id, &no, status, outAt, unitId, *terms, movingDate',
    },
  },
  {
    // Several desks (issue 20): rows waiting to replicate (one per changed row, its `token`
    // renewed by each change), the revision each row was last synced at, the bridge's
    // checkpoints, and the conflicts listed for a supervisor (renderer/src/db/sync).
    version: 11,
    stores: {
      syncOutbox: 'key',
      syncRevs: 'key',
      syncState: 'key',
      syncConflicts: 'id, status, table, recordId, at',
    },
  },
  {
    // Planned visits and residents' meetings (issue 17 §3): 拜访记录 / 座谈会纪要.
    version: 12,
    stores: {
      visitRecords: 'id, &no, kind, date, month, unitId, visitorId, *terms, deletedAt',
    },
  },
  {
    // Parking paperwork (issue 19): the spaces, and each let or sale of a space to a unit;
    // lets are looked up by their end date for the expiry reminders.
    version: 13,
    stores: {
      parkingSpaces: 'id, &no, zone, kind, deletedAt',
      parkingLeases: 'id, &no, spaceId, unitId, endDate, *terms, deletedAt',
    },
  },
  {
    // Public-space bookings (issue 19): the spaces, and bookings looked up by number, by the
    // space and date (the clash check reads one space's day), by date (calendar, board), status.
    version: 14,
    stores: {
      venueSpaces: 'id, name, deletedAt',
      venueBookings: 'id, &no, [spaceId+date], date, status, unitId, receiptId, *terms, deletedAt',
    },
  },
  {
    // The arrears list per owing unit (issue 21): what each unit owes by due month, derived from
    // the bills in their own transactions (arrearsSummary.ts) and filled here from the open ones.
    version: 15,
    stores: {
      billArrears: 'unitId, building',
    },
    upgrade: fillArrearsSummary,
  },
  {
    // Bills without the `building` and `itemCode` indexes (issue 18's bench): nothing queries
    // them (the arrears by building read the summary), and every bill written paid for both.
    version: 16,
    stores: {
      bills: 'id, &key, unitId, period, dueMonth, status',
    },
  },
  {
    // The monthly review's stored months (issue 21): each finished month's figures as the
    // review computed them, dropped in the transaction of any write that could change them
    // (reviewMonths.ts). Derived and local: empty on upgrade, filled as months are computed.
    version: 17,
    stores: {
      reviewMonths: 'month',
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
