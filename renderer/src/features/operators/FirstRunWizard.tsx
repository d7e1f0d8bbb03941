import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Form, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { checkBackupPassword } from '@shared/domain/backupPassword';
import type { Actor } from '@shared/domain/record';
import { useRepos } from '../../app/ReposContext';
import * as Field from '../../components/fieldRows';
import { NewPinFields } from '../../components/PinField';
import { useFormDraft } from '../../components/useFormDraft';
import { getHost } from '../../host/hostApi';
import { SetupBackupPassword, type SetupBackupPasswordValue } from '../backup/SetupBackupPassword';
import { t } from '../../i18n';
import { ProfileFields } from '../settings/ProfileFields';
import { FirstRunDone } from './FirstRunDone';
import { EMPTY_PROFILE_FORM, profileFormSchema, type ProfileForm } from '../settings/profileForm';
import { newOperatorSchema, type NewOperatorForm } from './pinSchemas';
import { messageOf } from '../../i18n/domainText';

const L = Field.labelsIn('operators.wizard');

const DRAFT_KEY = 'firstRun.profile';

/**
 * First run on a new PC: the property profile, then the first manager (name + PIN twice), then
 * its own 完成 step (the demo estate on offer) until the clerk starts; `onDone` gets the manager.
 * Enter moves on from every field; the profile is kept as a draft, the PIN never is.
 */
export function FirstRunWizard({ onDone }: { onDone: (actor: Actor) => void }) {
  const repos = useRepos();
  const [step, setStep] = useState(0);
  const [profile, setProfile] = useState<ProfileForm | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [manager, setManager] = useState<Actor | null>(null);
  // Desktop only: the browser host cannot encrypt. Never drafted, like the PIN.
  const canEncrypt = getHost().kind === 'electron';
  const [backupPassword, setBackupPassword] = useState<SetupBackupPasswordValue>({
    password: '',
    confirm: '',
  });
  const backupPasswordError = canEncrypt
    ? checkBackupPassword(backupPassword.password, backupPassword.confirm, true)
    : null;

  const profileForm = useForm<ProfileForm>({
    mode: 'onChange',
    resolver: zodResolver(profileFormSchema),
    defaultValues: EMPTY_PROFILE_FORM,
  });
  const draft = useFormDraft(DRAFT_KEY, profileForm);

  // The manager form has PIN fields, so it is never drafted: a PIN must not reach localStorage.
  const managerForm = useForm<NewOperatorForm>({
    mode: 'onChange',
    resolver: zodResolver(newOperatorSchema),
    defaultValues: { name: '', role: 'manager', pin: '', pinConfirm: '' },
  });

  const toManager = profileForm.handleSubmit((value) => {
    setProfile(value);
    setStep(1);
  });

  const finish = managerForm.handleSubmit(async (m) => {
    setError(null);
    if (backupPasswordError !== null) return;
    try {
      const actor = await repos.operators.createFirstManager(profile, { name: m.name, pin: m.pin });
      if (canEncrypt && backupPassword.password !== '') {
        // Encryption is on from the first backup; main seals the password (issue 15).
        const status = await getHost().configureBackup({ password: backupPassword.password });
        if (status.refused !== undefined) setError(status.refused);
      }
      draft.clear();
      setManager(actor);
      setStep(2);
    } catch (err) {
      setError(t('operators.wizard.failed', { message: messageOf(err) }));
    }
  });

  return (
    <div style={{ maxWidth: 560, margin: '48px auto', padding: '0 16px' }}>
      <Card>
        <Typography.Title level={3}>{t('operators.wizard.title')}</Typography.Title>
        <Steps
          current={step}
          style={{ margin: '16px 0 24px' }}
          items={[
            { title: t('operators.wizard.stepProfile') },
            { title: t('operators.wizard.stepManager') },
            { title: t('operators.wizard.stepDone') },
          ]}
        />
        {error && (
          <Alert
            type="error"
            showIcon
            title={error}
            style={{ marginBottom: 16 }}
            data-testid="wizard-error"
          />
        )}
        {step === 0 && (
          <form onSubmit={(e) => void toManager(e)} aria-label={L('stepProfile')}>
            <Typography.Paragraph type="secondary">
              {t('operators.wizard.intro')}
            </Typography.Paragraph>
            {draft.restored && (
              <Alert type="info" title={t('common.draftRestored')} style={{ marginBottom: 16 }} />
            )}
            <Form layout="vertical" component={false}>
              <ProfileFields control={profileForm.control} testIdPrefix="wizard" autoFocus />
            </Form>
            <Button type="primary" htmlType="submit" data-testid="wizard-next">
              {t('common.next')}
            </Button>
          </form>
        )}
        {step === 1 && (
          <form onSubmit={(e) => void finish(e)} aria-label={L('stepManager')}>
            <Typography.Paragraph type="secondary">
              {t('operators.wizard.managerIntro')}
            </Typography.Paragraph>
            <Form layout="vertical" component={false}>
              <Field.Text
                control={managerForm.control}
                name="name"
                label={L('managerName')}
                required
                autoFocus
                testId="wizard-manager-name"
              />
              <NewPinFields
                control={managerForm.control}
                labels={{ pin: L('pin'), pinConfirm: L('pinConfirm') }}
                testIds={{ pin: 'wizard-pin', pinConfirm: 'wizard-pin-confirm' }}
              />
              {canEncrypt && (
                <SetupBackupPassword
                  value={backupPassword}
                  onChange={setBackupPassword}
                  error={backupPasswordError}
                />
              )}
            </Form>
            <Space>
              <Button onClick={() => setStep(0)} data-testid="wizard-back">
                {t('common.previous')}
              </Button>
              <Button
                type="primary"
                htmlType="submit"
                loading={managerForm.formState.isSubmitting}
                data-testid="wizard-finish"
              >
                {t('operators.wizard.finish')}
              </Button>
            </Space>
          </form>
        )}
        {step === 2 && manager && (
          <FirstRunDone manager={manager} onStart={() => onDone(manager)} />
        )}
      </Card>
    </div>
  );
}
