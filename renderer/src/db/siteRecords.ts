/** Stored shapes of the site ledgers (issue 19): patrols and inspections, and the 签阅 rows. */
import type { BaseRecord } from '@shared/domain/record';
import type { ChecklistResult, PatrolFinding, SiteCheckKind } from '@shared/domain/siteChecks';

/** One patrol, inspection, rain alert or round, vacant-unit cleaning, or daily log. */
export interface SiteCheckRecord extends BaseRecord {
  no: string;
  kind: SiteCheckKind;
  at: string;
  inspector: string;
  route?: string;
  points?: string[];
  findings?: PatrolFinding[];
  checklist?: ChecklistResult[];
  /** Share of the checklist passed, 0–100. */
  score?: number;
  unitCodes?: string[];
  phase?: 'before' | 'after';
  alertId?: string;
  summary?: string;
  photos?: string[];
  clerkName: string;
  terms: string[];
}

/** The manager's 签阅 of one record: `subject` is `<table>:<id>`, one row per record. */
export interface SignoffRecord extends BaseRecord {
  subject: string;
  table: 'siteChecks' | 'handovers';
  recordId: string;
  signedAt: string;
  signedById: string;
  signedByName: string;
  note?: string;
}
