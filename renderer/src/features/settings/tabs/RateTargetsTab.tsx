import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form, InputNumber, Spin, Typography } from 'antd';
import { z } from 'zod';
import type { RateTargets } from '@shared/domain/review/figures';
import { FormField } from '../../../components/FormField';
import { t } from '../../../i18n';
import { RoleNotice } from '../RoleNotice';
import { useSettingEditor } from '../useSettingEditor';
import { useSettingForm } from '../useSettingForm';

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

/**
 * 考核指标: the complaint-rate targets the monthly review draws (manager only): 有效投诉率's
 * ceiling (002: below 1 %) and the floors of 处理及时率, 回访率, 满意率. 投诉有效率 has none.
 */
export function RateTargetsTab() {
  const editor = useSettingEditor('rateTargets');
  if (!editor.value) return <Spin />;
  return <TargetsEditor initial={editor.value} editor={editor} />;
}

function TargetsEditor({
  initial,
  editor,
}: {
  initial: RateTargets;
  editor: ReturnType<typeof useSettingEditor<'rateTargets'>>;
}) {
  const { canEdit, requiredRole, save } = editor;
  const { form, submit } = useSettingForm<TargetsForm>({
    draftKey: 'settings.rateTargets',
    resolver: zodResolver(schema),
    defaultValues: {
      perHousehold: toPercent(initial.perHousehold),
      onTime: toPercent(initial.onTime),
      revisit: toPercent(initial.revisit),
      satisfaction: toPercent(initial.satisfaction),
    },
    save,
    toSetting: (values): RateTargets => ({
      perHousehold: toFraction(values.perHousehold),
      onTime: toFraction(values.onTime),
      revisit: toFraction(values.revisit),
      satisfaction: toFraction(values.satisfaction),
    }),
  });

  return (
    <form
      onSubmit={(e) => void submit(e)}
      style={{ maxWidth: 480 }}
      aria-label={t('settings.tabs.rateTargets')}
    >
      <RoleNotice canEdit={canEdit} role={requiredRole} />
      <Typography.Paragraph type="secondary">
        {t('settings.rateTargets.intro')}
      </Typography.Paragraph>
      <Form layout="vertical" component={false} disabled={!canEdit}>
        {KEYS.map((name, i) => (
          <FormField
            key={name}
            control={form.control}
            name={name}
            label={t(`settings.rateTargets.${name}`)}
            {...(name === 'perHousehold'
              ? { extra: t('settings.rateTargets.perHouseholdHelp') }
              : {})}
            render={(field) => (
              <InputNumber
                id={name}
                autoFocus={i === 0}
                value={field.value}
                onChange={(v) => field.onChange(v)}
                onBlur={field.onBlur}
                precision={2}
                suffix="%"
                style={{ width: 140 }}
                data-testid={`rate-target-${name}`}
              />
            )}
          />
        ))}
      </Form>
      <Button type="primary" htmlType="submit" disabled={!canEdit} data-testid="rate-targets-save">
        {t('common.save')}
      </Button>
    </form>
  );
}
