/**
 * The renovation application (装修申请审批表): what the owner and contractor declare, and the
 * document checklist that follows from it (domain brief §2).
 *
 * Policy: an application is complete only when every applicable checklist item is ticked;
 * items that do not apply (gas drawing without gas changes…) are neither required nor shown.
 * The fire-department approval (消防审批意见书) is asked of every application (001). For a
 * commercial unit it is required before review; for a home its absence does not stop the
 * submission — the reviewer either finds it ticked or marks it not applicable with a reason.
 * A job whose whole work period is already past is not registered.
 */
import { z } from 'zod';
import { idCardText, phoneText } from './identity';
import { codesOf } from './codes';

/** The answers that decide which documents and review points apply. */
export interface RenovationScope {
  applicantKind: 'owner' | 'agent';
  /** Commercial unit (商铺/写字楼): fire approval required before review. */
  commercial: boolean;
  changesStructure: boolean;
  addsLoad: boolean;
  changesPlumbing: boolean;
  changesGas: boolean;
  changesPower: boolean;
  affectsFacade: boolean;
  dischargesWaste: boolean;
}

/** The yes/no questions of the application about the works, as the form and the log word them. */
export const SCOPE_FLAG_LABELS = {
  changesStructure: '拆改主体结构',
  addsLoad: '明显加大荷载',
  changesPlumbing: '改动给排水',
  changesGas: '改动燃气',
  changesPower: '改动强弱电',
  affectsFacade: '影响外立面',
  dischargesWaste: '三废排放',
} satisfies Record<Exclude<keyof RenovationScope, 'applicantKind' | 'commercial'>, string>;

export const CHECKLIST_LABELS = {
  photos: '业主照片 3 张',
  idCopy: '业主身份证复印件',
  residentForm: '《住户基本资料》',
  authorisation: '业主授权委托书及双方身份证',
  floorPlan: '装修平面图',
  elevation: '装修立面图',
  electricalPlan: '电气平面图',
  systemDiagram: '系统图',
  plumbingPlan: '给排水平面图',
  gasDrawing: '燃气管图',
  licenceCopy: '施工单位营业执照复印件（盖章）',
  qualificationCopy: '施工单位资质证书复印件（盖章）',
  fireApproval: '消防审批意见书及消防平面图',
  envApproval: '环保局审批（三废排放）',
  gasApproval: '燃气/液化气审批',
  structureApproval: '房地产行政主管部门批准书',
};
export type ChecklistItem = keyof typeof CHECKLIST_LABELS;
export const CHECKLIST_ITEMS = codesOf(CHECKLIST_LABELS);

/** The checklist items that apply to this scope, in form order. */
export function applicableChecklist(scope: RenovationScope): ChecklistItem[] {
  const applies: Record<ChecklistItem, boolean> = {
    photos: true,
    idCopy: true,
    residentForm: true,
    authorisation: scope.applicantKind === 'agent',
    floorPlan: true,
    elevation: true,
    electricalPlan: true,
    systemDiagram: true,
    plumbingPlan: scope.changesPlumbing,
    gasDrawing: scope.changesGas,
    licenceCopy: true,
    qualificationCopy: true,
    fireApproval: true,
    envApproval: scope.dischargesWaste,
    gasApproval: scope.changesGas,
    structureApproval: scope.changesStructure || scope.addsLoad,
  };
  return CHECKLIST_ITEMS.filter((item) => applies[item]);
}

/** Items the reviewer may mark not applicable instead of the desk collecting them. */
export function reviewerWaivable(scope: RenovationScope): ChecklistItem[] {
  return scope.commercial ? [] : ['fireApproval'];
}

/**
 * Applicable items not yet ticked that stop the submission; empty when the application is
 * complete enough for review (a waivable item is left to the reviewer).
 */
export function missingDocuments(
  scope: RenovationScope,
  ticked: readonly string[],
): ChecklistItem[] {
  const have = new Set(ticked);
  const waivable = new Set(reviewerWaivable(scope));
  return applicableChecklist(scope).filter((item) => !have.has(item) && !waivable.has(item));
}

/** Waivable items neither ticked nor marked not applicable (with a reason) by the reviewer. */
export function reviewerDocumentsOpen(
  scope: RenovationScope,
  ticked: readonly string[],
  waived: Readonly<Partial<Record<ChecklistItem, string>>>,
): ChecklistItem[] {
  const have = new Set(ticked);
  return reviewerWaivable(scope).filter(
    (item) => !have.has(item) && (waived[item] ?? '').trim() === '',
  );
}

/**
 * Why the planned period cannot be registered on `today` (office date `YYYY-MM-DD`), or null:
 * a job whose last day is already past is over, not applied for.
 */
export function pastPeriodProblem(plannedEnd: string, today: string): string | null {
  if (plannedEnd === '' || plannedEnd >= today) return null;
  return `施工期已全部过去（完工日期 ${plannedEnd} 早于今天 ${today}），不能登记；请核对开工、完工日期`;
}

/** The application form's schema on `today`: the base rules plus the past-period check. */
export function renovationApplicationSchemaOn(today: string) {
  return renovationApplicationSchema.superRefine((a, ctx) => {
    const problem = pastPeriodProblem(a.plannedEnd, today);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['plannedEnd'] });
  });
}

/** The four review points (审核要点) and whether the application touches each. */
export const REVIEW_POINT_LABELS = {
  structure: '结构',
  plumbingGas: '给排水、燃气',
  power: '强弱电',
  facade: '外立面',
};
export type ReviewPoint = keyof typeof REVIEW_POINT_LABELS;
export const REVIEW_POINTS = codesOf(REVIEW_POINT_LABELS);

export function touchedReviewPoints(scope: RenovationScope): ReviewPoint[] {
  const touched: Record<ReviewPoint, boolean> = {
    structure: scope.changesStructure || scope.addsLoad,
    plumbingGas: scope.changesPlumbing || scope.changesGas,
    power: scope.changesPower,
    facade: scope.affectsFacade,
  };
  return REVIEW_POINTS.filter((p) => touched[p]);
}

const name = (what: string) =>
  z.string().trim().min(1, `请输入${what}`).max(40, `${what}最多 40 个字`);
const phone = phoneText({ required: '请输入电话号码' });

/** One worker: one pass card each. */
export const workerSchema = z.object({
  name: name('施工人员姓名'),
  idNumber: idCardText().default(''),
});
export type Worker = z.infer<typeof workerSchema>;

/** The application form, Chinese messages at each field. */
export const renovationApplicationSchema = z
  .object({
    unitId: z.string().min(1, '请从档案中选择房号'),
    unitCode: z.string().min(1, '请选择房号'),
    ownerName: name('业主姓名'),
    ownerPhone: phone,
    applicantKind: z.enum(['owner', 'agent']),
    agentName: z.string().trim().max(40).default(''),
    contractorName: name('施工单位'),
    contractorLeader: name('负责人'),
    contractorPhone: phone,
    licenceNo: z.string().trim().max(40).default(''),
    qualificationNo: z.string().trim().max(40).default(''),
    plannedStart: z.iso.date('请选择开工日期'),
    plannedEnd: z.iso.date('请选择完工日期'),
    workingHours: z.string().trim().min(1, '请输入施工时间').max(40),
    workItems: z.string().trim().min(1, '请填写施工项目').max(500),
    commercial: z.boolean(),
    changesStructure: z.boolean(),
    addsLoad: z.boolean(),
    changesPlumbing: z.boolean(),
    changesGas: z.boolean(),
    changesPower: z.boolean(),
    affectsFacade: z.boolean(),
    dischargesWaste: z.boolean(),
    workers: z.array(workerSchema).min(1, '至少登记 1 名施工人员').max(200),
    checklist: z.array(z.enum(CHECKLIST_ITEMS)),
    notes: z.string().trim().max(500).default(''),
  })
  .superRefine((a, ctx) => {
    if (a.plannedEnd < a.plannedStart)
      ctx.addIssue({ code: 'custom', message: '完工日期不能早于开工日期', path: ['plannedEnd'] });
    if (a.applicantKind === 'agent' && a.agentName === '')
      ctx.addIssue({ code: 'custom', message: '请输入代理人姓名', path: ['agentName'] });
  });
export type RenovationApplication = z.output<typeof renovationApplicationSchema>;
/** What a form or caller passes in: fields with defaults may be left out. */
export type RenovationApplicationInput = z.input<typeof renovationApplicationSchema>;
