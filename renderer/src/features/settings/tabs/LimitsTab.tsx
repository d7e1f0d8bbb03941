import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { limitsSettingsSchema, type LimitsSettings } from '@shared/domain/deskSettings';
import { formatFen, parseAmountToFen } from '@shared/domain/money';
import * as Field from '../../../components/fieldRows';
import { useLabelledRows } from '../../../components/labelledRows';
import { t } from '../../../i18n';
import { reportIssues } from '../formSchema';
import {
  SettingForm,
  SettingTab,
  useSettingTabForm,
  type SettingEditorProps,
} from '../SettingForm';

/** The limits with the amount ceiling typed in yuan. */
type LimitsForm = Omit<LimitsSettings, 'maxAmountFen'> & { maxAmountYuan: string };

/** The ceiling of the ceiling: the largest amount the fee schema accepts (1,000,000.00 元). */
const CEILING_FEN = 100_000_000;
const parseCeiling = (text: string) => parseAmountToFen(text, { maxFen: CEILING_FEN });

function toSettings({ maxAmountYuan, ...rest }: LimitsForm): LimitsSettings {
  const parsed = parseCeiling(maxAmountYuan);
  return { ...rest, maxAmountFen: parsed.ok ? parsed.fen : Number.NaN };
}

const schema = z.custom<LimitsForm>().superRefine((form, ctx) => {
  const parsed = parseCeiling(form.maxAmountYuan);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error, path: ['maxAmountYuan'] });
  else
    reportIssues(limitsSettingsSchema, toSettings(form), ctx, [], {
      maxAmountFen: 'maxAmountYuan',
    });
});

const L = Field.labelsIn('settings.limits');
const NUMBER_FIELDS = ['idleLockMinutes', 'pinMaxFailures', 'pinLockMinutes'] as const;

/** 安全与限额: the money-entry ceiling, the idle lock and the PIN lockout (manager only). */
export function LimitsTab() {
  return <SettingTab setting="limits" Editor={LimitsEditor} />;
}

function LimitsEditor({ initial, editor }: SettingEditorProps<'limits'>) {
  const { maxAmountFen, ...rest } = initial;
  const { form, frame } = useSettingTabForm<LimitsForm, 'limits'>(editor, {
    resolver: zodResolver(schema),
    defaultValues: { ...rest, maxAmountYuan: formatFen(maxAmountFen).replace(/,/g, '') },
    toSetting: toSettings,
    issueRename: { maxAmountFen: 'maxAmountYuan' },
  });

  const F = useLabelledRows(form.control, L);
  return (
    <SettingForm {...frame} maxWidth={480} intro={t('settings.limits.intro')}>
      <Field.Text
        control={form.control}
        name="maxAmountYuan"
        label={t('settings.limits.maxAmount')}
        extra={t('settings.limits.maxAmountExtra')}
        inputMode="decimal"
        style={{ width: 200 }}
        testId="limits-max-amount"
      />
      {NUMBER_FIELDS.map((name) => (
        <F.Number
          key={name}
          name={name}
          extra={name === 'idleLockMinutes' ? t('settings.limits.idleLockExtra') : undefined}
          precision={0}
          width={120}
          testId={`limits-${name}`}
        />
      ))}
    </SettingForm>
  );
}
