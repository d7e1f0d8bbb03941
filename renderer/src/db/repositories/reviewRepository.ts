import { formatYuan } from '@shared/domain/money';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { idsBehind, type ReviewSection } from '@shared/domain/review/behind';
import type { ReviewContext } from '@shared/domain/review/facts';
import type { MonthlyReview } from '@shared/domain/review/figures';
import { monthlyReview } from '@shared/domain/review/monthly';
import { checkMonth } from '@shared/domain/review/months';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import { loadReviewWindow, type ReviewWindow } from './reviewWindow';
import type { createSettingsRepository } from './settingsRepository';

/** One record behind a bar of the review, as the drawer lists it. */
export interface BehindRow {
  id: string;
  /** Document number, or the nearest thing a register has (tracking number, key label). */
  number: string;
  /** Office date-time, `YYYY-MM-DD HH:mm`. */
  date: string;
  unit: string;
  summary: string;
  /**
   * Hash route that opens the record where its register supports it (money: `?no=`), else
   * the register's list.
   */
  path: string;
}

const short = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Every record of the window as a drawer row, by id (ids are unique across tables). */
function rowsOf(w: ReviewWindow): Map<string, BehindRow> {
  const rows: BehindRow[] = [
    ...w.cases.map((c) => ({
      id: c.id,
      number: c.no,
      date: formatOfficeDateTime(c.receivedAt),
      unit: c.unitCode ?? '',
      summary: short(c.content),
      path: '/complaints',
    })),
    ...w.workOrders.map((o) => ({
      id: o.id,
      number: o.no,
      date: formatOfficeDateTime(o.receivedAt),
      unit: o.unitCode,
      summary: short(o.problem),
      path: o.kind === 'paidService' ? '/services' : '/repairs',
    })),
    ...w.renovations.map((j) => ({
      id: j.id,
      number: j.no,
      date: formatOfficeDateTime(j.startedAt ?? j.appliedAt),
      unit: j.unitCode,
      summary: `${j.ownerName} · ${j.contractorName}`,
      path: '/renovation',
    })),
    ...w.receipts.map((r) => ({
      id: r.id,
      number: r.no,
      date: formatOfficeDateTime(r.issuedAt),
      unit: r.unitCode ?? '',
      summary: `${r.payerName} · ${formatYuan(r.totalFen)}`,
      path: `/money?no=${encodeURIComponent(r.no)}`,
    })),
    ...w.mail.map((m) => ({
      id: m.id,
      number: m.trackingNo ?? '',
      date: formatOfficeDateTime(m.receivedAt),
      unit: m.unitCode,
      summary: short([m.carrier, m.addressee].filter(Boolean).join(' · ')),
      path: '/mail',
    })),
    ...w.visits.map((v) => ({
      id: v.id,
      number: '',
      date: formatOfficeDateTime(v.inAt),
      unit: v.unitCode,
      summary: short(`${v.name} · ${v.reason}`),
      path: '/visitors',
    })),
    ...w.keyLoans.map((l) => ({
      id: l.id,
      number: l.keyLabel,
      date: formatOfficeDateTime(l.lentAt),
      unit: '',
      summary: short(`${l.borrower} · ${l.reason}`),
      path: '/keys',
    })),
  ];
  return new Map(rows.map((r) => [r.id, r]));
}

type Settings = Pick<ReturnType<typeof createSettingsRepository>, 'get'>;

/**
 * 月度统计: the figures of a month with its comparisons and trend, and the records behind any
 * bar. Read-only; every figure comes from shared/domain/review.
 */
export function createReviewRepository(
  db: TaizhangDB,
  settings: Settings,
  clock: () => string = nowIso,
) {
  async function context(): Promise<ReviewContext> {
    return { now: clock(), deadlines: await settings.get('deadlines') };
  }

  return {
    /** The review of `month` (`YYYY-MM`, office time). */
    async monthly(month: string): Promise<MonthlyReview> {
      checkMonth(month);
      const [w, ctx, profile, targets] = await Promise.all([
        loadReviewWindow(db, month),
        context(),
        settings.get('profile'),
        settings.get('rateTargets'),
      ]);
      return monthlyReview({ facts: w.facts, month, ctx, estateName: profile.name, targets });
    },

    /** The records a bar of `section` (bucket `key`) counted in `month`, in counting order. */
    async recordsBehind(section: ReviewSection, key: string, month: string): Promise<BehindRow[]> {
      checkMonth(month);
      const [w, ctx] = await Promise.all([loadReviewWindow(db, month), context()]);
      const rows = rowsOf(w);
      return idsBehind(w.facts, section, key, month, ctx).flatMap((id) => {
        const row = rows.get(id);
        return row ? [row] : [];
      });
    },
  };
}
