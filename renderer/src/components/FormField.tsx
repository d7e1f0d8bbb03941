import { Form } from 'antd';
import type { ReactElement } from 'react';
import {
  Controller,
  type Control,
  type ControllerRenderProps,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';
import { domainText } from '../i18n/domainText';

interface FormFieldProps<T extends FieldValues, N extends FieldPath<T>> {
  control: Control<T>;
  name: N;
  label: string;
  required?: boolean;
  extra?: string;
  /** The row shows the message itself (the mail batch's narrow columns); the field only turns red. */
  hideHelp?: boolean;
  /** Renders the antd input bound to the field. */
  render: (field: ControllerRenderProps<T, N>) => ReactElement;
}

/**
 * An antd form row bound to react-hook-form: the error from the zod schema shows at the field
 * as the clerk types (forms use `mode: 'onChange'`), in the desk's language (a shared/domain
 * message goes through `domainText`).
 */
export function FormField<T extends FieldValues, N extends FieldPath<T>>(
  props: FormFieldProps<T, N>,
) {
  const { control, name, label, required, extra, hideHelp, render } = props;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item
          label={label}
          required={required}
          extra={extra}
          validateStatus={fieldState.error ? 'error' : undefined}
          help={hideHelp ? undefined : domainText(fieldState.error?.message)}
          htmlFor={name}
        >
          {render(field)}
        </Form.Item>
      )}
    />
  );
}
