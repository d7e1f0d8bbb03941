import { z } from 'zod';
import type { CaseChannel, CaseKind } from '@shared/domain/complaints';
import { caseIntakeSchema, type CaseIntakeInput } from '@shared/domain/complaintSchemas';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { nowIso } from '../../db/ids';

/** The intake form as the clerk types it: time as office `YYYY-MM-DD HH:mm`. */
export interface IntakeFormValues {
  kind: CaseKind;
  channel: CaseChannel;
  customerName: string;
  customerPhone: string;
  personId: string;
  unitId: string;
  unitCode: string;
  content: string;
  receivedAt: string;
}

export function newIntakeValues(): IntakeFormValues {
  return {
    kind: 'complaint',
    channel: 'phone',
    customerName: '',
    customerPhone: '',
    personId: '',
    unitId: '',
    unitCode: '',
    content: '',
    receivedAt: formatOfficeDateTime(nowIso()),
  };
}

const OFFICE_MINUTE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

/** `2026-05-07 10:00` (office time) → `2026-05-07T10:00:00+08:00`; anything else unchanged. */
export function officeMinuteToIso(text: string): string {
  const v = text.trim();
  return OFFICE_MINUTE.test(v) ? `${v.replace(' ', 'T')}:00+08:00` : v;
}

/** `2026-05-07` or `2026-05-07 17:00` (office time) → ISO; a date alone means 17:30 that day. */
export function officeDateToIso(text: string): string {
  const v = text.trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T17:30:00+08:00` : officeMinuteToIso(v);
}

export function toIntakeInput(v: IntakeFormValues): CaseIntakeInput {
  return { ...v, receivedAt: officeMinuteToIso(v.receivedAt) };
}

/** The domain schema, with the time message the clerk understands. */
export const intakeFormSchema = caseIntakeSchema.extend({
  receivedAt: z
    .string()
    .min(1, '请选择收到时间')
    .regex(/T\d{2}:\d{2}:00\+08:00$/, '时间格式应为 YYYY-MM-DD HH:mm'),
});
