import type { FieldPath, FieldValues } from 'react-hook-form';
import { DateInput, type DateInputProps } from './DateInput';
import { FormField, splitRow, useRowTestId, type FieldRowProps } from './FormField';

type DateRowProps = Omit<DateInputProps, 'id' | 'value' | 'onChange' | 'onBlur' | 'testId'>;

/**
 * A form row with the desk's date entry (DateInput) bound to react-hook-form: the zod message
 * shows at the field in Chinese, like every other field.
 */
export function DateField<T extends FieldValues, N extends FieldPath<T>>(
  props: FieldRowProps<T, N> & DateRowProps,
) {
  const [row, input] = splitRow<T, N, DateRowProps>(props);
  const testId = useRowTestId(row);
  return (
    <FormField
      {...row}
      render={(f) => (
        <DateInput
          {...input}
          id={row.name}
          testId={testId}
          value={typeof f.value === 'string' ? f.value : ''}
          onChange={f.onChange}
          onBlur={f.onBlur}
        />
      )}
    />
  );
}
