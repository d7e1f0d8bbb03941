import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Input, Select } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { DEFAULT_DEPARTMENTS } from '@shared/domain/departments';
import {
  REPAIR_URGENCIES,
  workOrderInputSchema,
  type WorkOrderInput,
} from '@shared/domain/repairs';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
import { FormModal } from '../../components/FormModal';
import { useFormDraft } from '../../components/useFormDraft';
import type { SiteCheckRecord } from '../../db/records';
import { t } from '../../i18n';
import { usePropertyProfile, useSetting } from '../settings/useSettings';

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
  const [error, setError] = useState<string | null>(null);
  const finding = props.record.findings?.[props.index];
  const fresh = (): WorkOrderInput => ({
    kind: 'repair',
    unitCode: '',
    contactName: props.record.inspector,
    contactPhone: profile?.phone ?? '',
    problem: `${finding?.text ?? ''}（${props.record.no}）`,
    place: 'public',
    urgency: 'routine',
    paid: false,
    department: departments[0]?.name ?? '',
    appointment: '',
  });
  const form = useForm<WorkOrderInput>({
    mode: 'onChange',
    resolver: zodResolver(workOrderInputSchema),
    defaultValues: fresh(),
  });
  const draft = useFormDraft(`patrols.order.${props.record.id}.${props.index}`, form);
  const save = () =>
    void form.handleSubmit(async (v) => {
      setError(null);
      try {
        const wo = await repos.siteChecks.findingToWorkOrder(
          actor,
          props.record.id,
          props.index,
          v,
        );
        draft.clear();
        props.onSaved(wo.no);
      } catch (err) {
        setError(err instanceof Error ? err.message : String(err));
      }
    })();
  return (
    <FormModal
      title={t('patrols.order.title')}
      testId="site-order-form"
      saving={form.formState.isSubmitting}
      draftRestored={draft.restored}
      onDiscardDraft={() => {
        draft.clear();
        form.reset(fresh());
      }}
      onSave={save}
      onClose={props.onClose}
      afterOpen={() => form.setFocus('contactPhone')}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
      <FormField
        control={form.control}
        name="problem"
        label={t('patrols.form.findings')}
        required
        render={(f) => <Input {...f} id="problem" />}
      />
      <FormField
        control={form.control}
        name="contactName"
        label={t('patrols.form.inspector')}
        required
        render={(f) => <Input {...f} id="contactName" />}
      />
      <FormField
        control={form.control}
        name="contactPhone"
        label={t('patrols.order.contactPhone')}
        required
        render={(f) => <Input {...f} id="contactPhone" data-testid="site-order-phone" />}
      />
      <FormField
        control={form.control}
        name="department"
        label={t('patrols.order.department')}
        required
        render={(f) => (
          <Select
            {...f}
            id="department"
            data-testid="site-order-department"
            options={departments.map((d) => ({ value: d.name, label: d.name }))}
          />
        )}
      />
      <FormField
        control={form.control}
        name="urgency"
        label={t('patrols.order.urgency')}
        required
        render={(f) => (
          <Select
            {...f}
            id="urgency"
            options={REPAIR_URGENCIES.map((u) => ({ value: u, label: t(`repairs.urgency.${u}`) }))}
          />
        )}
      />
    </FormModal>
  );
}
