/**
 * Site ledgers (domain §8, 000 1.2.7 / 2.1.11, 002 制度5, 004): building patrols (巡楼), cleaning
 * and greenery inspections, the supervisor's 客务部工作检查表, the monthly vacant-unit cleaning
 * log, heavy-rain rounds of the custody units and the daily management log, each read and
 * signed (签阅) by the manager.
 *
 * Policy:
 * - An inspection with a checklist is scored as the share of items passed, 0–100, rounded half
 *   up; a failed item must say what was wrong (the supervisor follows it up).
 * - A patrol's finding may become a work order; the finding keeps the order's number and the
 *   order points back at the patrol (linked both ways).
 * - Photos are optional, kept small (inline JPEG/PNG data, ≤ 3 a record, ≤ 400 KB each) because
 *   they live in the desk's database and its backups.
 */
import { z } from 'zod';
import { RegisterRuleError } from './repairs';
import { codesOf } from './codes';

/** The Chinese name of each record, as the paper forms call them. */
export const SITE_CHECK_LABELS = {
  patrol: '巡楼报告',
  cleaning: '清洁检查',
  greenery: '绿化检查',
  deskCheck: '客务部工作检查表',
  vacantClean: '空置单元清洁记录',
  rainAlert: '暴雨预警',
  custodyRain: '托管单元暴雨检查',
  dailyLog: '大厦管理日志',
};
export type SiteCheckKind = keyof typeof SITE_CHECK_LABELS;
export const SITE_CHECK_KINDS = codesOf(SITE_CHECK_LABELS);

/** Kinds with a checklist and a score. */
export const CHECKLIST_KINDS = ['cleaning', 'greenery', 'deskCheck'] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

/** The standard checklist of each inspection (the manuals' 检查项目), in form order. */
export const CHECKLISTS: Record<ChecklistKind, readonly string[]> = {
  cleaning: [
    '大堂地面、墙面洁净',
    '电梯轿厢洁净无异味',
    '楼道、步梯无杂物',
    '垃圾桶及时清运',
    '卫生间洁净无异味',
    '外围道路、停车场洁净',
  ],
  greenery: ['草坪修剪整齐', '乔灌木无枯枝病虫', '绿地无杂物垃圾', '花卉及时浇灌', '绿化设施完好'],
  deskCheck: [
    '仪容仪表、工牌佩戴',
    '前台台面整洁',
    '来电来访登记完整',
    '信件报刊登记及时',
    '钥匙借还登记完整',
    '交接班记录清楚',
    '收费单据与现金相符',
  ],
};

export const MAX_PHOTOS = 3;
export const MAX_PHOTO_CHARS = 400_000;

const PHOTO = /^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/;

export interface ChecklistResult {
  item: string;
  ok: boolean;
  note?: string;
}

export interface PatrolFinding {
  text: string;
  /** Where the work order went when the finding became one (转派工单). */
  workOrderId?: string;
  workOrderNo?: string;
}

/** The share of checklist items passed, 0–100, rounded half up; null with no items. */
export function checklistScore(results: readonly Pick<ChecklistResult, 'ok'>[]): number | null {
  if (results.length === 0) return null;
  const passed = results.filter((r) => r.ok).length;
  return Math.round((passed * 100) / results.length);
}

/** The standard list of `kind` as unticked-yet-passed rows (a clerk unticks what failed). */
export function blankChecklist(kind: ChecklistKind): ChecklistResult[] {
  return CHECKLISTS[kind].map((item) => ({ item, ok: true }));
}

export const isChecklistKind = (k: SiteCheckKind): k is ChecklistKind =>
  (CHECKLIST_KINDS as readonly string[]).includes(k);

const text = (max: number) => z.string().trim().max(max, `最多 ${max} 个字`);

/** The form of any site record; rules that depend on the kind are checked in superRefine. */
export const siteCheckSchema = z
  .object({
    kind: z.enum(SITE_CHECK_KINDS),
    /** When it was done (or, for a rain alert, when the rain is expected), ISO. */
    at: z.string().min(1, '请填写时间'),
    inspector: text(30).min(1, '请填写检查人'),
    route: text(120).optional(),
    points: z.array(text(40)).max(30, '巡查点最多 30 个').optional(),
    findings: z
      .array(z.object({ text: text(200).min(1, '请填写发现的问题') }))
      .max(20, '一次最多记录 20 项问题')
      .optional(),
    checklist: z
      .array(z.object({ item: text(40), ok: z.boolean(), note: text(100).optional() }))
      .max(20)
      .optional(),
    /** Units covered (vacant cleaning, a rain round), by code. */
    unitCodes: z.array(text(40)).max(500).optional(),
    /** A rain round: before or after the rain of `alertId`. */
    phase: z.enum(['before', 'after']).optional(),
    alertId: z.string().optional(),
    summary: text(1000).optional(),
    photos: z
      .array(
        z
          .string()
          .max(MAX_PHOTO_CHARS, '照片过大（每张不超过 300 KB）')
          .regex(PHOTO, '照片格式应为 JPEG/PNG'),
      )
      .max(MAX_PHOTOS, `最多 ${MAX_PHOTOS} 张照片`)
      .optional(),
  })
  .superRefine((v, ctx) => {
    const need = (ok: boolean, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (v.kind === 'patrol') need(Boolean(v.route?.trim()), 'route', '请填写巡查路线');
    if (isChecklistKind(v.kind)) {
      need((v.checklist?.length ?? 0) > 0, 'checklist', '请逐项填写检查结果');
      v.checklist?.forEach((r, i) => {
        if (!r.ok && !r.note?.trim())
          ctx.addIssue({
            code: 'custom',
            path: ['checklist', i, 'note'],
            message: '不合格项请写明问题',
          });
      });
    }
    if (v.kind === 'vacantClean')
      need((v.unitCodes?.length ?? 0) > 0, 'unitCodes', '请填写已清洁的单元');
    if (v.kind === 'custodyRain') {
      need(Boolean(v.phase), 'phase', '请选择雨前或雨后');
      need(Boolean(v.alertId), 'alertId', '请选择对应的暴雨预警');
    }
    if (v.kind === 'dailyLog') need(Boolean(v.summary?.trim()), 'summary', '请填写日志内容');
  });

export type SiteCheckInput = z.input<typeof siteCheckSchema>;
export type SiteCheckOutput = z.output<typeof siteCheckSchema>;

/** A rule of the site ledgers refused the action; `problems` are Chinese, shown as they are. */
export class SiteCheckRuleError extends RegisterRuleError {
  override name = 'SiteCheckRuleError';
}
