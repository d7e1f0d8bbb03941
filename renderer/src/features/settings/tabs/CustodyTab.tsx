import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form, InputNumber, Spin, Typography } from 'antd';
import type { CustodyRules } from '@shared/domain/movein';
import { custodyRulesSchema } from '@shared/domain/moveOut';
import { FormField } from '../../../components/FormField';
import { t } from '../../../i18n';
import { RoleNotice } from '../RoleNotice';
import { useSettingEditor } from '../useSettingEditor';
import { useSettingForm } from '../useSettingForm';

const FIELDS = [
  { name: 'feePercent', precision: 0 },
  { name: 'waterLimit', precision: 1 },
  { name: 'powerLimit', precision: 1 },
] as const;

/** 托管: the fee rate of a unit in custody and its meter limits (manager only: it is a price). */
export function CustodyTab() {
  const editor = useSettingEditor('custody');
  if (!editor.value) return <Spin />;
  return <CustodyEditor initial={editor.value} editor={editor} />;
}

function CustodyEditor({
  initial,
  editor,
}: {
  initial: CustodyRules;
  editor: ReturnType<typeof useSettingEditor<'custody'>>;
}) {
  const { canEdit, requiredRole, save } = editor;
  const { form, submit } = useSettingForm<CustodyRules>({
    draftKey: 'settings.custody',
    resolver: zodResolver(custodyRulesSchema),
    defaultValues: initial,
    save,
  });

  return (
    <form
      onSubmit={(e) => void submit(e)}
      style={{ maxWidth: 480 }}
      aria-label={t('settings.tabs.custody')}
    >
      <RoleNotice canEdit={canEdit} role={requiredRole} />
      <Typography.Paragraph type="secondary">{t('settings.custody.intro')}</Typography.Paragraph>
      <Form layout="vertical" component={false} disabled={!canEdit}>
        {FIELDS.map(({ name, precision }) => (
          <FormField
            key={name}
            control={form.control}
            name={name}
            label={t(`settings.custody.${name}`)}
            extra={t(`settings.custody.${name}Extra`)}
            render={(field) => (
              <InputNumber
                id={name}
                value={field.value}
                onChange={(v) => field.onChange(v)}
                onBlur={field.onBlur}
                precision={precision}
                style={{ width: 120 }}
                data-testid={`custody-${name}`}
              />
            )}
          />
        ))}
      </Form>
      <Button type="primary" htmlType="submit" disabled={!canEdit} data-testid="custody-save">
        {t('common.save')}
      </Button>
    </form>
  );
}
