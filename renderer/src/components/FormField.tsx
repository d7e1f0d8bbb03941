import { Form } from 'antd';
import { createContext, useContext, type ReactElement } from 'react';
import {
  Controller,
  type Control,
  type ControllerRenderProps,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';
import { domainText } from '../i18n/domainText';

/** What every bound row takes: the form, the field, its label and whether it is required. */
export interface FieldRowProps<T extends FieldValues, N extends FieldPath<T>> {
  control: Control<T>;
  name: N;
  label: string;
  required?: boolean;
  extra?: string;
  /** The row shows the message itself (the mail batch's narrow columns); the field only turns red. */
  hideHelp?: boolean;
  testId?: string;
  /** The input's id; the field's name when absent (labels point at it). */
  id?: string;
}

const ROW_KEYS = ['control', 'name', 'label', 'required', 'extra', 'hideHelp', 'testId', 'id'];

/** A row component's props → the row's own and the rest (for its input), so each says them once. */
export function splitRow<T extends FieldValues, N extends FieldPath<T>, P>(
  props: FieldRowProps<T, N> & P,
): [FieldRowProps<T, N>, P] {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) if (!ROW_KEYS.includes(key)) rest[key] = value;
  // Exactly the keys that are not the row's: what is left of `P`.
  return [props, rest as P];
}

/**
 * The form's test id, so that a row's input is found as `<form>-<field-name>` (person-form-id-number)
 * without every row spelling it; a row's own `testId` wins.
 */
export const RowTestIds = createContext<string | undefined>(undefined);

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The test id of a row's input: its own, or the one its form gives it. */
export function useRowTestId(row: { name: string; testId?: string }): string | undefined {
  const scope = useContext(RowTestIds);
  return row.testId ?? (scope === undefined ? undefined : `${scope}-${kebab(row.name)}`);
}

interface FormFieldProps<T extends FieldValues, N extends FieldPath<T>> extends FieldRowProps<
  T,
  N
> {
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

/** What a row's input is drawn with: the bound field, the input's id and its test id. */
export interface BoundInput {
  /** The field as react-hook-form hands it over; its value is the one the row is for. */
  field: Pick<ControllerRenderProps, 'name' | 'onBlur' | 'ref'> & {
    value: unknown;
    onChange: (value: unknown) => void;
  };
  /** The row's `id`, else the field's name (the label points at it). */
  id: string;
  testId: string | undefined;
}

/**
 * A bound row from how its input is drawn: the row's own props (label, required, test id …) go
 * to FormField, the rest (`P`) to `input`. Every row of the desk's forms is one, so a row says
 * only its input.
 */
export function inputRow<P>(input: (props: P, bound: BoundInput) => ReactElement) {
  return function InputRow<T extends FieldValues, N extends FieldPath<T>>(
    props: FieldRowProps<T, N> & P,
  ) {
    const [row, rest] = splitRow<T, N, P>(props);
    const testId = useRowTestId(row);
    return (
      <FormField
        {...row}
        render={(field) => input(rest, { field, id: row.id ?? row.name, testId })}
      />
    );
  };
}
