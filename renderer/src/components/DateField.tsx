import type { FieldPath, FieldValues, Control } from 'react-hook-form';
import { DateInput, type DateInputProps } from './DateInput';
import { FormField } from './FormField';

interface DateFieldProps<T extends FieldValues, N extends FieldPath<T>> extends Omit<
  DateInputProps,
  'id' | 'value' | 'onChange' | 'onBlur'
> {
  control: Control<T>;
  name: N;
  label: string;
  required?: boolean;
  extra?: string;
}

/**
 * A form row with the desk's date entry (DateInput) bound to react-hook-form: the zod message
 * shows at the field in Chinese, like every other field.
 */
export function DateField<T extends FieldValues, N extends FieldPath<T>>(
  props: DateFieldProps<T, N>,
) {
  const { control, name, label, required, extra, ...input } = props;
  return (
    <FormField
      control={control}
      name={name}
      label={label}
      required={required}
      extra={extra}
      render={(f) => (
        <DateInput
          {...input}
          id={name}
          value={typeof f.value === 'string' ? f.value : ''}
          onChange={f.onChange}
          onBlur={f.onBlur}
        />
      )}
    />
  );
}
