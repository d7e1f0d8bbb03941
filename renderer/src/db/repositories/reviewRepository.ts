import Dexie from 'dexie';
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
import { REVIEW_MONTHS_VERSION, type ReviewMonthRecord } from '../reviewMonths';
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

/**
 * Runs `fn` outside the live query that called the review (if any): what it reads is not
 * observed, and it may write. The stored months are the review's own bookkeeping: the screen
 * re-reads on the cache's generation, and its own store must not wake its query again.
 */
function unobserved<T>(fn: () => Promise<T>): Promise<T> {
  const promise = Dexie.Promise as unknown as {
    newPSD?: (scope: () => Promise<T>, props: Record<string, unknown>) => Promise<T>;
  };
  return promise.newPSD ? promise.newPSD(fn, { subscr: undefined, trans: null }) : fn();
}

/** The month is over at the context's clock: its figures no longer depend on the clock. */
const isOver = (month: string, ctx: ReviewContext) =>
  parseInstant(officeMonthRange(month).to) <= parseInstant(ctx.now);

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

  interface Computed {
    figures: MonthlyFigures;
    point: TrendPoint;
    ended: boolean;
  }
  /**
   * Months being computed, by month, with the commit count they started at: a second caller
   * asking for a month already being read (the idle prefetch, then the manager's switch to that
   * month) waits for that read instead of reading the same records again. Only a computation
   * started at the caller's own commit count is shared (one spanning a write is not kept).
   */
  const computing = new Map<string, { since: number; done: Promise<Computed> }>();

  /**
   * Writes the months that are over to the stored table, after the caller has its figures. The
   * first read waits for the transaction to run: a write queued before it commits first, and if
   * it touched the review's tables (`commits` moved) the months may predate it and are not kept.
   */
  function keep(since: number, list: readonly Computed[]) {
    const rows: ReviewMonthRecord[] = list
      .filter((c) => c.ended)
      .map((c) => ({
        month: c.figures.month,
        v: REVIEW_MONTHS_VERSION,
        figures: c.figures,
        point: c.point,
      }));
    if (rows.length === 0) return;
    setTimeout(() => {
      void unobserved(() =>
        db.transaction('rw', db.reviewMonths, async () => {
          await db.reviewMonths.get(rows[0]!.month);
          if (cache.commits() === since) await db.reviewMonths.bulkPut(rows);
        }),
      ).catch(() => undefined); // a month not stored is computed again next time
    }, 0);
  }

  /** The stored months among `months` (of this app's version), read outside any live query. */
  async function storedMonths(months: readonly string[]): Promise<ReviewMonthRecord[]> {
    if (months.length === 0) return [];
    const rows = await unobserved(() => db.reviewMonths.bulkGet([...months]));
    return rows.filter((r): r is ReviewMonthRecord => r?.v === REVIEW_MONTHS_VERSION);
  }

  /** Computes the months `a`..`b` from one read of their records, and keeps them. */
  function computeRun(since: number, a: string, b: string, ctx: ReviewContext) {
    const run = loadReviewRange(db, a, b).then((w) => {
      const list = monthsFrom(a, b).map((m) => {
        const f = monthlyFigures(w.facts, m, ctx);
        return { figures: f, point: trendPoint(f), ended: isOver(m, ctx) };
      });
      if (cache.store(since, w.reads, list)) keep(since, list);
      return list;
    });
    const months = monthsFrom(a, b);
    months.forEach((m, i) => {
      const done = run.then((list) => list[i]!);
      const entry = { since, done };
      computing.set(m, entry);
      // Forgotten once settled (a failure is reported to every caller waiting, then re-read).
      const forget = () => {
        if (computing.get(m) === entry) computing.delete(m);
      };
      done.then(forget, forget);
    });
    return run;
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
    // Months that are over and were stored (in this session or an earlier one).
    const over = [...missing].filter((m) => isOver(m, ctx));
    const stored = await storedMonths(over);
    if (stored.length > 0 && cache.adopt(since, stored)) {
      for (const r of stored) {
        missing.delete(r.month);
        figures.set(r.month, r.figures);
        points.set(r.month, r.point);
      }
    }
    // Months another call is computing right now, from the same state of the records (only
    // months that are over: their figures do not depend on that call's clock).
    const joined: Promise<Computed>[] = [];
    for (const m of [...missing]) {
      const c = computing.get(m);
      if (c && c.since === since && isOver(m, ctx)) {
        joined.push(c.done);
        missing.delete(m);
      }
    }
    const computed = await Promise.all([
      ...monthRuns([...missing]).map(([a, b]) => computeRun(since, a, b, ctx)),
      ...joined.map((p) => p.then((c) => [c])),
    ]);
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
