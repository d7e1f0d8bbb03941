/**
 * The shape of a branch summary file (分公司汇总文件), checked field by field on import: a file
 * comes from another PC and may be foreign, truncated, edited by hand or hostile. Counts are
 * non-negative integers, money integer fen, rates consistent with their counts (the value is
 * recomputed, never trusted), code keys short plain strings.
 *
 * Versions: 2 adds the 有效投诉率 (`rates.perHousehold`: valid complaints ÷ households, its
 * denominator the estate's household count). A version 1 file is still read: its households
 * are unknown, so its 有效投诉率 is not applicable (shown "—"), never 0 %.
 * 3 adds the month's enquiries (咨询来电: by topic and channel, 首次解决率) and the supervisor's
 * 原因分析 and 纠正/预防措施 (`analysis`). Version 1 and 2 files are still read: their enquiries
 * are none on record (0, the rate "—") and they carry no analysis.
 * 4 adds the month's property fees (`figures.fees`: 收费率 of the month and of past arrears,
 * arrears by age band and by building, 重大欠费). Older files carry none: their fees are absent
 * (shown "—"), whatever the file says there.
 * 5 adds the month's satisfaction surveys (`figures.surveys`: forms returned, 满意率 overall,
 * per round and per rating question). Older files carry none: their surveys are absent.
 */
import { z } from 'zod';
import { perHouseholdRate, rate, type ComplaintRates, type Rate } from '../rates';
import type { EnquiryFigures } from '../enquiries';
import { monthlyAnalysisEntrySchema, type MonthlyAnalysisEntry } from '../complaintAnalysis';
import type { FeeFigures, MonthlyFigures, SurveyMonthFigures, TrendPoint } from './figures';
import { REVIEW_SECTION_LABELS } from './sections';

export const BRANCH_SUMMARY_FORMAT = 'taizhang-branch-summary';
/** The version this app writes. */
export const BRANCH_SUMMARY_VERSION = 5;
/** The versions this app reads. */
export const BRANCH_SUMMARY_VERSIONS = [1, 2, 3, 4, 5] as const;
export type BranchSummaryVersion = (typeof BRANCH_SUMMARY_VERSIONS)[number];

/** At most this many keys in one breakdown: a real month has a handful. */
const MAX_KEYS = 200;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const count = z.number().int().min(0).max(10_000_000);
const fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const month = z.string().regex(MONTH);

const codeKey = z.string().min(1).max(64);
const counts = z
  .record(codeKey, count)
  .refine((r) => Object.keys(r).length <= MAX_KEYS, { message: 'too_many_keys' });
const fenByKey = z
  .record(codeKey, fen)
  .refine((r) => Object.keys(r).length <= MAX_KEYS, { message: 'too_many_keys' });

const rateSchema: z.ZodType<Rate, unknown> = z
  .object({
    numerator: count,
    denominator: count,
    value: z.number().min(0).max(1).nullable(),
  })
  .refine((r) => r.numerator <= r.denominator, { message: 'numerator_exceeds' })
  .transform((r) => rate(r.numerator, r.denominator));

/** 有效投诉率: the count may exceed the households; the value is recomputed. */
const perHouseholdSchema: z.ZodType<Rate, unknown> = z
  .object({
    numerator: count,
    denominator: count,
    value: z.number().min(0).max(10_000_000).nullable(),
  })
  .transform((r) => perHouseholdRate(r.numerator, r.denominator));

const fourRates = {
  valid: rateSchema,
  onTime: rateSchema,
  revisit: rateSchema,
  satisfaction: rateSchema,
};

/** The rates of a file of `version`, in the current shape. */
function ratesOf(version: BranchSummaryVersion): z.ZodType<ComplaintRates, unknown> {
  if (version === 1)
    return z
      .object(fourRates)
      .transform((r) => ({ ...r, perHousehold: perHouseholdRate(r.valid.numerator, 0) }));
  return z
    .object({ ...fourRates, perHousehold: perHouseholdSchema })
    .refine((r) => r.perHousehold.numerator === r.valid.numerator, {
      message: 'valid_mismatch',
      path: ['perHousehold', 'numerator'],
    });
}

/** What a file from before version 3 holds of enquiries: none on record. */
const NO_ENQUIRIES: EnquiryFigures = {
  received: 0,
  byTopic: {},
  byChannel: {},
  converted: 0,
  open: 0,
  firstContact: rate(0, 0),
};

const enquiriesSchema: z.ZodType<EnquiryFigures, unknown> = z
  .object({
    received: count,
    byTopic: counts,
    byChannel: counts,
    converted: count,
    open: count,
    firstContact: rateSchema,
  })
  .refine((e) => e.firstContact.denominator === e.received, {
    message: 'received_mismatch',
    path: ['firstContact', 'denominator'],
  });

/** A fee ratio: collected fen ÷ billed fen (amounts, so not bounded like counts). */
const fenRateSchema: z.ZodType<Rate, unknown> = z
  .object({ numerator: fen, denominator: fen, value: z.number().min(0).max(1).nullable() })
  .refine((r) => r.numerator <= r.denominator, { message: 'numerator_exceeds' })
  .transform((r) => rate(r.numerator, r.denominator));

const label = z
  .string()
  .max(64)
  .regex(/^[^\p{Cc}]*$/u);

const ageFen = z.object({ m1: fen, m2_3: fen, m4_6: fen, m7_12: fen, m12plus: fen });

const feesSchema: z.ZodType<FeeFigures, unknown> = z.object({
  billedFen: fen,
  collectedFen: fen,
  rate: fenRateSchema,
  pastArrearsFen: fen,
  pastCollectedFen: fen,
  pastRate: fenRateSchema,
  owedFen: fen,
  owingUnits: count,
  byAgeFen: ageFen,
  byBuilding: z
    .array(
      z.object({
        building: label,
        owedFen: fen,
        units: count,
        major: count,
        buckets: ageFen,
      }),
    )
    .max(MAX_KEYS),
  major: z
    .array(
      z.object({
        unitId: label,
        unitCode: label,
        building: label,
        owedFen: fen,
        oldestMonths: count,
      }),
    )
    .max(5000),
  majorFen: fen,
});

/** A survey question or round title: shown as text only, one line in a table. */
const surveyText = z
  .string()
  .max(200)
  .regex(/^[^\p{Cc}]*$/u);

const surveysSchema: z.ZodType<SurveyMonthFigures, unknown> = z.object({
  forms: count,
  satisfaction: rateSchema,
  rounds: z
    .array(
      z.object({
        id: label,
        no: label,
        title: surveyText,
        forms: count,
        satisfaction: rateSchema,
        questions: z
          .array(
            z.object({
              no: z.number().int().min(1).max(1000),
              text: surveyText,
              counts: z.object({
                verySatisfied: count,
                satisfied: count,
                fair: count,
                dissatisfied: count,
              }),
              satisfaction: rateSchema,
            }),
          )
          .max(100),
      }),
    )
    .max(50),
});

function figuresSchemaOf(version: BranchSummaryVersion): z.ZodType<MonthlyFigures, unknown> {
  // Before version 3 nothing was kept of enquiries: whatever the file says there is ignored.
  const enquiries =
    version >= 3
      ? enquiriesSchema
      : z
          .unknown()
          .optional()
          .transform(() => NO_ENQUIRIES);
  // Before version 4 no fees were written: anything there is ignored.
  const fees =
    version >= 4
      ? feesSchema.optional()
      : z
          .unknown()
          .optional()
          .transform((): FeeFigures | undefined => undefined);
  // Before version 5 no surveys were written: anything there is ignored.
  const surveys =
    version >= 5
      ? surveysSchema.optional()
      : z
          .unknown()
          .optional()
          .transform((): SurveyMonthFigures | undefined => undefined);
  return z.object({
    enquiries,
    fees,
    surveys,
    month,
    complaints: z.object({
      received: count,
      byCategory: counts,
      byDepartment: counts,
      rates: ratesOf(version),
    }),
    suggestions: z.object({
      received: count,
      adopted: count,
      notAdopted: count,
      pending: count,
    }),
    repairs: z.object({
      received: count,
      byType: counts,
      byUrgency: counts,
      completed: count,
      medianCompletionHours: z.number().min(0).max(1_000_000).nullable(),
      revisitRequired: count,
      revisitCoverage: rateSchema,
    }),
    renovation: z.object({
      started: count,
      accepted: count,
      refunded: count,
      depositsHeldCount: count,
      depositsHeldFen: fen,
      depositsHeldByAge: fenByKey,
    }),
    money: z.object({
      receivedFen: fen,
      receiptCount: count,
      byItemFen: fenByKey,
      byMethodFen: fenByKey,
      refundCount: count,
      refundFen: fen,
      voidCount: count,
      voidFen: fen,
    }),
    registers: z.object({
      mailReceived: count,
      mailCollected: count,
      mailOutstanding: count,
      mailOutstandingOver3Days: count,
      visits: count,
      visitsRefused: count,
      keyLoans: count,
      keysOut: count,
      keysOverdue: count,
    }),
  });
}

function trendPointSchemaOf(version: BranchSummaryVersion): z.ZodType<TrendPoint, unknown> {
  return z.object({
    month,
    complaints: count,
    suggestions: count,
    repairs: count,
    receivedFen: fen,
    rates: ratesOf(version),
  });
}

/** The figures of the current version (what this app writes). */
export const monthlyFiguresSchema = figuresSchemaOf(BRANCH_SUMMARY_VERSION);

/** The whole file of `version`, checked field by field. */
export function branchSummarySchemaOf(version: BranchSummaryVersion) {
  return z
    .object({
      format: z.literal(BRANCH_SUMMARY_FORMAT),
      schemaVersion: z.literal(version),
      // Printed and shown as text only (escaped); control characters would garble a table.
      estateName: z
        .string()
        .trim()
        .min(1)
        .max(100)
        .regex(/^[^\p{Cc}]*$/u),
      month,
      exportedAt: z.iso.datetime({ offset: true }),
      appVersion: z.string().min(1).max(50),
      figures: figuresSchemaOf(version),
      trend: z.array(trendPointSchemaOf(version)).max(24).optional(),
      // Before version 3 no analysis was written: anything there is ignored.
      analysis:
        version >= 3
          ? z.array(monthlyAnalysisEntrySchema).max(30).optional()
          : z
              .unknown()
              .optional()
              .transform((): MonthlyAnalysisEntry[] | undefined => undefined),
    })
    .refine((s) => s.figures.month === s.month, {
      message: 'month_mismatch',
      path: ['figures', 'month'],
    });
}

/** Chinese names of the fields, for "第几项错在哪里" messages. */
export const FIELD_LABELS: Record<string, string> = {
  estateName: '物业名称',
  month: '月份',
  exportedAt: '导出时间',
  appVersion: '软件版本',
  figures: '月度数据',
  trend: '趋势',
  ...REVIEW_SECTION_LABELS,
  received: '受理数',
  byCategory: '按类别',
  byDepartment: '按部门',
  rates: '投诉指标',
  valid: '投诉有效率',
  perHousehold: '有效投诉率',
  onTime: '处理及时率',
  revisit: '回访率',
  satisfaction: '满意率',
  numerator: '分子',
  denominator: '分母',
  value: '比率',
  adopted: '已采纳',
  notAdopted: '未采纳',
  pending: '未答复',
  byType: '按类型',
  byUrgency: '按紧急程度',
  completed: '完成数',
  medianCompletionHours: '完成时长中位数',
  revisitRequired: '应回访数',
  revisitCoverage: '回访覆盖率',
  started: '开工',
  accepted: '验收',
  refunded: '退还',
  depositsHeldCount: '在押保证金笔数',
  depositsHeldFen: '在押保证金金额',
  depositsHeldByAge: '在押保证金账龄',
  receivedFen: '收款金额',
  receiptCount: '收据张数',
  byItemFen: '按收费项目',
  byMethodFen: '按付款方式',
  refundCount: '退款笔数',
  refundFen: '退款金额',
  voidCount: '作废张数',
  voidFen: '作废金额',
  mailReceived: '收到信件',
  mailCollected: '已领取信件',
  mailOutstanding: '未领取信件',
  mailOutstandingOver3Days: '超3天未领取',
  visits: '来访',
  visitsRefused: '拒绝进入',
  keyLoans: '钥匙借出',
  keysOut: '未还钥匙',
  keysOverdue: '逾期钥匙',
  title: '标题',
  forms: '回收问卷',
  questions: '问题',
  rounds: '调查轮次',
  billedFen: '本月应收',
  collectedFen: '本月实收',
  pastArrearsFen: '往期欠费',
  pastCollectedFen: '收回往期欠费',
  pastRate: '往期欠费收缴率',
  owedFen: '欠费金额',
  owingUnits: '欠费户数',
  byAgeFen: '欠费账龄',
  byBuilding: '欠费按楼栋',
  major: '重大欠费',
  majorFen: '重大欠费金额',
  byTopic: '按主题',
  byChannel: '按渠道',
  converted: '转办数',
  open: '未办结',
  firstContact: '首次解决率',
  analysis: '原因分析与纠正/预防措施',
  scope: '类别或案件',
  cause: '原因分析',
  measures: '纠正/预防措施',
};
