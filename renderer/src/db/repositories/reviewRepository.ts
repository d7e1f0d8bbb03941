import { formatYuan } from '@shared/domain/money';
import { periodLabel } from '@shared/domain/billing';
import { formatOfficeDateTime, parseInstant } from '@shared/domain/officeTime';
import { idsBehind, type ReviewSection } from '@shared/domain/review/behind';
import type { ReviewContext } from '@shared/domain/review/facts';
import type { MonthlyFigures, MonthlyReview, TrendPoint } from '@shared/domain/review/figures';
import { monthlyFigures, trendPoint } from '@shared/domain/review/monthly';
import {
  checkMonth,
  nextMonth,
  officeMonthRange,
  previousMonth,
  sameMonthLastYear,
  trendMonths,
} from '@shared/domain/review/months';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import { createReviewCache } from './reviewCache';
import { loadReviewRange, loadReviewWindow, monthsFrom, type ReviewWindow } from './reviewWindow';
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
    ...[...w.receipts, ...w.looseDeposits].map((r) => ({
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
    ...w.enquiries.map((e) => ({
      id: e.id,
      number: e.no,
      date: formatOfficeDateTime(e.receivedAt),
      unit: e.unitCode ?? '',
      summary: short(`${e.callerName} · ${e.topic} · ${e.question}`),
      path: `/enquiries?open=${encodeURIComponent(e.id)}`,
    })),
    ...w.surveyResponses.map((f) => {
      const round = w.surveyRounds.find((r) => r.id === f.roundId);
      return {
        id: f.id,
        number: round ? `${round.no} · ${f.seq}` : String(f.seq),
        date: formatOfficeDateTime(f.enteredAt),
        unit: f.unitCode ?? '',
        summary: short(round?.title ?? ''),
        path: `/surveys?open=${encodeURIComponent(f.roundId)}`,
      };
    }),
    ...w.bills.map((b) => ({
      id: b.id,
      number: periodLabel(b.period),
      date: b.dueMonth,
      unit: b.unitCode,
      summary: `${b.itemName} · ${formatYuan(b.amountFen - b.paidFen)} / ${formatYuan(b.amountFen)}`,
      path: '/fees',
    })),
  ];
  return new Map(rows.map((r) => [r.id, r]));
}

/** Sorted months grouped into runs of consecutive months, as `[first, last]`. */
function monthRuns(months: readonly string[]): [string, string][] {
  const runs: [string, string][] = [];
  for (const m of [...months].sort()) {
    const run = runs[runs.length - 1];
    if (run && nextMonth(run[1]) === m) run[1] = m;
    else runs.push([m, m]);
  }
  return runs;
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
  const cache = createReviewCache(db);
  async function context(): Promise<ReviewContext> {
    const [deadlines, billing] = await Promise.all([
      settings.get('deadlines'),
      settings.get('billing'),
    ]);
    const { majorArrearsFen, majorArrearsMonths } = billing;
    return { now: clock(), deadlines, majorArrears: { majorArrearsFen, majorArrearsMonths } };
  }

  /**
   * The figures of the `full` months and the trend points of the `trend` months: from the cache,
   * else computed from the records of just the months missing (a run of months per read).
   */
  async function figuresFor(
    since: number,
    full: readonly string[],
    trend: readonly string[],
    ctx: ReviewContext,
  ) {
    const figures = new Map<string, MonthlyFigures>();
    const points = new Map<string, TrendPoint>();
    const missing = new Set<string>();
    for (const m of full) {
      const f = cache.figures(m);
      if (f) figures.set(m, f);
      else missing.add(m);
    }
    for (const m of trend) {
      const known = figures.get(m);
      const p = cache.point(m) ?? (known ? trendPoint(known) : undefined);
      if (p) points.set(m, p);
      else missing.add(m);
    }
    const computed = await Promise.all(
      monthRuns([...missing]).map(async ([a, b]) => {
        const w = await loadReviewRange(db, a, b);
        const run = monthsFrom(a, b).map((m) => {
          const f = monthlyFigures(w.facts, m, ctx);
          const ended = parseInstant(officeMonthRange(m).to) <= parseInstant(ctx.now);
          return { figures: f, point: trendPoint(f), ended };
        });
        cache.store(since, w.reads, run);
        return run;
      }),
    );
    for (const c of computed.flat()) {
      figures.set(c.figures.month, c.figures);
      points.set(c.figures.month, c.point);
    }
    return { figures, points };
  }

  return {
    /** The review of `month` (`YYYY-MM`, office time). */
    async monthly(month: string): Promise<MonthlyReview> {
      checkMonth(month);
      const since = cache.commits();
      const [ctx, profile, targets] = await Promise.all([
        context(),
        settings.get('profile'),
        settings.get('rateTargets'),
      ]);
      const [previous, lastYear] = [previousMonth(month), sameMonthLastYear(month)];
      const trend = trendMonths(month);
      const { figures, points } = await figuresFor(since, [month, previous, lastYear], trend, ctx);
      return {
        estateName: profile.name,
        targets,
        current: figures.get(month)!,
        previous: figures.get(previous)!,
        lastYear: figures.get(lastYear)!,
        trend: trend.map((m) => points.get(m)!),
      };
    },

    /** The 12-month trend ending with `month`, as `monthly(month).trend` gives it. */
    async trend(month: string): Promise<TrendPoint[]> {
      checkMonth(month);
      const since = cache.commits();
      const trend = trendMonths(month);
      const { points } = await figuresFor(since, [], trend, await context());
      return trend.map((m) => points.get(m)!);
    },

    /** Calls `listener` after each commit that may change a figure (the screen re-reads). */
    subscribe: cache.subscribe,
    /** Changes whenever `subscribe`'s listeners are called. */
    generation: cache.generation,

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
