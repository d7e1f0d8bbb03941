import { addDaysToDate, officeDateOf } from '@shared/domain/officeTime';
import { requireRole, type Actor } from '@shared/domain/record';
import { registerTerms } from '@shared/domain/repairs';
import {
  checklistScore,
  SITE_CHECK_LABELS,
  siteCheckSchema,
  SiteCheckRuleError,
  type SiteCheckInput,
  type SiteCheckKind,
} from '@shared/domain/siteChecks';
import { siteMonthFigures, type SiteMonthFigures } from '@shared/domain/review/siteFigures';
import type { SiteFacts, SiteSchedule } from '@shared/domain/siteDue';
import {
  insertAudited,
  mustLive,
  RecordNotFoundError,
  updateAudited,
  writeAudit,
} from '../audited';
import type { TaizhangDB } from '../database';
import { nowIso } from '../ids';
import type { HandoverRecord, SignoffRecord, SiteCheckRecord } from '../records';
import { nextDocNo } from './numbering';
import { optional } from './receiptInputs';
import type { WorkOrderRepository } from './workOrderRepository';

export interface SiteCheckFilter {
  kind?: SiteCheckKind;
  /** Office dates `YYYY-MM-DD`, inclusive. */
  fromDate?: string;
  toDate?: string;
  text?: string;
}

/** Something the manager may sign: a site record or a closed handover's 管理日志. */
export interface Signable {
  table: 'siteChecks' | 'handovers';
  id: string;
  no: string;
  kind: SiteCheckKind | 'handoverLog';
  at: string;
  by: string;
  text: string;
  signoff?: SignoffRecord;
}

const subjectOf = (table: Signable['table'], id: string) => `${table}:${id}`;
const dayStart = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`)).toISOString();
const dayEnd = (date: string) => new Date(Date.parse(`${date}T23:59:59.999+08:00`)).toISOString();

/** How far back the board and the sign-off list look: the month, and at least two weeks. */
export function siteWindowStart(now: string): string {
  const today = officeDateOf(now);
  const twoWeeks = addDaysToDate(today, -14);
  const month = `${today.slice(0, 7)}-01`;
  return dayStart(month < twoWeeks ? month : twoWeeks);
}

function summaryOf(r: SiteCheckRecord): string {
  if (r.kind === 'patrol')
    return [r.route, ...(r.findings ?? []).map((f) => f.text)].filter(Boolean).join('；');
  if (r.score !== undefined) return `${r.score} 分`;
  if (r.unitCodes?.length) return r.unitCodes.join('、');
  return r.summary ?? '';
}

/** 巡查检查: patrols, inspections, rain rounds, cleaning logs, daily logs and their 签阅. */
export function createSiteCheckRepository(
  db: TaizhangDB,
  deps: { workOrders: WorkOrderRepository; schedule: () => Promise<SiteSchedule> },
) {
  const mustGet = (id: string) => mustLive(db.siteChecks, id);

  const signoffsOf = async (subjects: string[]) => {
    const rows = await db.signoffs.where('subject').anyOf(subjects).toArray();
    return new Map(rows.map((s) => [s.subject, s]));
  };

  async function list(filter: SiteCheckFilter = {}, limit = 500): Promise<SiteCheckRecord[]> {
    const from = filter.fromDate ? dayStart(filter.fromDate) : '';
    const to = filter.toDate ? dayEnd(filter.toDate) : '\uffff';
    const q = filter.text?.trim().toLowerCase();
    const rows = filter.kind
      ? await db.siteChecks
          .where('[kind+at]')
          .between([filter.kind, from], [filter.kind, to], true, true)
          .toArray()
      : await db.siteChecks.where('at').between(from, to, true, true).toArray();
    return rows
      .filter((r) => !r.deletedAt && (!q || r.terms.some((t) => t.includes(q))))
      .sort((a, b) => b.at.localeCompare(a.at))
      .slice(0, limit);
  }

  async function signables(sinceIso: string): Promise<Signable[]> {
    const [checks, handovers] = await Promise.all([
      db.siteChecks.where('at').aboveOrEqual(sinceIso).toArray(),
      db.handovers.where('closedAt').aboveOrEqual(sinceIso).toArray(),
    ]);
    const items: Signable[] = [
      ...checks
        .filter((c) => !c.deletedAt && c.kind !== 'rainAlert')
        .map((c) => ({
          table: 'siteChecks' as const,
          id: c.id,
          no: c.no,
          kind: c.kind,
          at: c.at,
          by: c.inspector,
          text: summaryOf(c),
        })),
      ...handovers
        .filter((h): h is HandoverRecord & { closedAt: string } => Boolean(h.closedAt))
        .map((h) => ({
          table: 'handovers' as const,
          id: h.id,
          no: h.no,
          kind: 'handoverLog' as const,
          at: h.closedAt,
          by: `${h.fromName} → ${h.toName}`,
          text: h.log,
        })),
    ];
    const signed = await signoffsOf(items.map((i) => subjectOf(i.table, i.id)));
    return items
      .map((i) => {
        const s = signed.get(subjectOf(i.table, i.id));
        return s ? { ...i, signoff: s } : i;
      })
      .sort((a, b) => b.at.localeCompare(a.at));
  }

  return {
    get: (id: string) => db.siteChecks.get(id),
    list,

    /** Stores a record with the next XC number; a checklist is scored. */
    async create(actor: Actor, input: SiteCheckInput): Promise<SiteCheckRecord> {
      const parsed = siteCheckSchema.safeParse(input);
      if (!parsed.success) throw new SiteCheckRuleError(parsed.error.issues.map((i) => i.message));
      const v = parsed.data;
      const score = v.checklist ? checklistScore(v.checklist) : null;
      return db.transaction('rw', [db.siteChecks, db.counters, db.audit], async () => {
        if (v.kind === 'custodyRain') {
          const alert = await db.siteChecks.get(v.alertId ?? '');
          if (!alert || alert.kind !== 'rainAlert')
            throw new SiteCheckRuleError(['请选择对应的暴雨预警']);
        }
        const no = await nextDocNo(db, 'siteCheck', nowIso());
        const record = {
          ...optional({
            route: v.route,
            summary: v.summary,
            phase: v.phase,
            alertId: v.alertId,
          }),
          ...(v.points?.length ? { points: v.points } : {}),
          ...(v.findings?.length ? { findings: v.findings.map((f) => ({ text: f.text })) } : {}),
          ...(v.checklist?.length ? { checklist: v.checklist } : {}),
          ...(score !== null ? { score } : {}),
          ...(v.unitCodes?.length ? { unitCodes: v.unitCodes } : {}),
          ...(v.photos?.length ? { photos: v.photos } : {}),
          no,
          kind: v.kind,
          at: v.at,
          inspector: v.inspector,
          clerkName: actor.name,
          terms: registerTerms('', [no, v.inspector, v.route, ...(v.unitCodes ?? [])]),
        };
        return insertAudited(
          db,
          db.siteChecks,
          record,
          actor,
          `${SITE_CHECK_LABELS[v.kind]} ${no}`,
        );
      });
    },

    /**
     * A patrol finding becomes a work order (转派工单): in one transaction the order names the
     * patrol and the finding keeps the order's number. One order per finding.
     */
    async findingToWorkOrder(actor: Actor, id: string, index: number, order: unknown) {
      return db.transaction(
        'rw',
        [db.siteChecks, db.workOrders, db.counters, db.audit],
        async () => {
          const check = await mustGet(id);
          const finding = check.findings?.[index];
          if (!finding) throw new SiteCheckRuleError(['没有这项巡查发现']);
          if (finding.workOrderId)
            throw new SiteCheckRuleError([`这项问题已转工单 ${finding.workOrderNo ?? ''}`]);
          const wo = await deps.workOrders.insertFromSiteCheck(actor, order, {
            siteCheckId: check.id,
            siteCheckNo: check.no,
          });
          const findings = (check.findings ?? []).map((f, i) =>
            i === index ? { ...f, workOrderId: wo.id, workOrderNo: wo.no } : f,
          );
          await updateAudited(db, db.siteChecks, id, { findings }, actor);
          return wo;
        },
      );
    },

    /**
     * 签阅: the manager signs a record she has read. The role is checked here and again by the
     * audited write against her operator row; a record is signed once.
     */
    async sign(
      actor: Actor,
      table: Signable['table'],
      recordId: string,
      note?: string,
    ): Promise<SignoffRecord> {
      requireRole(actor, 'manager');
      return db.transaction(
        'rw',
        [db.siteChecks, db.handovers, db.signoffs, db.audit],
        async () => {
          const subject = subjectOf(table, recordId);
          const row =
            table === 'siteChecks'
              ? await db.siteChecks.get(recordId)
              : await db.handovers.get(recordId);
          if (!row || row.deletedAt) throw new RecordNotFoundError(table, recordId);
          if (table === 'handovers' && !(row as HandoverRecord).closedAt)
            throw new SiteCheckRuleError(['交接班尚未完成，不能签阅']);
          if (await db.signoffs.where('subject').equals(subject).first())
            throw new SiteCheckRuleError([`${row.no} 已签阅`]);
          return insertAudited(
            db,
            db.signoffs,
            {
              ...optional({ note: note?.trim() }),
              subject,
              table,
              recordId,
              signedAt: nowIso(),
              signedById: actor.id,
              signedByName: actor.name,
            },
            actor,
            `签阅 ${row.no}`,
          );
        },
      );
    },

    /** What the manager may sign since `sinceIso`, newest first, with any 签阅 already made. */
    signables,

    /** The 签阅 of one record, if made. */
    async signoffOf(table: Signable['table'], id: string): Promise<SignoffRecord | undefined> {
      return db.signoffs.where('subject').equals(subjectOf(table, id)).first();
    },

    /** What the today board's site rules read (shared/domain/siteDue.ts). */
    async dueFacts(now: string): Promise<SiteFacts> {
      const since = siteWindowStart(now);
      const [schedule, first, recent, vacant, custodyUnits, toSign] = await Promise.all([
        deps.schedule(),
        db.siteChecks.orderBy('at').first(),
        db.siteChecks.where('at').aboveOrEqual(since).toArray(),
        db.units.where('status').equals('vacant').toArray(),
        db.units.where('status').equals('custody').toArray(),
        signables(since),
      ]);
      const live = recent.filter((r) => !r.deletedAt);
      const signed = new Set(toSign.filter((s) => s.signoff).map((s) => s.id));
      const lastAt: Partial<Record<SiteCheckKind, string>> = {};
      for (const kind of ['cleaning', 'greenery'] as const) {
        const last = await db.siteChecks
          .where('[kind+at]')
          .between([kind, ''], [kind, '\uffff'])
          .last();
        if (last) lastAt[kind] = last.at;
      }
      const moveIns = await db.moveIns
        .where('unitId')
        .anyOf(custodyUnits.map((u) => u.id))
        .toArray();
      const custody = moveIns.flatMap((m) =>
        m.custody && !m.custody.endedAt && !m.deletedAt
          ? [
              {
                moveInId: m.id,
                unitCode: m.unitCode,
                startAt: m.custody.startAt,
                ...(m.custody.checks.length > 0
                  ? { lastCheckAt: m.custody.checks[m.custody.checks.length - 1]!.at }
                  : {}),
              },
            ]
          : [],
      );
      return {
        schedule,
        ...(first ? { keptSince: first.createdAt < first.at ? first.createdAt : first.at } : {}),
        records: live.map((r) => ({
          id: r.id,
          no: r.no,
          kind: r.kind,
          at: r.at,
          ...optional({ phase: r.phase, alertId: r.alertId }),
          ...(r.unitCodes ? { unitCodes: r.unitCodes } : {}),
          signed: signed.has(r.id),
        })),
        lastAt,
        vacantUnitCodes: vacant.filter((u) => !u.deletedAt).map((u) => u.code),
        custody,
        handoverLogs: toSign
          .filter((s) => s.table === 'handovers' && !s.signoff)
          .map((s) => ({ id: s.id, no: s.no, closedAt: s.at })),
      };
    },

    /** Audits the print of a day's 巡楼日报. */
    async markReportPrinted(actor: Actor, date: string): Promise<void> {
      await db.transaction('rw', [db.audit], () =>
        writeAudit(db, actor, {
          action: 'print',
          table: 'siteChecks',
          recordId: `daily-${date}`,
          summary: `打印巡楼日报 ${date}`,
        }),
      );
    },

    /** The day's records and their 签阅, for the daily report. */
    async day(date: string) {
      const records = await list({ fromDate: date, toDate: date });
      const signed = await signoffsOf(records.map((r) => subjectOf('siteChecks', r.id)));
      const signoffs = new Map(
        records.flatMap((r) => {
          const s = signed.get(subjectOf('siteChecks', r.id));
          return s ? [[r.id, s] as const] : [];
        }),
      );
      return { date, records, signoffs };
    },

    /** Rain alerts of the last two weeks, newest first (a rain round names one). */
    async rainAlerts(now = nowIso()): Promise<SiteCheckRecord[]> {
      return list({ kind: 'rainAlert', fromDate: addDaysToDate(officeDateOf(now), -14) });
    },

    /** The month's figures (`YYYY-MM`) for the monthly review and report. */
    async monthFigures(month: string): Promise<SiteMonthFigures> {
      const rows = await list({ fromDate: `${month}-01`, toDate: `${month}-31` }, 100_000);
      const signed = await signoffsOf(rows.map((r) => subjectOf('siteChecks', r.id)));
      return siteMonthFigures(
        rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          at: r.at,
          ...(r.score !== undefined ? { score: r.score } : {}),
          ...(r.findings ? { findings: r.findings } : {}),
          ...(r.unitCodes ? { unitCodes: r.unitCodes } : {}),
          signed: signed.has(subjectOf('siteChecks', r.id)),
        })),
        month,
      );
    },
  };
}

export type SiteCheckRepository = ReturnType<typeof createSiteCheckRepository>;
