import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { RateTargets } from '@shared/domain/review/figures';
import { labelsIn } from '../../../components/fieldRows';
import { useLabelledRows } from '../../../components/labelledRows';
import { t } from '../../../i18n';
import {
  SettingForm,
  SettingTab,
  useSettingTabForm,
  type SettingEditorProps,
} from '../SettingForm';

const L = labelsIn('settings.rateTargets');
const KEYS = ['perHousehold', 'onTime', 'revisit', 'satisfaction'] as const;

/** The targets as the manager types them: percent, two decimals (有效投诉率 is below 1 %). */
type TargetsForm = Record<(typeof KEYS)[number], number>;

// A function: read when the check fails, in the language then in effect.
const range = { error: () => t('settings.rateTargets.range') };
const percent = z.number(range).min(0, range).max(100, range);
const schema = z.object({
  perHousehold: percent,
  onTime: percent,
  revisit: percent,
  satisfaction: percent,
});

const toPercent = (v: number) => Math.round(v * 10000) / 100;
// Rounded so 95 % is stored as 0.95, not 0.9500000000000001.
const toFraction = (v: number) => Math.round(v * 100) / 10000;

const eachTarget = (f: (key: (typeof KEYS)[number]) => number): TargetsForm => ({
  perHousehold: f('perHousehold'),
  onTime: f('onTime'),
  revisit: f('revisit'),
  satisfaction: f('satisfaction'),
});

/**
 * 考核指标: the complaint-rate targets the monthly review draws (manager only): 有效投诉率's
 * ceiling (002: below 1 %) and the floors of 处理及时率, 回访率, 满意率. 投诉有效率 has none.
 */
export function RateTargetsTab() {
  return <SettingTab setting="rateTargets" Editor={TargetsEditor} />;
}

function TargetsEditor({ initial, editor }: SettingEditorProps<'rateTargets'>) {
  const { form, frame } = useSettingTabForm<TargetsForm, 'rateTargets'>(editor, {
    resolver: zodResolver(schema),
    defaultValues: eachTarget((k) => toPercent(initial[k])),
    toSetting: (values): RateTargets => eachTarget((k) => toFraction(values[k])),
  });

  const F = useLabelledRows(form.control, L);
  return (
    <SettingForm {...frame} maxWidth={480} intro={t('settings.rateTargets.intro')}>
      {KEYS.map((name, i) => (
        <F.Number
          key={name}
          name={name}
          extra={name === 'perHousehold' ? t('settings.rateTargets.perHouseholdHelp') : undefined}
          autoFocus={i === 0}
          precision={2}
          suffix="%"
          width={140}
          testId={`rate-target-${name}`}
        />
      ))}
    </SettingForm>
  );
}
