import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form, Input, Space, Spin, Switch, Typography } from 'antd';
import { useFieldArray, Controller } from 'react-hook-form';
import { z } from 'zod';
import { departmentListSchema, type Department } from '@shared/domain/departments';
import { t } from '../../../i18n';
import { formSchemaFor } from '../formSchema';
import { RoleNotice } from '../RoleNotice';
import { useSettingEditor } from '../useSettingEditor';
import { useSettingForm } from '../useSettingForm';

interface DepartmentsForm {
  items: Department[];
}

const schema = formSchemaFor<DepartmentsForm>(z.object({ items: departmentListSchema }));

/** A fresh code for a new department: complaints and work orders store the code, not the name. */
const newCode = () => `dept_${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;

/** 部门: the departments complaints and work orders go to. Used ones are switched off, not removed. */
export function DepartmentsTab() {
  const editor = useSettingEditor('departments');
  if (!editor.value) return <Spin />;
  return <DepartmentsEditor initial={editor.value} editor={editor} />;
}

function DepartmentsEditor({
  initial,
  editor,
}: {
  initial: Department[];
  editor: ReturnType<typeof useSettingEditor<'departments'>>;
}) {
  const { canEdit, requiredRole, save } = editor;
  const { form, submit } = useSettingForm<DepartmentsForm>({
    draftKey: 'settings.departments',
    resolver: zodResolver(schema),
    defaultValues: { items: initial },
    save,
    toSetting: (values) => values.items,
    issuePrefix: ['items'],
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'items' });
  const saved = new Set(initial.map((d) => d.code));

  return (
    <form
      onSubmit={(e) => void submit(e)}
      style={{ maxWidth: 560 }}
      aria-label={t('settings.tabs.departments')}
    >
      <RoleNotice canEdit={canEdit} role={requiredRole} />
      <Typography.Paragraph type="secondary">
        {t('settings.departments.intro')}
      </Typography.Paragraph>
      <Form component={false} disabled={!canEdit}>
        {fields.map((f, i) => (
          <Space key={f.id} align="start" style={{ display: 'flex' }}>
            <Controller
              control={form.control}
              name={`items.${i}.name`}
              render={({ field, fieldState }) => (
                <Form.Item
                  validateStatus={fieldState.error ? 'error' : undefined}
                  help={fieldState.error?.message}
                >
                  <Input
                    {...field}
                    style={{ width: 240 }}
                    placeholder={t('settings.departments.placeholder')}
                    aria-label={t('settings.departments.name')}
                    data-testid="department-name"
                  />
                </Form.Item>
              )}
            />
            <Controller
              control={form.control}
              name={`items.${i}.active`}
              render={({ field }) => (
                <Switch
                  checked={field.value}
                  onChange={field.onChange}
                  checkedChildren={t('settings.fees.enabled')}
                  style={{ marginTop: 5 }}
                />
              )}
            />
            {!saved.has(f.code) && (
              <Button type="link" onClick={() => remove(i)}>
                {t('settings.departments.remove')}
              </Button>
            )}
          </Space>
        ))}
      </Form>
      <Space>
        <Button
          disabled={!canEdit}
          onClick={() => append({ code: newCode(), name: '', active: true })}
          data-testid="department-add"
        >
          {t('settings.departments.add')}
        </Button>
        <Button type="primary" htmlType="submit" disabled={!canEdit} data-testid="departments-save">
          {t('common.save')}
        </Button>
      </Space>
    </form>
  );
}
