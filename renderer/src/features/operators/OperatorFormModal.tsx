import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ROLES } from '@shared/domain/operators';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
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
  const [error, setError] = useState<string | null>(null);
  const form = useForm<NewOperatorForm>({
    mode: 'onChange',
    resolver: zodResolver(editing ? editOperatorSchema : newOperatorSchema),
    defaultValues: {
      name: editing?.name ?? '',
      role: editing?.role ?? 'clerk',
      pin: '',
      pinConfirm: '',
    },
  });

  const submit = form.handleSubmit(async ({ name, role, pin }) => {
    setError(null);
    try {
      if (editing) await repos.operators.update(editing.id, { name, role }, actor);
      else await repos.operators.create({ name, role, pin }, actor);
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  });

  return (
    <Modal
      open
      title={editing ? t('operators.page.editTitle') : t('operators.page.addTitle')}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="save"
          type="primary"
          loading={form.formState.isSubmitting}
          onClick={() => void submit()}
          data-testid="operator-save"
        >
          {t('common.save')}
        </Button>,
      ]}
    >
      {error && (
        <Alert
          type="error"
          title={error}
          style={{ marginBottom: 12 }}
          data-testid="operator-error"
        />
      )}
      <form onSubmit={(e) => void submit(e)}>
        <Form layout="vertical" component={false}>
          <FormField
            control={form.control}
            name="name"
            label={t('operators.page.name')}
            required
            render={(field) => <Input {...field} id="name" autoFocus data-testid="operator-name" />}
          />
          <FormField
            control={form.control}
            name="role"
            label={t('operators.page.role')}
            required
            render={(field) => (
              <Select
                id="role"
                value={field.value}
                onChange={field.onChange}
                data-testid="operator-role"
                options={ROLES.map((r) => ({ value: r, label: t(`operators.roles.${r}`) }))}
              />
            )}
          />
          {!editing && (
            <>
              <FormField
                control={form.control}
                name="pin"
                label={t('operators.wizard.pin')}
                required
                render={(field) => (
                  <Input.Password
                    {...field}
                    id="pin"
                    autoComplete="new-password"
                    data-testid="operator-pin"
                  />
                )}
              />
              <FormField
                control={form.control}
                name="pinConfirm"
                label={t('operators.wizard.pinConfirm')}
                required
                render={(field) => (
                  <Input.Password
                    {...field}
                    id="pinConfirm"
                    autoComplete="new-password"
                    data-testid="operator-pin-confirm"
                  />
                )}
              />
            </>
          )}
        </Form>
        {/* Lets Enter in any field submit, like the rest of the desk's forms. */}
        <button type="submit" hidden />
      </form>
    </Modal>
  );
}
