/**
 * The settings keys: for each, the schema its value must pass, the default in effect until it
 * is saved, and the lowest role that may change it.
 *
 * Who may change what:
 * - manager (经理): `profile` (the office identity printed on every permit and receipt),
 *   `fees` (what owners and contractors are charged: a desk that takes the cash does not set
 *   the price) and `limits` (the amount ceiling, idle lock and PIN lockout guard money and
 *   accounts), `custody` (the 托管 rate is a price; its meter limits go with it),
 *   `rateTargets` (the complaint-rate targets the desk is measured against), `billing` (the
 *   property and energy fee standards), `sync` (which server and estate this desk replicates
 *   with, issue 20).
 * - supervisor (主管): `departments`, `deadlines`, `calendarOverrides`, `printing` and
 *   `renovationAgreement` (the property's own agreement wording), `siteSchedule` (when patrols
 *   and inspections are due), `venues` (whether public-space bookings need approval),
 *   `visitPlan` (the head and the areas' 物管员 of the visit plan), `feeHistoryColumns` (the
 *   fee-history import's remembered column mapping, kept when she imports a file):
 *   the running of the desk,
 *   which the supervisor organises.
 * - Any operator (前台): `language`, the desk's screen language, which changes no record;
 *   `rosterCodes`, the roster import's remembered code translations (whoever imports).
 * - Nobody else below supervisor changes settings; everyone reads them.
 *
 * Superseded defaults: when a default changes (a newer reading of the manuals), the old value
 * goes into the key's `superseded` list, so a desk still holding it moves to the new default on
 * load (settingsMigration.ts) while a value the office chose stays. To add one, append an entry
 * `{ field?, item?, was: [old…], label, reason }` to that key's list below.
 */
import { z } from 'zod';
import { repeatsIn } from './schemaHelpers';
import { calendarOverrideSchema, type CalendarOverride } from './calendar';
import { DEFAULT_DEADLINES, deadlineSettingsSchema, type DeadlineSettings } from './deadlines';
import {
  DEFAULT_DEPARTMENTS,
  departmentListSchema,
  propertyProfileSchema,
  type Department,
  type PropertyProfile,
} from './departments';
import {
  DEFAULT_LIMITS,
  DEFAULT_PRINTING,
  DEFAULT_UI_LANGUAGE,
  limitsSettingsSchema,
  printingSettingsSchema,
  uiLanguageSchema,
  type LimitsSettings,
  type PrintingSettings,
  type UiLanguage,
} from './deskSettings';
import { DEFAULT_BILLING, billingSettingsSchema, type BillingSettings } from './billingSettings';
import { codeMapSchema, type CodeMap } from './rosterCodes';
import { feeHistoryMappingSchema, type FeeHistoryMapping } from './feeHistoryColumns';
import { DEFAULT_FEE_ITEMS, feeScheduleSchema, type FeeItem } from './fees';
import { DEFAULT_CUSTODY_RULES, type CustodyRules } from './movein';
import { custodyRulesSchema } from './moveOut';
import type { Role } from './record';
import {
  DEFAULT_RENOVATION_AGREEMENT,
  renovationAgreementSchema,
  type RenovationAgreementSettings,
} from './renovationDocs';
import type { RateTargets } from './review/figures';
import type { SupersededDefault } from './settingsMigration';
import { DEFAULT_SITE_SCHEDULE, siteScheduleSchema, type SiteSchedule } from './siteDue';
import { DEFAULT_RATE_TARGETS, rateTargetsSchema } from './review/targets';
import { DEFAULT_SYNC_SETTINGS, syncSettingsSchema, type SyncSettings } from './sync/syncSettings';
import { DEFAULT_VENUE_SETTINGS, venueSettingsSchema, type VenueSettings } from './venues';
import { DEFAULT_VISIT_PLAN, visitPlanSettingsSchema, type VisitPlanSettings } from './visitPlan';

/** Local calendar overrides: one entry per date (a second one for a date is a mistake). */
export const calendarOverridesSchema = z.array(calendarOverrideSchema).superRefine((list, ctx) => {
  for (const { index, key } of repeatsIn(list, (o) => o.date))
    ctx.addIssue({ code: 'custom', message: `日期重复：${key}`, path: [index, 'date'] });
}) satisfies z.ZodType<CalendarOverride[], unknown>;

/** Shown before the first-run wizard has saved the real profile; never printed. */
const EMPTY_PROFILE: PropertyProfile = {
  name: '',
  kind: 'residential',
  address: '',
  stampText: '',
};

/** The value type of each key. */
export interface SettingValues {
  profile: PropertyProfile;
  departments: Department[];
  fees: FeeItem[];
  deadlines: DeadlineSettings;
  calendarOverrides: CalendarOverride[];
  printing: PrintingSettings;
  limits: LimitsSettings;
  custody: CustodyRules;
  renovationAgreement: RenovationAgreementSettings;
  rateTargets: RateTargets;
  /** When patrols, inspections and the manager's 签阅 fall due (issue 19). */
  siteSchedule: SiteSchedule;
  billing: BillingSettings;
  /** Public-space bookings (issue 19): whether a supervisor approves them, deposit refund days. */
  venues: VenueSettings;
  /** 多台电脑同步 (issue 20): this desk's server, estate and code; never replicated. */
  sync: SyncSettings;
  language: UiLanguage;
  /** 拜访计划 (issue 17 §3): the head, the areas' 物管员 and the plan's numbers. */
  visitPlan: VisitPlanSettings;
  /** The roster import's code translations, remembered for the next file (issue 18). */
  rosterCodes: CodeMap;
  /** The fee-history import's column mapping, remembered for the next file (issue 18). */
  feeHistoryColumns: FeeHistoryMapping;
}

export type SettingKey = keyof SettingValues;
export type SettingValue<K extends SettingKey> = SettingValues[K];

type SettingDefinitions = {
  [K in SettingKey]: {
    schema: z.ZodType<SettingValues[K], unknown>;
    defaultValue: SettingValues[K];
    role: Role;
    /** Defaults this key had before, moved to the current default on load. */
    superseded?: readonly SupersededDefault[];
  };
};

/** 004 (the desk's own work instruction) is the strictest revisit rule: 3 days for every complaint. */
const REVISIT_REASON =
  '按 004 前台作业指导书：投诉处理后 3 天内回访（001 为一周内，002 为重大 1 周、一般 2 周）';

export const SETTINGS: SettingDefinitions = {
  profile: { schema: propertyProfileSchema, defaultValue: EMPTY_PROFILE, role: 'manager' },
  departments: {
    schema: departmentListSchema,
    defaultValue: [...DEFAULT_DEPARTMENTS],
    role: 'supervisor',
  },
  fees: { schema: feeScheduleSchema, defaultValue: [...DEFAULT_FEE_ITEMS], role: 'manager' },
  deadlines: {
    schema: deadlineSettingsSchema,
    defaultValue: { ...DEFAULT_DEADLINES },
    role: 'supervisor',
    superseded: [
      {
        field: 'complaintRevisitMajorDays',
        was: [7],
        label: '重大投诉回访（处理后天数）',
        reason: REVISIT_REASON,
      },
      {
        field: 'complaintRevisitGeneralDays',
        was: [14],
        label: '一般投诉回访（处理后天数）',
        reason: REVISIT_REASON,
      },
    ],
  },
  calendarOverrides: { schema: calendarOverridesSchema, defaultValue: [], role: 'supervisor' },
  printing: { schema: printingSettingsSchema, defaultValue: DEFAULT_PRINTING, role: 'supervisor' },
  limits: { schema: limitsSettingsSchema, defaultValue: DEFAULT_LIMITS, role: 'manager' },
  custody: {
    schema: custodyRulesSchema,
    defaultValue: { ...DEFAULT_CUSTODY_RULES },
    role: 'manager',
  },
  renovationAgreement: {
    schema: renovationAgreementSchema,
    defaultValue: { ...DEFAULT_RENOVATION_AGREEMENT },
    role: 'supervisor',
  },
  rateTargets: {
    schema: rateTargetsSchema,
    defaultValue: { ...DEFAULT_RATE_TARGETS },
    role: 'manager',
  },
  siteSchedule: {
    schema: siteScheduleSchema,
    defaultValue: { ...DEFAULT_SITE_SCHEDULE },
    role: 'supervisor',
  },
  // Property and energy fee standards (issue 18): prices, so the manager's.
  billing: { schema: billingSettingsSchema, defaultValue: DEFAULT_BILLING, role: 'manager' },
  // Who may use the estate's spaces is the running of the desk: the supervisor's (issue 19).
  venues: {
    schema: venueSettingsSchema,
    defaultValue: { ...DEFAULT_VENUE_SETTINGS },
    role: 'supervisor',
  },
  // Joining a server decides where the estate's records go: the manager's (issue 20).
  sync: { schema: syncSettingsSchema, defaultValue: { ...DEFAULT_SYNC_SETTINGS }, role: 'manager' },
  language: { schema: uiLanguageSchema, defaultValue: DEFAULT_UI_LANGUAGE, role: 'clerk' },
  // Who visits which area is the running of the desk: the supervisor's.
  visitPlan: {
    schema: visitPlanSettingsSchema,
    defaultValue: { ...DEFAULT_VISIT_PLAN, areas: [] },
    role: 'supervisor',
  },
  // Whoever imports a roster translates its codes (any operator imports; it changes no price).
  rosterCodes: { schema: codeMapSchema, defaultValue: {}, role: 'clerk' },
  // Which column is which in the former system's fee sheet, kept when a supervisor imports one
  // (only she writes history; a clerk may check a file with the mapping she picks).
  feeHistoryColumns: { schema: feeHistoryMappingSchema, defaultValue: {}, role: 'supervisor' },
};

export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key);
}

/** Parses a value for `key` with its schema (filling field defaults). */
export function parseSetting<K extends SettingKey>(
  key: K,
  value: unknown,
): z.ZodSafeParseResult<SettingValue<K>> {
  const definition: SettingDefinitions[K] = SETTINGS[key];
  return definition.schema.safeParse(value);
}
