import { z } from 'zod';
import { APPLICANT_KINDS } from '@shared/domain/movein';
import { phoneText } from '@shared/domain/identity';

/** 办理入住 form; the repository checks the same rules again. */
export const moveInFormSchema = z
  .object({
    unitId: z.string().min(1, '请从房号列表中选择'),
    unitCode: z.string().trim().min(1, '请选择房号'),
    applicantKind: z.enum(APPLICANT_KINDS),
    applicantName: z.string().trim().min(1, '请填写业主/单位名称').max(60, '最多 60 个字'),
    applicantPhone: phoneText({ required: '请填写联系电话' }),
    agentName: z.string().trim().max(30, '最多 30 个字'),
  })
  .refine((v) => v.applicantKind === 'owner' || v.agentName.length > 0, {
    message: '请填写受托人/经办人',
    path: ['agentName'],
  });
export type MoveInFormValues = z.infer<typeof moveInFormSchema>;

export const newMoveInValues = (): MoveInFormValues => ({
  unitId: '',
  unitCode: '',
  applicantKind: 'owner',
  applicantName: '',
  applicantPhone: '',
  agentName: '',
});
