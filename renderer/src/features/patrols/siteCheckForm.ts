import { toIsoInstant } from '@shared/domain/officeTime';
import {
  blankChecklist,
  isChecklistKind,
  type ChecklistResult,
  type SiteCheckInput,
  type SiteCheckKind,
} from '@shared/domain/siteChecks';

/** The form as the clerk fills it: lists typed as text, the time as local `YYYY-MM-DDTHH:mm`. */
export interface SiteCheckValues {
  kind: SiteCheckKind;
  at: string;
  inspector: string;
  route: string;
  points: string;
  findings: { text: string }[];
  checklist: ChecklistResult[];
  units: string;
  alertId: string;
  phase: '' | 'before' | 'after';
  summary: string;
  photos: string[];
}

/** Now in office time, for a datetime field. */
export function localNow(): string {
  const d = new Date(Date.now() + 8 * 3_600_000);
  return d.toISOString().slice(0, 16);
}

/**
 * Codes or points typed in one box, split on 、，, ; and new lines; unit codes on spaces too
 * (a place like `1 号楼大堂` keeps its space).
 */
export function splitList(text: string, onSpaces = false): string[] {
  return [
    ...new Set(
      text
        .split(onSpaces ? /[、，,;；\s]+/ : /[、，,;；\n]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

export function blankValues(
  kind: SiteCheckKind,
  inspector: string,
  extra: Partial<SiteCheckValues> = {},
): SiteCheckValues {
  return {
    kind,
    at: localNow(),
    inspector,
    route: '',
    points: '',
    findings: [],
    checklist: isChecklistKind(kind) ? blankChecklist(kind) : [],
    units: '',
    alertId: '',
    phase: '',
    summary: '',
    photos: [],
    ...extra,
  };
}

/** The domain input of the form: only what the kind keeps. */
export function toSiteCheckInput(v: SiteCheckValues): SiteCheckInput {
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v.at)
    ? toIsoInstant(v.at.replace('T', ' '))
    : v.at;
  const units = splitList(v.units, true);
  return {
    kind: v.kind,
    at,
    inspector: v.inspector,
    ...(v.kind === 'patrol'
      ? {
          route: v.route,
          points: splitList(v.points),
          findings: v.findings.filter((f) => f.text.trim() !== ''),
        }
      : {}),
    ...(isChecklistKind(v.kind)
      ? { checklist: v.checklist.map((r) => (r.ok ? { item: r.item, ok: true } : r)) }
      : {}),
    ...(v.kind === 'vacantClean' || v.kind === 'custodyRain' ? { unitCodes: units } : {}),
    ...(v.kind === 'custodyRain'
      ? { ...(v.phase ? { phase: v.phase } : {}), ...(v.alertId ? { alertId: v.alertId } : {}) }
      : {}),
    ...(v.summary.trim() ? { summary: v.summary } : {}),
    ...(v.photos.length ? { photos: v.photos } : {}),
  };
}
