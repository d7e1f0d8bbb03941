import { zodResolver } from '@hookform/resolvers/zod';
import type { CustodyRules } from '@shared/domain/movein';
import { custodyRulesSchema } from '@shared/domain/moveOut';
import * as Field from '../../../components/fieldRows';
import { t } from '../../../i18n';
import {
  SettingForm,
  SettingTab,
  useSettingTabForm,
  type SettingEditorProps,
} from '../SettingForm';

const FIELDS = [
  { name: 'feePercent', precision: 0 },
  { name: 'waterLimit', precision: 1 },
  { name: 'powerLimit', precision: 1 },
] as const;

/** 托管: the fee rate of a unit in custody and its meter limits (manager only: it is a price). */
export function CustodyTab() {
  return <SettingTab setting="custody" Editor={CustodyEditor} />;
}

function CustodyEditor({ initial, editor }: SettingEditorProps<'custody'>) {
  const { form, frame } = useSettingTabForm<CustodyRules, 'custody'>(editor, {
    resolver: zodResolver(custodyRulesSchema),
    defaultValues: initial,
  });

  return (
    <SettingForm {...frame} maxWidth={480} intro={t('settings.custody.intro')}>
      {FIELDS.map(({ name, precision }) => (
        <Field.Number
          key={name}
          control={form.control}
          name={name}
          label={t(`settings.custody.${name}`)}
          extra={t(`settings.custody.${name}Extra`)}
          precision={precision}
          width={120}
          testId={`custody-${name}`}
        />
      ))}
    </SettingForm>
  );
}
