import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Form, Space, Spin } from 'antd';
import type { PropertyProfile } from '@shared/domain/departments';
import { FormField } from '../../../components/FormField';
import { t } from '../../../i18n';
import { ProfileFields } from '../ProfileFields';
import { profileFormSchema, toProfileForm, type ProfileForm } from '../profileForm';
import { RoleNotice } from '../RoleNotice';
import { useSettingEditor } from '../useSettingEditor';
import { useSettingForm } from '../useSettingForm';
import { LOGO_MAX_KB, LogoField } from './LogoField';

/** 物业信息: the office identity printed on permits, passes and receipts (manager only). */
export function ProfileTab() {
  const editor = useSettingEditor('profile');
  if (!editor.value) return <Spin />;
  return <ProfileEditor initial={editor.value} editor={editor} />;
}

function ProfileEditor({
  initial,
  editor,
}: {
  initial: PropertyProfile;
  editor: ReturnType<typeof useSettingEditor<'profile'>>;
}) {
  const { canEdit, requiredRole, save } = editor;
  const { form, draft, submit } = useSettingForm<ProfileForm>({
    draftKey: 'settings.profile',
    resolver: zodResolver(profileFormSchema),
    defaultValues: toProfileForm(initial),
    save,
  });

  return (
    <form
      onSubmit={(e) => void submit(e)}
      style={{ maxWidth: 560 }}
      aria-label={t('settings.tabs.profile')}
    >
      <RoleNotice canEdit={canEdit} role={requiredRole} />
      {draft.restored && canEdit && (
        <Alert
          type="info"
          style={{ marginBottom: 16 }}
          title={t('common.draftRestored')}
          action={
            <Button
              size="small"
              onClick={() => {
                draft.clear();
                form.reset(toProfileForm(initial));
              }}
            >
              {t('common.discardDraft')}
            </Button>
          }
        />
      )}
      <Form layout="vertical" component={false} disabled={!canEdit}>
        <ProfileFields control={form.control} testIdPrefix="profile" disabled={!canEdit} />
        <FormField
          control={form.control}
          name="logoDataUrl"
          label={t('settings.profile.logo')}
          extra={t('settings.profile.logoExtra', { size: LOGO_MAX_KB })}
          render={(field) => (
            <LogoField
              value={field.value}
              onChange={(v) => field.onChange(v)}
              onError={(message) => form.setError('logoDataUrl', { message })}
              disabled={!canEdit}
            />
          )}
        />
      </Form>
      <Space>
        <Button
          type="primary"
          htmlType="submit"
          disabled={!canEdit}
          loading={form.formState.isSubmitting}
          data-testid="profile-save"
        >
          {t('common.save')}
        </Button>
      </Space>
    </form>
  );
}
