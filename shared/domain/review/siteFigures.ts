/**
 * The site ledgers of a month (issue 19), for the monthly review and report: patrols and what
 * they found (and how much of it became work orders), inspections with their average score,
 * daily logs, vacant-unit cleaning and custody rain rounds, and how many the manager signed.
 */
import { officeDateOf } from '../officeTime';
import type { ChecklistKind, SiteCheckKind } from '../siteChecks';

export interface SiteMonthFacts {
  id: string;
  kind: SiteCheckKind;
  at: string;
  score?: number;
  findings?: readonly { workOrderId?: string }[];
  unitCodes?: readonly string[];
  signed: boolean;
}

export interface SiteMonthFigures {
  month: string;
  patrols: number;
  /** Days of the month with at least one patrol. */
  patrolDays: number;
  findings: number;
  findingsToOrders: number;
  inspections: Record<ChecklistKind, { count: number; averageScore: number | null }>;
  dailyLogs: number;
  vacantUnitsCleaned: number;
  rainRounds: number;
  /** Records the manager may sign (rain alerts aside), and how many are signed. */
  signable: number;
  signed: number;
}

/** The month's figures from its records (`YYYY-MM`, office time); deleted rows left out. */
export function siteMonthFigures(rows: readonly SiteMonthFacts[], month: string): SiteMonthFigures {
  const of = rows.filter((r) => officeDateOf(r.at).startsWith(month));
  const kind = (k: SiteCheckKind) => of.filter((r) => r.kind === k);
  const patrols = kind('patrol');
  const findings = patrols.flatMap((p) => p.findings ?? []);
  const inspection = (k: ChecklistKind) => {
    const scored = kind(k).filter((r) => r.score !== undefined);
    const sum = scored.reduce((a, r) => a + (r.score ?? 0), 0);
    return {
      count: kind(k).length,
      averageScore: scored.length ? Math.round(sum / scored.length) : null,
    };
  };
  const signable = of.filter((r) => r.kind !== 'rainAlert');
  return {
    month,
    patrols: patrols.length,
    patrolDays: new Set(patrols.map((p) => officeDateOf(p.at))).size,
    findings: findings.length,
    findingsToOrders: findings.filter((f) => f.workOrderId).length,
    inspections: {
      cleaning: inspection('cleaning'),
      greenery: inspection('greenery'),
      deskCheck: inspection('deskCheck'),
    },
    dailyLogs: kind('dailyLog').length,
    vacantUnitsCleaned: new Set(kind('vacantClean').flatMap((r) => r.unitCodes ?? [])).size,
    rainRounds: kind('custodyRain').length,
    signable: signable.length,
    signed: signable.filter((r) => r.signed).length,
  };
}
