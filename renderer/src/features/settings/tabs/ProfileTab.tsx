import { zodResolver } from '@hookform/resolvers/zod';
import { FormField } from '../../../components/FormField';
import { DraftNotice } from '../../../components/formFrame';
import { t } from '../../../i18n';
import { ProfileFields } from '../ProfileFields';
import { profileFormSchema, toProfileForm, type ProfileForm } from '../profileForm';
import {
  SettingForm,
  SettingTab,
  useSettingTabForm,
  type SettingEditorProps,
} from '../SettingForm';
import { LOGO_MAX_KB, LogoField } from './LogoField';

/** 物业信息: the office identity printed on permits, passes and receipts (manager only). */
export function ProfileTab() {
  return <SettingTab setting="profile" Editor={ProfileEditor} />;
}

function ProfileEditor({ initial, editor }: SettingEditorProps<'profile'>) {
  const { canEdit } = editor;
  const { form, draft, frame } = useSettingTabForm<ProfileForm, 'profile'>(editor, {
    resolver: zodResolver(profileFormSchema),
    defaultValues: toProfileForm(initial),
  });

  return (
    <SettingForm
      {...frame}
      maxWidth={560}
      saving={form.formState.isSubmitting}
      notice={
        draft.restored &&
        canEdit && (
          <DraftNotice
            gap={16}
            onDiscard={() => {
              draft.clear();
              form.reset(toProfileForm(initial));
            }}
          />
        )
      }
    >
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
    </SettingForm>
  );
}
