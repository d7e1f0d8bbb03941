import { Button, Form, Space, Spin, Typography } from 'antd';
import type { ComponentType, FormEvent, ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { SettingKey, SettingValue } from '@shared/domain/settingsRegistry';
import { t } from '../../i18n';
import { RoleNotice } from './RoleNotice';
import { useSettingEditor } from './useSettingEditor';
import { useSettingForm, type SettingFormOptions } from './useSettingForm';

export type SettingEditor<K extends SettingKey> = ReturnType<typeof useSettingEditor<K>>;

export interface SettingEditorProps<K extends SettingKey> {
  initial: SettingValue<K>;
  editor: SettingEditor<K>;
}

/** A settings tab: waits for the value in effect, then shows the tab's editor with it. */
export function SettingTab<K extends SettingKey>(props: {
  setting: K;
  Editor: ComponentType<SettingEditorProps<K>>;
}) {
  const editor = useSettingEditor(props.setting);
  if (!editor.value) return <Spin />;
  return <props.Editor initial={editor.value} editor={editor} />;
}

/**
 * A tab's form over its editor: the draft is kept under `settings.<key>` and saved through the
 * editor; `frame` is what `SettingForm` takes.
 */
export function useSettingTabForm<T extends FieldValues, K extends SettingKey>(
  editor: SettingEditor<K>,
  options: Omit<SettingFormOptions<T>, 'draftKey' | 'save'>,
) {
  const tab = useSettingForm<T>({
    ...options,
    draftKey: `settings.${editor.key}`,
    save: editor.save,
  });
  return { ...tab, frame: { editor, submit: tab.submit } };
}

/** The settings whose tab is a `SettingForm` (each has its `settings.tabs.<key>` name). */
type FormTabKey =
  | 'billing'
  | 'custody'
  | 'deadlines'
  | 'limits'
  | 'printing'
  | 'profile'
  | 'rateTargets'
  | 'siteSchedule'
  | 'visitPlan';

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The frame of a settings tab's form: why it is read-only, the intro, the fields (disabled for
 * an operator without the role) and the save button, alike on every tab.
 */
export function SettingForm(props: {
  /** The tab's name (`settings.tabs.<key>`) names the form; its save button is `<key>-save`. */
  editor: Pick<SettingEditor<FormTabKey>, 'key' | 'canEdit' | 'requiredRole'>;
  submit: (e: FormEvent) => Promise<void>;
  maxWidth: number;
  intro?: string;
  /** Between the intro and the fields (a restored draft, no printers). */
  notice?: ReactNode;
  /** Buttons before 保存. */
  actions?: ReactNode;
  saving?: boolean;
  /** Space above the buttons. */
  gap?: number;
  children: ReactNode;
}) {
  const { key, canEdit, requiredRole } = props.editor;
  return (
    <form
      onSubmit={(e) => void props.submit(e)}
      style={{ maxWidth: props.maxWidth }}
      aria-label={t(`settings.tabs.${key}`)}
    >
      <RoleNotice canEdit={canEdit} role={requiredRole} />
      {props.intro !== undefined && (
        <Typography.Paragraph type="secondary">{props.intro}</Typography.Paragraph>
      )}
      {props.notice}
      <Form layout="vertical" component={false} disabled={!canEdit}>
        {props.children}
      </Form>
      <Space style={props.gap === undefined ? undefined : { marginTop: props.gap }}>
        {props.actions}
        <Button
          type="primary"
          htmlType="submit"
          disabled={!canEdit}
          loading={props.saving}
          data-testid={`${kebab(key)}-save`}
        >
          {t('common.save')}
        </Button>
      </Space>
    </form>
  );
}
