/**
 * Enquiries and calls (咨询/来电记录, domain brief §8, 004 §3.1): every call and visit at the
 * desk, recorded in seconds.
 *
 * Policy:
 * - The receiver owns the enquiry (首问负责) until it is handed over; only the owner, or a
 *   supervisor, hands it on, to someone else, with a reason; each hand-over stays on the record.
 * - An enquiry is open (待办结) until it is settled (已办结) or turned into a complaint, a
 *   suggestion or a work order (已转办): then the other register carries it on.
 * - 首次解决率 (settled at first contact) = enquiries received in the month that were settled
 *   when they were recorded ÷ enquiries received in the month; settling it later does not count.
 * - An open enquiry is due for settling `enquirySettleWorkingDays` working days after receipt
 *   (setting, default 1): past that it is on its owner's today board.
 */
import { z } from 'zod';
import { addWorkingDays, type WorkCalendar } from './calendar';
import type { DeadlineSettings } from './deadlines';
import { officeMonthOf, rate, type Rate } from './rates';
import { archiveLinkFields, optionalPhone, optionalText, requiredText } from './schemaHelpers';

export const ENQUIRY_CHANNELS = ['phone', 'visit', 'wechat', 'other'] as const;
export type EnquiryChannel = (typeof ENQUIRY_CHANNELS)[number];

export const ENQUIRY_STATUSES = ['open', 'settled', 'converted'] as const;
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];

/** What an enquiry can become (转投诉 / 转建议 / 转派工单). */
export const ENQUIRY_LINK_KINDS = ['complaint', 'suggestion', 'workOrder'] as const;
export type EnquiryLinkKind = (typeof ENQUIRY_LINK_KINDS)[number];

/** The topics offered first in the type-ahead; any other topic may be typed. */
export const DEFAULT_ENQUIRY_TOPICS = [
  '物业费',
  '装修',
  '维修',
  '停车',
  '快递信件',
  '门禁钥匙',
  '水电燃气',
  '入住手续',
  '社区活动',
  '其他',
] as const;

/** A rule of the enquiry flow was broken; `message` is shown to the clerk as is. */
export class EnquiryRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnquiryRuleError';
  }
}

/** 咨询/来电记录 as the clerk types it: who, how, about what, what she answered. */
export const enquiryInputSchema = z
  .object({
    channel: z.enum(ENQUIRY_CHANNELS, '请选择来电、来访、微信或其他'),
    callerName: requiredText(40, '请输入来电人或单位'),
    callerPhone: optionalPhone,
    ...archiveLinkFields,
    topic: requiredText(20, '请输入咨询主题'),
    question: requiredText(500, '请输入咨询内容'),
    answer: optionalText(500),
    settled: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    // An enquiry settled on the spot must say what she answered.
    if (v.settled && v.answer.trim() === '')
      ctx.addIssue({ code: 'custom', path: ['answer'], message: '已解决的咨询请填写答复内容' });
  });
export type EnquiryInput = z.input<typeof enquiryInputSchema>;

/** A hand-over (转交) written on the record. */
export const handOverSchema = z.object({
  toId: z.string('请选择接手人').min(1, '请选择接手人'),
  reason: requiredText(200, '请填写转交原因'),
});
export type HandOverInput = z.input<typeof handOverSchema>;

/** 办结: what was finally answered or done. */
export const settleSchema = z.object({ answer: requiredText(500, '请填写答复或处理结果') });

/** What the rules read of an enquiry. */
export interface EnquiryFacts {
  status: EnquiryStatus;
  ownerId: string;
  receivedAt: string;
}

/** Who is acting: her id and whether she is a supervisor (or manager). */
export interface EnquiryActor {
  id: string;
  supervisor: boolean;
}

/** Why `actor` may not hand the enquiry to `toId` (Chinese, empty when she may). */
export function handOverProblems(
  e: EnquiryFacts,
  actor: EnquiryActor,
  toId: string,
  reason: string,
): string[] {
  const out: string[] = [];
  if (e.status !== 'open') out.push('该咨询已办结或已转办，不能再转交');
  if (e.ownerId !== actor.id && !actor.supervisor) out.push('只有首问负责人或主管可以转交');
  if (toId === e.ownerId) out.push('该咨询已由此人负责');
  if (reason.trim() === '') out.push('请填写转交原因');
  return out;
}

/** Why `actor` may not settle (办结) the enquiry: only while open, by its owner or a supervisor. */
export function settleProblems(e: EnquiryFacts, actor: EnquiryActor): string[] {
  const out: string[] = [];
  if (e.status !== 'open') out.push('该咨询已办结或已转办');
  if (e.ownerId !== actor.id && !actor.supervisor) out.push('只有首问负责人或主管可以办结');
  return out;
}

/** Why the enquiry may not become a complaint, suggestion or work order now. */
export function convertProblems(
  e: EnquiryFacts & { links: readonly { kind: string }[] },
): string[] {
  if (e.links.length > 0) return ['该咨询已转办'];
  if (e.status === 'settled') return ['该咨询已办结'];
  return [];
}

/** When an open enquiry should be settled: N working days (setting) after receipt. */
export function enquirySettleDue(
  receivedAt: string,
  s: Pick<DeadlineSettings, 'enquirySettleWorkingDays'>,
  cal: WorkCalendar,
): string {
  return addWorkingDays(receivedAt, s.enquirySettleWorkingDays, cal);
}

/** What the monthly figures read of an enquiry. */
export interface EnquiryMonthFacts {
  id: string;
  receivedAt: string;
  channel: EnquiryChannel;
  topic: string;
  status: EnquiryStatus;
  firstContactSettled: boolean;
}

export interface EnquiryFigures {
  received: number;
  byTopic: Record<string, number>;
  byChannel: Record<string, number>;
  /** Turned into a complaint, suggestion or work order. */
  converted: number;
  /** Still open (now, or at the time of computing). */
  open: number;
  /** 首次解决率. */
  firstContact: Rate;
}

/** 首次解决率 of `month`: settled when recorded ÷ received in the month. */
export function firstContactRate(list: readonly EnquiryMonthFacts[], month: string): Rate {
  const received = list.filter((e) => officeMonthOf(e.receivedAt) === month);
  return rate(received.filter((e) => e.firstContactSettled).length, received.length);
}

/** The enquiry figures of office month `month` (`YYYY-MM`); `list` may hold other months. */
export function enquiryFigures(list: readonly EnquiryMonthFacts[], month: string): EnquiryFigures {
  const received = list.filter((e) => officeMonthOf(e.receivedAt) === month);
  const byTopic: Record<string, number> = {};
  const byChannel: Record<string, number> = {};
  for (const e of received) {
    byTopic[e.topic] = (byTopic[e.topic] ?? 0) + 1;
    byChannel[e.channel] = (byChannel[e.channel] ?? 0) + 1;
  }
  return {
    received: received.length,
    byTopic,
    byChannel,
    converted: received.filter((e) => e.status === 'converted').length,
    open: received.filter((e) => e.status === 'open').length,
    firstContact: rate(received.filter((e) => e.firstContactSettled).length, received.length),
  };
}

/** Topics for the type-ahead: those typed before (most used first), then the defaults. */
export function topicSuggestions(used: readonly string[], q: string, limit = 8): string[] {
  const counts = new Map<string, number>();
  for (const t of used) counts.set(t, (counts.get(t) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t);
  const all = [...new Set([...ranked, ...DEFAULT_ENQUIRY_TOPICS])];
  const needle = q.trim();
  return (needle ? all.filter((t) => t.includes(needle)) : all).slice(0, limit);
}
