import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Col, Form, InputNumber, Row, Space, Spin, Typography } from 'antd';
import {
  COMPLAINT_REVISIT_OPTIONS,
  DEFAULT_DEADLINES,
  deadlineSettingsSchema,
  type DeadlineSettings,
} from '@shared/domain/deadlines';
import { FormField } from '../../../components/FormField';
import { t } from '../../../i18n';
import { formSchemaFor } from '../formSchema';
import { RoleNotice } from '../RoleNotice';
import { useSettingEditor } from '../useSettingEditor';
import { useSettingForm } from '../useSettingForm';

const KEYS = Object.keys(DEFAULT_DEADLINES) as (keyof DeadlineSettings)[];

const revisitOptions = (key: keyof DeadlineSettings) =>
  Object.hasOwn(COMPLAINT_REVISIT_OPTIONS, key)
    ? COMPLAINT_REVISIT_OPTIONS[key as keyof typeof COMPLAINT_REVISIT_OPTIONS]
    : undefined;
const schema = formSchemaFor<DeadlineSettings>(deadlineSettingsSchema);

/** 时限设置: the deadlines of the manuals, each a setting with the manual's default. */
export function DeadlinesTab() {
  const editor = useSettingEditor('deadlines');
  if (!editor.value) return <Spin />;
  return <DeadlinesEditor initial={editor.value} editor={editor} />;
}

function DeadlinesEditor({
  initial,
  editor,
}: {
  initial: DeadlineSettings;
  editor: ReturnType<typeof useSettingEditor<'deadlines'>>;
}) {
  const { canEdit, requiredRole, save } = editor;
  const { form, submit } = useSettingForm<DeadlineSettings>({
    draftKey: 'settings.deadlines',
    resolver: zodResolver(schema),
    defaultValues: initial,
    save,
  });

  return (
    <form
      onSubmit={(e) => void submit(e)}
      style={{ maxWidth: 760 }}
      aria-label={t('settings.tabs.deadlines')}
    >
      <RoleNotice canEdit={canEdit} role={requiredRole} />
      <Typography.Paragraph type="secondary">{t('settings.deadlines.intro')}</Typography.Paragraph>
      <Form layout="vertical" component={false} disabled={!canEdit}>
        <Row gutter={24}>
          {KEYS.map((key) => (
            <Col span={12} key={key}>
              <FormField
                control={form.control}
                name={key}
                label={t(`settings.deadlines.fields.${key}`)}
                extra={
                  revisitOptions(key)
                    ? t(`settings.deadlines.help.${key as keyof typeof COMPLAINT_REVISIT_OPTIONS}`)
                    : t('settings.deadlines.defaultValue', { value: DEFAULT_DEADLINES[key] })
                }
                render={(field) => (
                  <Space wrap size={4}>
                    <InputNumber
                      id={key}
                      value={field.value}
                      onChange={(v) => field.onChange(v)}
                      onBlur={field.onBlur}
                      precision={0}
                      min={0}
                      style={{ width: 140 }}
                      data-testid={`deadline-${key}`}
                    />
                    {revisitOptions(key)?.map((o) => (
                      <Button
                        key={o.days}
                        size="small"
                        type={field.value === o.days ? 'primary' : 'default'}
                        disabled={!canEdit}
                        onClick={() => field.onChange(o.days)}
                        data-testid={`deadline-${key}-${o.days}`}
                      >
                        {t('settings.deadlines.option', {
                          days: o.days,
                          sources: o.sources.join('、'),
                        })}
                      </Button>
                    ))}
                  </Space>
                )}
              />
            </Col>
          ))}
        </Row>
      </Form>
      <Space>
        <Button
          disabled={!canEdit}
          onClick={() => form.reset({ ...DEFAULT_DEADLINES }, { keepDefaultValues: true })}
        >
          {t('settings.deadlines.restoreDefaults')}
        </Button>
        <Button type="primary" htmlType="submit" disabled={!canEdit} data-testid="deadlines-save">
          {t('common.save')}
        </Button>
      </Space>
    </form>
  );
}
