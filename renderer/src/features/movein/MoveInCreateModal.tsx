import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Input, Radio } from 'antd';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { APPLICANT_KINDS } from '@shared/domain/movein';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
import { useFormDraft } from '../../components/useFormDraft';
import type { MoveInRecord } from '../../db/records';
import { t } from '../../i18n';
import { FormModal } from '../../components/FormModal';
import { UnitPicker } from '../../components/UnitPicker';
import { moveInFormSchema, newMoveInValues, type MoveInFormValues } from './moveInForm';

/** 办理入住: the unit and who applies; the checklist follows in the drawer. */
export function MoveInCreateModal(props: {
  onClose: () => void;
  onSaved: (m: MoveInRecord) => void;
}) {
  const repos = useRepos();
  const { actor } = useSession();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<MoveInFormValues>({
    mode: 'onChange',
    resolver: zodResolver(moveInFormSchema),
    defaultValues: newMoveInValues(),
  });
  const draft = useFormDraft('movein.new', form);
  const kind = useWatch({ control: form.control, name: 'applicantKind' });
  const save = () =>
    void form.handleSubmit(async (v) => {
      setError(null);
      try {
        const m = await repos.moveIns.create(actor, v);
        draft.clear();
        props.onSaved(m);
      } catch (err) {
        setError(err instanceof Error ? err.message : String(err));
      }
    })();
  return (
    <FormModal
      title={t('movein.create.title')}
      testId="movein-form"
      saving={form.formState.isSubmitting}
      draftRestored={draft.restored}
      onDiscardDraft={() => {
        draft.clear();
        form.reset(newMoveInValues());
      }}
      onSave={save}
      onClose={props.onClose}
      afterOpen={() => form.setFocus('unitCode')}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
      <FormField
        control={form.control}
        name="unitCode"
        label={t('movein.create.unit')}
        required
        render={(f) => (
          <UnitPicker
            id="unitCode"
            value={f.value}
            testId="movein-unit"
            onChange={(code, id) => {
              f.onChange(code);
              form.setValue('unitId', id, { shouldValidate: true });
            }}
          />
        )}
      />
      <FormField
        control={form.control}
        name="applicantKind"
        label={t('movein.create.kind')}
        required
        render={(f) => (
          <Radio.Group
            {...f}
            optionType="button"
            options={APPLICANT_KINDS.map((k) => ({ value: k, label: t(`movein.applicant.${k}`) }))}
          />
        )}
      />
      <FormField
        control={form.control}
        name="applicantName"
        label={t('movein.create.name')}
        required
        render={(f) => <Input {...f} id="applicantName" data-testid="movein-name" />}
      />
      <FormField
        control={form.control}
        name="applicantPhone"
        label={t('movein.create.phone')}
        required
        render={(f) => <Input {...f} id="applicantPhone" data-testid="movein-phone" />}
      />
      {kind !== 'owner' && (
        <FormField
          control={form.control}
          name="agentName"
          label={t('movein.create.agent')}
          required
          render={(f) => <Input {...f} id="agentName" data-testid="movein-agent" />}
        />
      )}
    </FormModal>
  );
}
