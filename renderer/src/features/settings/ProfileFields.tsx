import { Radio } from 'antd';
import type { Control } from 'react-hook-form';
import { PROPERTY_KIND_KEYS } from '@shared/domain/departments';
import { FormField } from '../../components/FormField';
import { t } from '../../i18n';
import type { ProfileForm } from './profileForm';
import * as Field from '../../components/fieldRows';

const L = Field.labelsIn('settings.profile');

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
      <Field.Text
        control={control}
        name="name"
        label={L('name')}
        required
        autoFocus={autoFocus}
        disabled={disabled}
        placeholder={t('settings.profile.namePlaceholder')}
        testId={id('name')}
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
      <Field.Text
        control={control}
        name="address"
        label={L('address')}
        disabled={disabled}
        testId={id('address')}
      />
      <Field.Text
        control={control}
        name="phone"
        label={L('phone')}
        disabled={disabled}
        testId={id('phone')}
      />
      <Field.Text
        control={control}
        name="stampText"
        label={L('stampText')}
        extra={t('settings.profile.stampTextExtra')}
        disabled={disabled}
        testId={id('stamp')}
      />
    </>
  );
}
