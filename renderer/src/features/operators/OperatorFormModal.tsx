import { zodResolver } from '@hookform/resolvers/zod';
import { ROLES } from '@shared/domain/operators';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { RowTestIds } from '../../components/FormField';
import * as Field from '../../components/fieldRows';
import { NewPinFields } from '../../components/PinField';
import { SubmitModal } from '../../components/SubmitModal';
import { useStepForm } from '../../components/useDraftForm';
import type { OperatorSummary } from '../../db/repositories/operatorRepository';
import { t } from '../../i18n';
import { editOperatorSchema, newOperatorSchema, type NewOperatorForm } from './pinSchemas';

interface Props {
  /** The operator to edit; absent to add one. */
  editing?: OperatorSummary;
  onClose: () => void;
}

/**
 * Add an operator (name, role, PIN twice) or edit name and role. Not drafted: the add form
 * holds a PIN, which must never reach localStorage, and the edit form is two fields.
 */
export function OperatorFormModal({ editing, onClose }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const { form, frame } = useStepForm<NewOperatorForm>({
    resolver: zodResolver(editing ? editOperatorSchema : newOperatorSchema),
    defaults: {
      name: editing?.name ?? '',
      role: editing?.role ?? 'clerk',
      pin: '',
      pinConfirm: '',
    },
    save: async ({ name, role, pin }) => {
      if (editing) await repos.operators.update(editing.id, { name, role }, actor);
      else await repos.operators.create({ name, role, pin }, actor);
      onClose();
    },
  });
  const c = form.control;
  const F = Field.useRows(c);

  return (
    <SubmitModal
      title={editing ? t('operators.page.editTitle') : t('operators.page.addTitle')}
      {...frame}
      saveTestId="operator-save"
      errorTestId="operator-error"
      onCancel={onClose}
    >
      <RowTestIds.Provider value="operator">
        <F.Text name="name" label={t('operators.page.name')} required autoFocus />
        <F.Select
          name="role"
          label={t('operators.page.role')}
          required
          options={Field.choices(ROLES, (r) => t(`operators.roles.${r}`))}
        />
        {!editing && (
          <NewPinFields
            control={c}
            labels={{
              pin: t('operators.wizard.pin'),
              pinConfirm: t('operators.wizard.pinConfirm'),
            }}
          />
        )}
      </RowTestIds.Provider>
    </SubmitModal>
  );
}
