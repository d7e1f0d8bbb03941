import { zodResolver } from '@hookform/resolvers/zod';
import { DEFAULT_DEPARTMENTS } from '@shared/domain/departments';
import {
  REPAIR_URGENCIES,
  workOrderInputSchema,
  type WorkOrderInput,
} from '@shared/domain/repairs';
import type { WorkOrderRecord } from '../../db/records';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import * as Field from '../../components/fieldRows';
import { FormModal } from '../../components/FormModal';
import { useRecordForm } from '../../components/useDraftForm';
import type { SiteCheckRecord } from '../../db/records';
import { t } from '../../i18n';
import { usePropertyProfile, useSetting } from '../settings/useSettings';

const L = Field.labelsIn('patrols.order');

const resolver = zodResolver(workOrderInputSchema);

/** 转派工单 from a patrol finding: a public-area repair, the inspector as contact. */
export function FindingOrderModal(props: {
  record: SiteCheckRecord;
  index: number;
  onClose: () => void;
  onSaved: (no: string) => void;
}) {
  const repos = useRepos();
  const { actor } = useSession();
  const profile = usePropertyProfile();
  const departments = (useSetting('departments') ?? DEFAULT_DEPARTMENTS).filter((d) => d.active);
  const { record, index } = props;
  const { form, frame } = useRecordForm<WorkOrderInput, WorkOrderRecord>({
    draftKey: `patrols.order.${record.id}.${index}`,
    resolver,
    defaults: () => ({
      kind: 'repair',
      unitCode: '',
      contactName: record.inspector,
      contactPhone: profile?.phone ?? '',
      problem: `${record.findings?.[index]?.text ?? ''}（${record.no}）`,
      place: 'public',
      urgency: 'routine',
      paid: false,
      department: departments[0]?.name ?? '',
      appointment: '',
    }),
    save: (v) => repos.siteChecks.findingToWorkOrder(actor, record.id, index, v),
    onSaved: (wo) => props.onSaved(wo.no),
  });
  const c = form.control;
  const F = Field.useRows(c);
  return (
    <FormModal
      title={t('patrols.order.title')}
      testId="site-order-form"
      {...frame}
      onClose={props.onClose}
      afterOpen={() => form.setFocus('contactPhone')}
    >
      <F.Text name="problem" label={t('patrols.form.findings')} required />
      <F.Text name="contactName" label={t('patrols.form.inspector')} required />
      <F.Text name="contactPhone" label={L('contactPhone')} required testId="site-order-phone" />
      <F.Select
        name="department"
        label={L('department')}
        required
        options={departments.map((d) => ({ value: d.name, label: d.name }))}
      />
      <F.Select
        name="urgency"
        label={L('urgency')}
        required
        options={Field.choices(REPAIR_URGENCIES, (u) => t(`repairs.urgency.${u}`))}
      />
    </FormModal>
  );
}
