/**
 * Renovation documents beyond the permit and passes: the hot-work permit (动火许可证) and the
 * management agreement (装修管理协议).
 *
 * Policy:
 * - A hot-work permit covers one place and one time window on one day or across days, inside
 *   the construction permit's validity; it names the person doing the work and the fire
 *   precautions. The approver is the supervisor who issues it.
 * - Its number is the construction permit's number plus `-DH` and a running count, so the
 *   guard's scanner finds the job from either.
 * - A pass added during the works (a new worker) is charged like the first ones: the card fee
 *   and the card deposit, on a receipt of its own to the contractor.
 * - The agreement text is the property's own (a setting); `{房号}`-style placeholders are
 *   filled from the job when it prints.
 */
import { z } from 'zod';

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** What the desk enters for a hot-work permit; times are office-local `YYYY-MM-DDTHH:mm`. */
export const hotWorkInputSchema = z
  .object({
    place: z.string().trim().min(1, '请填写动火地点').max(60, '地点最多 60 字'),
    from: z.string().regex(LOCAL_TIME, '请填写开始时间'),
    until: z.string().regex(LOCAL_TIME, '请填写结束时间'),
    person: z.string().trim().min(1, '请填写动火人').max(30, '动火人最多 30 字'),
    /** The fire watch standing by (监护人). */
    guardian: z.string().trim().max(30, '监护人最多 30 字'),
    precautions: z.string().trim().min(1, '请填写防火措施').max(300, '防火措施最多 300 字'),
  })
  .refine((v) => v.until > v.from, { message: '结束时间须晚于开始时间', path: ['until'] });

export type HotWorkInput = z.infer<typeof hotWorkInputSchema>;

/** A hot-work permit as stored on the job. */
export interface HotWorkPermit extends HotWorkInput {
  no: string;
  approverName: string;
  issuedAt: string;
}

/** The standard precautions a clerk starts from (edited per job). */
export const DEFAULT_HOT_WORK_PRECAUTIONS =
  '清除动火点周围易燃物；配备灭火器不少于 2 具；设专人监护；动火结束后检查现场 30 分钟，确认无火种方可离开。';

/**
 * Why a hot-work window does not fit the construction permit (Chinese), or null.
 * `permitFrom`/`permitUntil` are the permit's first and last day, `YYYY-MM-DD`.
 */
export function hotWorkWindowProblem(
  input: Pick<HotWorkInput, 'from' | 'until'>,
  permitFrom: string,
  permitUntil: string,
): string | null {
  if (input.from.slice(0, 10) < permitFrom || input.until.slice(0, 10) > permitUntil)
    return `动火时间须在施工许可证有效期内（${permitFrom} 至 ${permitUntil}）`;
  return null;
}

/** `XK2026-0007` and 2 permits already → `XK2026-0007-DH3`. */
export function hotWorkNo(permitNo: string, existing: number): string {
  return `${permitNo}-DH${existing + 1}`;
}

/** The agreement text setting: the property's own wording, placeholders allowed. */
export const renovationAgreementSchema = z.object({
  title: z.string().trim().min(1, '请填写协议标题').max(40, '标题最多 40 字'),
  text: z.string().trim().min(20, '协议正文至少 20 字').max(20_000, '协议正文最多 20000 字'),
});

export type RenovationAgreementSettings = z.infer<typeof renovationAgreementSchema>;

/** The placeholders the agreement text may use, filled from the job. */
export const AGREEMENT_PLACEHOLDERS = [
  '房号',
  '业主',
  '施工单位',
  '负责人',
  '开工日期',
  '完工日期',
  '施工时间',
] as const;
export type AgreementPlaceholder = (typeof AGREEMENT_PLACEHOLDERS)[number];

export const DEFAULT_RENOVATION_AGREEMENT: RenovationAgreementSettings = {
  title: '装修管理协议',
  text: [
    '甲方（物业服务中心）与乙方（业主，{业主}）、丙方（施工单位，{施工单位}）就 {房号} 室内装修事宜，订立本协议。',
    '一、乙方、丙方应遵守《住宅室内装饰装修管理办法》及本物业的装修管理规定，不得拆改主体结构和承重墙，不得擅自改变外立面、燃气管道及公共设施。',
    '二、施工期限为 {开工日期} 至 {完工日期}，施工时间为 {施工时间}；延期须提前向甲方申请。',
    '三、施工许可证须张贴于户门外侧；施工人员须佩戴出入证出入，离场交回。出入证遗失每张赔偿 100 元，施工许可证遗失赔偿 100 元。',
    '四、动火作业须事先办理动火许可证，落实防火措施并设专人监护。',
    '五、装修垃圾须袋装并运至指定地点，不得堆放于公共区域；损坏公共设施的，照价赔偿。',
    '六、甲方定期或不定期巡查，发现违章施工的发出整改通知书，乙方、丙方须按期整改；违约金及赔偿从装修保证金中扣除，不足部分由责任方补足。',
    '七、装修完工后乙方申请验收；验收合格后，装修保证金于 7 个工作日内、出入证押金于 3 个工作日内无息退还。',
    '八、本协议一式三份，三方各执一份，自签字之日起生效。',
  ].join('\n'),
};

/** Fills `{房号}`-style placeholders; unknown ones stay as written. */
export function fillAgreement(
  text: string,
  values: Readonly<Record<AgreementPlaceholder, string>>,
): string {
  return text.replace(/\{([^{}]{1,10})\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? values[key as AgreementPlaceholder] : whole,
  );
}

/** The receipt lines of passes added during the works: card fee and card deposit each. */
export function addedPassLines(count: number): { code: string; quantity: number }[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`Bad pass count: ${count}`);
  return [
    { code: 'pass_card_fee', quantity: count },
    { code: 'pass_card_deposit', quantity: count },
  ];
}
