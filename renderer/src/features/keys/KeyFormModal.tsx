import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { KEY_KINDS, type KeyKind } from '@shared/domain/keys';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
import { useFormDraft } from '../../components/useFormDraft';
import { t } from '../../i18n';
import { FormModal } from '../../components/FormModal';
import { UnitPicker } from '../../components/UnitPicker';
import { keyFormSchema, newKeyValues, type KeyFormValues } from './keyForms';

/** 登记钥匙: a key or bunch on the board, with its hook and the unit it opens. */
export function KeyFormModal({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: (label: string) => void;
}) {
  const repos = useRepos();
  const { actor } = useSession();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<KeyFormValues>({
    mode: 'onChange',
    resolver: zodResolver(keyFormSchema),
    defaultValues: newKeyValues(),
  });
  const draft = useFormDraft('keys.new', form);
  const save = () =>
    void form.handleSubmit(async (v) => {
      setError(null);
      try {
        const key = await repos.keys.createKey(actor, {
          ...v,
          ...(v.unitId
            ? { unitId: v.unitId, unitCode: v.unitCode }
            : { unitId: undefined, unitCode: undefined }),
        });
        draft.clear();
        onSaved(key.label);
      } catch (err) {
        setError(err instanceof Error ? err.message : String(err));
      }
    })();
  return (
    <FormModal
      title={t('keys.keyForm.title')}
      testId="key-form"
      saving={form.formState.isSubmitting}
      draftRestored={draft.restored}
      onDiscardDraft={() => {
        draft.clear();
        form.reset(newKeyValues());
      }}
      onSave={save}
      onClose={onClose}
      afterOpen={() => form.setFocus('label')}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
      <FormField
        control={form.control}
        name="label"
        label={t('keys.keyForm.label')}
        required
        render={(f) => <Input {...f} id="label" data-testid="key-label" />}
      />
      <FormField
        control={form.control}
        name="name"
        label={t('keys.keyForm.name')}
        required
        render={(f) => <Input {...f} id="name" data-testid="key-name" />}
      />
      <FormField
        control={form.control}
        name="kind"
        label={t('keys.keyForm.kind')}
        required
        render={(f) => (
          <Select
            {...f}
            id="kind"
            options={(Object.keys(KEY_KINDS) as KeyKind[]).map((k) => ({
              value: k,
              label: t(`keys.kind.${k}`),
            }))}
          />
        )}
      />
      <FormField
        control={form.control}
        name="hook"
        label={t('keys.keyForm.hook')}
        render={(f) => <Input {...f} id="hook" />}
      />
      <FormField
        control={form.control}
        name="unitCode"
        label={t('keys.keyForm.unit')}
        render={(f) => (
          <UnitPicker
            id="unitCode"
            value={f.value}
            onChange={(code, id) => {
              f.onChange(code);
              form.setValue('unitId', id);
            }}
          />
        )}
      />
      <FormField
        control={form.control}
        name="count"
        label={t('keys.keyForm.count')}
        required
        render={(f) => (
          <InputNumber {...f} id="count" min={1} onChange={(n) => f.onChange(n ?? 0)} />
        )}
      />
      <FormField
        control={form.control}
        name="note"
        label={t('keys.keyForm.note')}
        render={(f) => <Input {...f} id="note" />}
      />
    </FormModal>
  );
}
