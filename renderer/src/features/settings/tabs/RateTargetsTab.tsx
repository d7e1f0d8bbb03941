import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form, InputNumber, Spin, Typography } from 'antd';
import { z } from 'zod';
import type { RateTargets } from '@shared/domain/review/figures';
import { FormField } from '../../../components/FormField';
import { t } from '../../../i18n';
import { RoleNotice } from '../RoleNotice';
import { useSettingEditor } from '../useSettingEditor';
import { useSettingForm } from '../useSettingForm';

const KEYS = ['valid', 'onTime', 'revisit', 'satisfaction'] as const;

/** The targets as the manager types them: percent, one decimal. */
type TargetsForm = Record<(typeof KEYS)[number], number>;

const percent = z
  .number(t('settings.rateTargets.range'))
  .min(0, t('settings.rateTargets.range'))
  .max(100, t('settings.rateTargets.range'));
const schema = z.object({
  valid: percent,
  onTime: percent,
  revisit: percent,
  satisfaction: percent,
});

const toPercent = (v: number) => Math.round(v * 1000) / 10;
// Rounded so 95 % is stored as 0.95, not 0.9500000000000001.
const toFraction = (v: number) => Math.round(v * 10) / 1000;

/** 考核指标: the four complaint-rate targets the monthly review draws (manager only). */
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
      valid: toPercent(initial.valid),
      onTime: toPercent(initial.onTime),
      revisit: toPercent(initial.revisit),
      satisfaction: toPercent(initial.satisfaction),
    },
    save,
    toSetting: (values): RateTargets => ({
      valid: toFraction(values.valid),
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
            render={(field) => (
              <InputNumber
                id={name}
                autoFocus={i === 0}
                value={field.value}
                onChange={(v) => field.onChange(v)}
                onBlur={field.onBlur}
                precision={1}
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
