import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Form, Select, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { Actor } from '@shared/domain/record';
import { useRepos } from '../../app/ReposContext';
import { FormField } from '../../components/FormField';
import { PinField } from '../../components/PinField';
import { t } from '../../i18n';
import { LockoutCountdown } from './LockoutCountdown';
import * as Field from '../../components/fieldRows';

const L = Field.labelsIn('operators.signIn');

const signInSchema = z.object({
  // Messages as functions: read when a check fails, in the language then in effect.
  operatorId: z.string().min(1, { error: () => t('operators.signIn.chooseOperator') }),
  pin: z.string().min(1, { error: () => t('operators.signIn.enterPin') }),
});
type SignInForm = z.infer<typeof signInSchema>;

interface Props {
  /** Set when the screen was locked: that operator is preselected, others may still sign in. */
  lockedActor: Actor | null;
  onSignedIn: (actor: Actor) => void;
}

/** Choose a name, type the PIN, Enter. Wrong PINs show at the field; a lockout shows the time left. */
export function SignInScreen({ lockedActor, onSignedIn }: Props) {
  const repos = useRepos();
  const operators = useLiveQuery(() => repos.operators.list(), [repos]);
  const [lockedUntil, setLockedUntil] = useState<string | null>(null);

  const form = useForm<SignInForm>({
    mode: 'onChange',
    resolver: zodResolver(signInSchema),
    defaultValues: { operatorId: lockedActor?.id ?? '', pin: '' },
  });
  const { setValue, getValues, setFocus } = form;

  // A desk with a single operator needs no choosing.
  useEffect(() => {
    if (operators?.length === 1 && !getValues('operatorId'))
      setValue('operatorId', operators[0]!.id);
  }, [operators, getValues, setValue]);

  const submit = form.handleSubmit(async ({ operatorId, pin }) => {
    const result = await repos.operators.signIn(operatorId, pin);
    if (result.ok) {
      onSignedIn(result.actor);
      return;
    }
    setLockedUntil(result.lockedUntil ?? null);
    form.resetField('pin');
    form.setError('pin', { message: result.error });
    setFocus('pin');
  });

  const locked = lockedActor !== null;
  return (
    <div style={{ maxWidth: 420, margin: '96px auto', padding: '0 16px' }}>
      <Card>
        <Typography.Title level={3} data-testid="signin-title">
          {locked ? t('operators.signIn.lockedTitle') : t('operators.signIn.title')}
        </Typography.Title>
        {locked && (
          <Typography.Paragraph type="secondary">
            {t('operators.signIn.lockedHint', { name: lockedActor.name })}
          </Typography.Paragraph>
        )}
        {operators?.length === 0 && (
          <Alert type="warning" title={t('operators.signIn.noOperators')} />
        )}
        {lockedUntil && (
          <LockoutCountdown until={lockedUntil} onExpired={() => setLockedUntil(null)} />
        )}
        <form onSubmit={(e) => void submit(e)} aria-label={L('title')}>
          <Form layout="vertical" component={false}>
            <FormField
              control={form.control}
              name="operatorId"
              label={L('operator')}
              required
              render={(field) => (
                <Select
                  id="operatorId"
                  value={field.value || undefined}
                  onChange={(v: string) => {
                    field.onChange(v);
                    setLockedUntil(null);
                    form.clearErrors('pin');
                    setFocus('pin');
                  }}
                  onBlur={field.onBlur}
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('operators.signIn.operatorPlaceholder')}
                  aria-label={L('operator')}
                  data-testid="signin-operator"
                  loading={operators === undefined}
                  options={(operators ?? []).map((o) => ({
                    value: o.id,
                    label: `${o.name}（${t(`operators.roles.${o.role}`)}）`,
                  }))}
                />
              )}
            />
            <PinField
              control={form.control}
              name="pin"
              label={L('pin')}
              required
              autoFocus
              aria-label={L('pin')}
              testId="signin-pin"
            />
          </Form>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={form.formState.isSubmitting}
            data-testid="signin-submit"
          >
            {locked ? t('operators.signIn.unlock') : t('operators.signIn.submit')}
          </Button>
        </form>
      </Card>
    </div>
  );
}
