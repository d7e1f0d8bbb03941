import { zodResolver } from '@hookform/resolvers/zod';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { RowTestIds } from '../../components/FormField';
import * as Field from '../../components/fieldRows';
import { useLabelledRows } from '../../components/labelledRows';
import { useRecordForm } from '../../components/useDraftForm';
import type { KeyRecord } from '../../db/records';
import { t } from '../../i18n';
import { FormModal } from '../../components/FormModal';
import { defaultDue, lendFormSchema, type LendFormValues } from './keyForms';

const L = Field.labelsIn('keys.lendForm');

/** 借出钥匙: who, why, when it is due back. */
export function LendModal(props: {
  keyRecord: KeyRecord;
  onClose: () => void;
  onSaved: () => void;
}) {
  const repos = useRepos();
  const { actor } = useSession();
  const { form, frame } = useRecordForm<LendFormValues, unknown>({
    draftKey: `keys.lend.${props.keyRecord.id}`,
    resolver: zodResolver(lendFormSchema),
    defaults: (): LendFormValues => ({
      borrower: '',
      borrowerPhone: '',
      reason: '',
      dueAt: defaultDue(),
    }),
    save: (v) =>
      repos.keys.lend(actor, props.keyRecord.id, { ...v, dueAt: new Date(v.dueAt).toISOString() }),
    onSaved: () => props.onSaved(),
  });
  const c = form.control;
  const F = useLabelledRows(c, L);
  return (
    <FormModal
      title={t('keys.lendForm.title', { label: props.keyRecord.label })}
      testId="lend-form"
      {...frame}
      onClose={props.onClose}
      afterOpen={() => form.setFocus('borrower')}
    >
      <RowTestIds.Provider value="lend">
        <F.Text name="borrower" required />
        <F.Text name="borrowerPhone" />
        <F.Text name="reason" required />
        <F.Date name="dueAt" required kind="time" defaultTime="17:30" testId="lend-due" />
      </RowTestIds.Provider>
    </FormModal>
  );
}
