import { Checkbox, Input, InputNumber, Radio as AntRadio, Select as AntSelect } from 'antd';
import type { InputProps } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
// Used as a namespace (`import * as Field from './fieldRows'`): <Field.Text>, <Field.Select> …
import { t, type MessageKey } from '../i18n';
import { FormField, inputRow, splitRow, useRowTestId, type FieldRowProps } from './FormField';

// A text input shows a stored number or a missing value as typed text, never "undefined".
const asText = (v: unknown) => (v === undefined || v === null ? '' : String(v));

type TextInputProps = Omit<InputProps, 'value' | 'onChange' | 'onBlur' | 'name' | 'id'>;

/**
 * One-line text row. The many forms of the desk differ only in label, test id and a hint, so
 * the input is spelled once here rather than in every register.
 */
export const Text = inputRow<TextInputProps>((input, { field, id, testId }) => (
  <Input {...field} {...input} value={asText(field.value)} id={id} data-testid={testId} />
));

/** The notes of a record: two lines to start with, growing to five. */
export const NOTE_SIZE = { minRows: 2, maxRows: 5 };

interface TextAreaProps {
  rows?: number;
  disabled?: boolean;
  autoFocus?: boolean;
  autoSize?: { minRows: number; maxRows: number };
  placeholder?: string;
}

/** A note or complaint text: grows with what is typed (autoSize) or keeps a fixed height (rows). */
export const TextArea = inputRow<TextAreaProps>((area, { field, id, testId }) => (
  <Input.TextArea {...field} {...area} value={asText(field.value)} id={id} data-testid={testId} />
));

export interface ChoiceOption<V extends string> {
  value: V;
  label: string;
}

interface SelectRowProps<V extends string> {
  options: readonly ChoiceOption<V>[];
  style?: CSSProperties;
  placeholder?: string;
  allowClear?: boolean;
  /** '' stands for "none chosen": the placeholder shows, and clearing stores '' again. */
  emptyIsNone?: boolean;
  /** After the value changed, e.g. to check the fields that depend on it again. */
  onPicked?: (value: V | undefined) => void;
  /** A long list (spaces, staff): typing filters the options by their label. */
  searchable?: boolean;
}

/** A drop-down row over a fixed list (kinds, statuses, roles, departments). */
export function Select<T extends FieldValues, N extends FieldPath<T>, V extends string>(
  props: FieldRowProps<T, N> & SelectRowProps<V>,
) {
  const [row, { options, emptyIsNone, onPicked, searchable, ...select }] = splitRow<
    T,
    N,
    SelectRowProps<V>
  >(props);
  const testId = useRowTestId(row);
  return (
    <FormField
      {...row}
      render={(f) => (
        <AntSelect<V>
          {...select}
          {...(searchable ? { showSearch: { optionFilterProp: 'label' } } : {})}
          id={row.id ?? row.name}
          data-testid={testId}
          ref={f.ref}
          // The field holds one of the options (or '' for none): the row's generic form type
          // cannot say so, hence the one cast here.
          value={emptyIsNone && f.value === '' ? undefined : (f.value as V)}
          onBlur={f.onBlur}
          onChange={(v: V | undefined) => {
            f.onChange(emptyIsNone ? (v ?? '') : v);
            onPicked?.(v);
          }}
          options={[...options]}
        />
      )}
    />
  );
}

interface RadioRowProps<V extends string> {
  options: readonly ChoiceOption<V>[];
  /** The picked button is filled (kind, method, urgency: the choice that matters most). */
  solid?: boolean;
  /** Round radios instead of buttons, for answers that read as words (满意 / 不满意, 是 / 否). */
  round?: boolean;
}

/** A row of buttons for a short choice (kind, channel, method, urgency). */
export function Radio<T extends FieldValues, N extends FieldPath<T>, V extends string>(
  props: FieldRowProps<T, N> & RadioRowProps<V>,
) {
  const [row, { options, solid, round }] = splitRow<T, N, RadioRowProps<V>>(props);
  const testId = useRowTestId(row);
  return (
    <FormField
      {...row}
      render={(f) => (
        <AntRadio.Group
          {...f}
          optionType={round ? undefined : 'button'}
          buttonStyle={solid ? 'solid' : undefined}
          data-testid={testId}
          options={[...options]}
        />
      )}
    />
  );
}

interface NumberRowProps {
  precision?: number;
  min?: number;
  max?: number;
  /** The input's width in px. */
  width?: number;
  suffix?: string;
  autoFocus?: boolean;
  /** What an emptied input stores (a count that must stay a number); the empty value itself when absent. */
  emptyAs?: number;
}

/** A number row (a count, a rate, a limit): the InputNumber every settings tab and form spelled alike. */
const NumberRow = inputRow<NumberRowProps>(
  ({ width, emptyAs, ...input }, { field, id, testId }) => (
    <InputNumber
      {...input}
      ref={field.ref}
      id={id}
      value={field.value as number | string | null}
      onChange={(v) => field.onChange(emptyAs === undefined ? v : (v ?? emptyAs))}
      onBlur={field.onBlur}
      style={width === undefined ? undefined : { width }}
      data-testid={testId}
    />
  ),
);
export { NumberRow as Number };

interface CheckRowProps {
  /** The words beside the box (签字确认, 已办结); the row's label stays on the left. */
  text?: string;
}

/** A yes/no row (signed, settled): a check box bound to a boolean field. */
export const Check = inputRow<CheckRowProps>(({ text }, { field, testId }) => (
  <Checkbox
    checked={field.value as boolean | undefined}
    onChange={(e) => field.onChange(e.target.checked)}
    data-testid={testId}
  >
    {text}
  </Checkbox>
));

/** `[a, b]` with a label function → the option list of a Select or Radio row. */
export function choices<V extends string>(
  values: readonly V[],
  label: (value: V) => string,
): ChoiceOption<V>[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/** The names under a catalog prefix: `Under<'keys.keyForm'>` is 'label' | 'name' | … */
type Under<P extends string, K = MessageKey> = K extends `${P}.${infer R}` ? R : never;

/**
 * The labels of a form's rows, from its catalog prefix said once (`labelsIn('keys.keyForm')`),
 * so a row reads `label={L('hook')}`; a name the catalog lacks is a type error.
 */
export function labelsIn<P extends string>(prefix: P): (name: Under<P>) => string {
  return (name) => t(`${prefix}.${name}` as MessageKey);
}

/** A row's props without the form: a form's rows from `useRows` are bound to it already. */
type Bound<P> = Omit<P, 'control'>;

/**
 * A form's rows bound to its control (`const F = Field.useRows(form.control)`), so each row says
 * only its field: `<F.Text name="hook" label={L('hook')} />`. The control of a form never
 * changes, so the rows keep their identity across renders.
 */
export function useRows<T extends FieldValues>(control: Control<T>) {
  return useMemo(
    () => ({
      Text: <N extends FieldPath<T>>(p: Bound<FieldRowProps<T, N> & TextInputProps>) => (
        <Text<T, N> {...(p as FieldRowProps<T, N> & TextInputProps)} control={control} />
      ),
      TextArea: <N extends FieldPath<T>>(p: Bound<FieldRowProps<T, N> & TextAreaProps>) => (
        <TextArea<T, N> {...(p as FieldRowProps<T, N> & TextAreaProps)} control={control} />
      ),
      Select: <N extends FieldPath<T>, V extends string>(
        p: Bound<FieldRowProps<T, N> & SelectRowProps<V>>,
      ) => (
        <Select<T, N, V> {...(p as FieldRowProps<T, N> & SelectRowProps<V>)} control={control} />
      ),
      Radio: <N extends FieldPath<T>, V extends string>(
        p: Bound<FieldRowProps<T, N> & RadioRowProps<V>>,
      ) => <Radio<T, N, V> {...(p as FieldRowProps<T, N> & RadioRowProps<V>)} control={control} />,
      Number: <N extends FieldPath<T>>(p: Bound<FieldRowProps<T, N> & NumberRowProps>) => (
        <NumberRow<T, N> {...(p as FieldRowProps<T, N> & NumberRowProps)} control={control} />
      ),
      Check: <N extends FieldPath<T>>(p: Bound<FieldRowProps<T, N> & CheckRowProps>) => (
        <Check<T, N> {...(p as FieldRowProps<T, N> & CheckRowProps)} control={control} />
      ),
    }),
    [control],
  );
}
