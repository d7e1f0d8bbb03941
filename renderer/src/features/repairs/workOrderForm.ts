import { z } from 'zod';
import { parseAmountToFen } from '@shared/domain/money';
import type {
  REPAIR_PLACES,
  REPAIR_URGENCIES,
  SERVICE_TYPES,
  WorkOrderInput,
  WorkOrderKind,
  workOrderInputSchema,
} from '@shared/domain/repairs';
import { t } from '../../i18n';
import { messageOf } from '../../i18n/domainText';

/** The intake form as the clerk fills it. */
export interface WorkOrderFormValues {
  kind: WorkOrderKind;
  unitId: string;
  unitCode: string;
  contactName: string;
  contactPhone: string;
  problem: string;
  place: (typeof REPAIR_PLACES)[number];
  urgency: (typeof REPAIR_URGENCIES)[number];
  paid: boolean;
  serviceType: (typeof SERVICE_TYPES)[number] | '';
  department: string;
  appointment: string;
}

export function newWorkOrderValues(kind: WorkOrderKind, department: string): WorkOrderFormValues {
  return {
    kind,
    unitId: '',
    unitCode: '',
    contactName: '',
    contactPhone: '',
    problem: '',
    place: 'indoor',
    urgency: 'routine',
    paid: kind === 'paidService',
    serviceType: kind === 'paidService' ? 'cleaning' : '',
    department,
    appointment: '',
  };
}

/** The form's values as the domain schema (and the repository) take them. */
export function toWorkOrderInput(v: WorkOrderFormValues): z.input<typeof workOrderInputSchema> {
  const { serviceType, unitId, ...rest } = v;
  return {
    ...rest,
    ...(serviceType ? { serviceType } : {}),
    ...(unitId ? { unitId } : {}),
  };
}

export type { WorkOrderInput };

/** The worker's result as typed: the charge is text until checked. */
export interface ResultFormValues {
  workDone: string;
  materials: string;
  worker: string;
  charge: string;
  customerSigned: boolean;
}

/** Checks the result form; a paid order needs a charge (the domain refuses 0 as well). */
export function resultFormSchema(paid: boolean, maxFen: number) {
  return z
    .object({
      workDone: z.string().trim().min(1, '请填写处理结果').max(300, '最多 300 个字'),
      materials: z.string().trim().max(200, '最多 200 个字'),
      worker: z.string().trim().min(1, '请填写维修人员').max(30, '最多 30 个字'),
      charge: z.string(),
      customerSigned: z.boolean(),
    })
    .superRefine((v, ctx) => {
      if (!paid) return;
      const parsed = parseAmountToFen(v.charge, { maxFen, allowZero: false });
      if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['charge'], message: parsed.error });
    });
}

/** The result as the repository takes it; call on valid values only. */
export function toWorkResult(v: ResultFormValues, paid: boolean, maxFen: number) {
  const parsed = paid ? parseAmountToFen(v.charge, { maxFen, allowZero: false }) : null;
  return {
    workDone: v.workDone,
    materials: v.materials,
    worker: v.worker,
    chargeFen: parsed?.ok ? parsed.fen : 0,
    customerSigned: v.customerSigned,
  };
}

/** Text of an error thrown by a repository, for a message or an alert. */
export function errorText(err: unknown): string {
  return t('common.unexpectedError', { message: messageOf(err) });
}
