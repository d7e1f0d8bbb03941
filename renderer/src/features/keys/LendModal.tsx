import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Input } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
import { useFormDraft } from '../../components/useFormDraft';
import type { KeyRecord } from '../../db/records';
import { t } from '../../i18n';
import { FormModal } from '../../components/FormModal';
import { defaultDue, lendFormSchema, type LendFormValues } from './keyForms';
import { DateField } from '../../components/DateField';

/** 借出钥匙: who, why, when it is due back. */
export function LendModal(props: {
  keyRecord: KeyRecord;
  onClose: () => void;
  onSaved: () => void;
}) {
  const repos = useRepos();
  const { actor } = useSession();
  const [error, setError] = useState<string | null>(null);
  const blank = (): LendFormValues => ({
    borrower: '',
    borrowerPhone: '',
    reason: '',
    dueAt: defaultDue(),
  });
  const form = useForm<LendFormValues>({
    mode: 'onChange',
    resolver: zodResolver(lendFormSchema),
    defaultValues: blank(),
  });
  const draft = useFormDraft(`keys.lend.${props.keyRecord.id}`, form);
  const save = () =>
    void form.handleSubmit(async (v) => {
      setError(null);
      try {
        await repos.keys.lend(actor, props.keyRecord.id, {
          ...v,
          dueAt: new Date(v.dueAt).toISOString(),
        });
        draft.clear();
        props.onSaved();
      } catch (err) {
        setError(err instanceof Error ? err.message : String(err));
      }
    })();
  return (
    <FormModal
      title={t('keys.lendForm.title', { label: props.keyRecord.label })}
      testId="lend-form"
      saving={form.formState.isSubmitting}
      draftRestored={draft.restored}
      onDiscardDraft={() => {
        draft.clear();
        form.reset(blank());
      }}
      onSave={save}
      onClose={props.onClose}
      afterOpen={() => form.setFocus('borrower')}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
      <FormField
        control={form.control}
        name="borrower"
        label={t('keys.lendForm.borrower')}
        required
        render={(f) => <Input {...f} id="borrower" data-testid="lend-borrower" />}
      />
      <FormField
        control={form.control}
        name="borrowerPhone"
        label={t('keys.lendForm.borrowerPhone')}
        render={(f) => <Input {...f} id="borrowerPhone" />}
      />
      <FormField
        control={form.control}
        name="reason"
        label={t('keys.lendForm.reason')}
        required
        render={(f) => <Input {...f} id="reason" data-testid="lend-reason" />}
      />
      <DateField
        control={form.control}
        name="dueAt"
        label={t('keys.lendForm.dueAt')}
        required
        kind="time"
        defaultTime="17:30"
        testId="lend-due"
      />
    </FormModal>
  );
}
