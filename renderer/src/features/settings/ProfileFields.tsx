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
  const line = (name: 'address' | 'phone' | 'stampText', testId: string, extra?: string) => (
    <Field.Text
      control={control}
      name={name}
      label={L(name)}
      {...(extra ? { extra } : {})}
      disabled={disabled}
      testId={id(testId)}
    />
  );
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
      {line('address', 'address')}
      {line('phone', 'phone')}
      {line('stampText', 'stamp', t('settings.profile.stampTextExtra'))}
    </>
  );
}
