import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { FormField } from '../../components/FormField';
import type { OperatorSummary } from '../../db/repositories/operatorRepository';
import { t } from '../../i18n';
import { ownPinSchema, resetPinSchema, type OwnPinForm } from './pinSchemas';

interface Props {
  /** Whose PIN the manager resets; absent: the signed-in operator changes their own. */
  target?: OperatorSummary;
  onClose: (changed: boolean) => void;
}

/** Reset someone's PIN (manager) or change one's own (current PIN first). Never drafted. */
export function PinModal({ target, onClose }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const [error, setError] = useState<string | null>(null);
  const own = target === undefined;
  const form = useForm<OwnPinForm>({
    mode: 'onChange',
    resolver: zodResolver(own ? ownPinSchema : resetPinSchema),
    defaultValues: { currentPin: '', pin: '', pinConfirm: '' },
  });

  const submit = form.handleSubmit(async ({ currentPin, pin }) => {
    setError(null);
    try {
      if (target) await repos.operators.resetPin(target.id, pin, actor);
      else await repos.operators.changeOwnPin(actor, currentPin, pin);
      onClose(true);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  });

  return (
    <Modal
      open
      title={
        target
          ? t('operators.page.resetPinTitle', { name: target.name })
          : t('operators.page.ownPinTitle')
      }
      onCancel={() => onClose(false)}
      footer={[
        <Button key="cancel" onClick={() => onClose(false)}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="save"
          type="primary"
          loading={form.formState.isSubmitting}
          onClick={() => void submit()}
          data-testid="pin-save"
        >
          {t('common.save')}
        </Button>,
      ]}
    >
      {error && (
        <Alert type="error" title={error} style={{ marginBottom: 12 }} data-testid="pin-error" />
      )}
      <form onSubmit={(e) => void submit(e)}>
        <Form layout="vertical" component={false}>
          {own && (
            <FormField
              control={form.control}
              name="currentPin"
              label={t('operators.page.currentPin')}
              required
              render={(field) => (
                <Input.Password
                  {...field}
                  id="currentPin"
                  autoFocus
                  autoComplete="current-password"
                  data-testid="pin-current"
                />
              )}
            />
          )}
          <FormField
            control={form.control}
            name="pin"
            label={t('operators.page.newPin')}
            required
            render={(field) => (
              <Input.Password
                {...field}
                id="pin"
                autoFocus={!own}
                autoComplete="new-password"
                data-testid="pin-new"
              />
            )}
          />
          <FormField
            control={form.control}
            name="pinConfirm"
            label={t('operators.page.newPinConfirm')}
            required
            render={(field) => (
              <Input.Password
                {...field}
                id="pinConfirm"
                autoComplete="new-password"
                data-testid="pin-confirm"
              />
            )}
          />
        </Form>
        <button type="submit" hidden />
      </form>
    </Modal>
  );
}
