import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form, Input, InputNumber, Spin, Typography } from 'antd';
import { z } from 'zod';
import { limitsSettingsSchema, type LimitsSettings } from '@shared/domain/deskSettings';
import { formatFen, parseAmountToFen } from '@shared/domain/money';
import { FormField } from '../../../components/FormField';
import { t } from '../../../i18n';
import { reportIssues } from '../formSchema';
import { RoleNotice } from '../RoleNotice';
import { useSettingEditor } from '../useSettingEditor';
import { useSettingForm } from '../useSettingForm';

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

const NUMBER_FIELDS = ['idleLockMinutes', 'pinMaxFailures', 'pinLockMinutes'] as const;

/** 安全与限额: the money-entry ceiling, the idle lock and the PIN lockout (manager only). */
export function LimitsTab() {
  const editor = useSettingEditor('limits');
  if (!editor.value) return <Spin />;
  return <LimitsEditor initial={editor.value} editor={editor} />;
}

function LimitsEditor({
  initial,
  editor,
}: {
  initial: LimitsSettings;
  editor: ReturnType<typeof useSettingEditor<'limits'>>;
}) {
  const { canEdit, requiredRole, save } = editor;
  const { maxAmountFen, ...rest } = initial;
  const { form, submit } = useSettingForm<LimitsForm>({
    draftKey: 'settings.limits',
    resolver: zodResolver(schema),
    defaultValues: { ...rest, maxAmountYuan: formatFen(maxAmountFen).replace(/,/g, '') },
    save,
    toSetting: toSettings,
    issueRename: { maxAmountFen: 'maxAmountYuan' },
  });

  return (
    <form
      onSubmit={(e) => void submit(e)}
      style={{ maxWidth: 480 }}
      aria-label={t('settings.tabs.limits')}
    >
      <RoleNotice canEdit={canEdit} role={requiredRole} />
      <Typography.Paragraph type="secondary">{t('settings.limits.intro')}</Typography.Paragraph>
      <Form layout="vertical" component={false} disabled={!canEdit}>
        <FormField
          control={form.control}
          name="maxAmountYuan"
          label={t('settings.limits.maxAmount')}
          extra={t('settings.limits.maxAmountExtra')}
          render={(field) => (
            <Input
              {...field}
              id="maxAmountYuan"
              inputMode="decimal"
              style={{ width: 200 }}
              data-testid="limits-max-amount"
            />
          )}
        />
        {NUMBER_FIELDS.map((name) => (
          <FormField
            key={name}
            control={form.control}
            name={name}
            label={t(`settings.limits.${name}`)}
            extra={name === 'idleLockMinutes' ? t('settings.limits.idleLockExtra') : undefined}
            render={(field) => (
              <InputNumber
                id={name}
                value={field.value}
                onChange={(v) => field.onChange(v)}
                onBlur={field.onBlur}
                precision={0}
                style={{ width: 120 }}
                data-testid={`limits-${name}`}
              />
            )}
          />
        ))}
      </Form>
      <Button type="primary" htmlType="submit" disabled={!canEdit} data-testid="limits-save">
        {t('common.save')}
      </Button>
    </form>
  );
}
