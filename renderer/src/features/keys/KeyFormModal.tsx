import { zodResolver } from '@hookform/resolvers/zod';
import { InputNumber } from 'antd';
import { KEY_KINDS, type KeyKind } from '@shared/domain/keys';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
import * as Field from '../../components/fieldRows';
import { useLabelledRows } from '../../components/labelledRows';
import { useRecordForm } from '../../components/useDraftForm';
import type { KeyRecord } from '../../db/records';
import { t } from '../../i18n';
import { FormModal } from '../../components/FormModal';
import { keyFormSchema, newKeyValues, type KeyFormValues } from './keyForms';

const L = Field.labelsIn('keys.keyForm');

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
  const { form, frame } = useRecordForm<KeyFormValues, KeyRecord>({
    draftKey: 'keys.new',
    resolver: zodResolver(keyFormSchema),
    defaults: newKeyValues,
    save: (v) =>
      repos.keys.createKey(actor, {
        ...v,
        ...(v.unitId
          ? { unitId: v.unitId, unitCode: v.unitCode }
          : { unitId: undefined, unitCode: undefined }),
      }),
    onSaved: (key) => onSaved(key.label),
  });
  const c = form.control;
  const F = useLabelledRows(c, L);
  return (
    <FormModal
      title={t('keys.keyForm.title')}
      testId="key-form"
      {...frame}
      onClose={onClose}
      afterOpen={() => form.setFocus('label')}
    >
      <F.Text name="label" required testId="key-label" />
      <F.Text name="name" required testId="key-name" />
      <F.Select
        name="kind"
        required
        options={Field.choices(Object.keys(KEY_KINDS) as KeyKind[], (k) => t(`keys.kind.${k}`))}
      />
      <F.Text name="hook" />
      <F.Unit name="unitCode" label={L('unit')} onUnit={(id) => form.setValue('unitId', id)} />
      <FormField
        control={c}
        name="count"
        label={L('count')}
        required
        render={(f) => (
          <InputNumber {...f} id="count" min={1} onChange={(n) => f.onChange(n ?? 0)} />
        )}
      />
      <F.Text name="note" />
    </FormModal>
  );
}
