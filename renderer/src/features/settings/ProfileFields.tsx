import { Input, Radio } from 'antd';
import type { Control } from 'react-hook-form';
import { PROPERTY_KIND_KEYS } from '@shared/domain/departments';
import { FormField } from '../../components/FormField';
import { t } from '../../i18n';
import type { ProfileForm } from './profileForm';
import { labelsIn } from '../../components/fieldRows';

const L = labelsIn('settings.profile');

interface Props {
  control: Control<ProfileForm>;
  /** Prefix of the fields' test ids (`wizard` in the first-run wizard, `profile` in settings). */
  testIdPrefix: string;
  disabled?: boolean;
  autoFocus?: boolean;
}

/** The text fields of the property profile, shared by the first-run wizard and the settings. */
export function ProfileFields({ control, testIdPrefix, disabled, autoFocus }: Props) {
  const id = (field: string) => `${testIdPrefix}-${field}`;
  return (
    <>
      <FormField
        control={control}
        name="name"
        label={L('name')}
        required
        render={(field) => (
          <Input
            {...field}
            id="name"
            autoFocus={autoFocus}
            disabled={disabled}
            placeholder={t('settings.profile.namePlaceholder')}
            data-testid={id('name')}
          />
        )}
      />
      <FormField
        control={control}
        name="kind"
        label={L('kind')}
        render={(field) => (
          <Radio.Group
            id="kind"
            value={field.value}
            onChange={(e) => field.onChange(e.target.value)}
            disabled={disabled}
            data-testid={id('kind')}
            options={PROPERTY_KIND_KEYS.map((k) => ({
              value: k,
              label: t(`settings.profile.kinds.${k}`),
            }))}
          />
        )}
      />
      <FormField
        control={control}
        name="address"
        label={L('address')}
        render={(field) => (
          <Input {...field} id="address" disabled={disabled} data-testid={id('address')} />
        )}
      />
      <FormField
        control={control}
        name="phone"
        label={L('phone')}
        render={(field) => (
          <Input {...field} id="phone" disabled={disabled} data-testid={id('phone')} />
        )}
      />
      <FormField
        control={control}
        name="stampText"
        label={L('stampText')}
        extra={t('settings.profile.stampTextExtra')}
        render={(field) => (
          <Input {...field} id="stampText" disabled={disabled} data-testid={id('stamp')} />
        )}
      />
    </>
  );
}
