import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Col, InputNumber, Row, Space } from 'antd';
import {
  COMPLAINT_REVISIT_OPTIONS,
  DEFAULT_DEADLINES,
  deadlineSettingsSchema,
  type DeadlineSettings,
} from '@shared/domain/deadlines';
import { FormField } from '../../../components/FormField';
import { t } from '../../../i18n';
import { formSchemaFor } from '../formSchema';
import {
  SettingForm,
  SettingTab,
  useSettingTabForm,
  type SettingEditorProps,
} from '../SettingForm';

const KEYS = Object.keys(DEFAULT_DEADLINES) as (keyof DeadlineSettings)[];

const revisitOptions = (key: keyof DeadlineSettings) =>
  Object.hasOwn(COMPLAINT_REVISIT_OPTIONS, key)
    ? COMPLAINT_REVISIT_OPTIONS[key as keyof typeof COMPLAINT_REVISIT_OPTIONS]
    : undefined;
const schema = formSchemaFor<DeadlineSettings>(deadlineSettingsSchema);

/** 时限设置: the deadlines of the manuals, each a setting with the manual's default. */
export function DeadlinesTab() {
  return <SettingTab setting="deadlines" Editor={DeadlinesEditor} />;
}

function DeadlinesEditor({ initial, editor }: SettingEditorProps<'deadlines'>) {
  const { canEdit } = editor;
  const { form, frame } = useSettingTabForm<DeadlineSettings, 'deadlines'>(editor, {
    resolver: zodResolver(schema),
    defaultValues: initial,
  });

  return (
    <SettingForm
      {...frame}
      maxWidth={760}
      intro={t('settings.deadlines.intro')}
      actions={
        <Button
          disabled={!canEdit}
          onClick={() => form.reset({ ...DEFAULT_DEADLINES }, { keepDefaultValues: true })}
        >
          {t('settings.deadlines.restoreDefaults')}
        </Button>
      }
    >
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
    </SettingForm>
  );
}
