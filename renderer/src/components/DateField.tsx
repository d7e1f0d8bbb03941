import { DateInput, type DateInputProps } from './DateInput';
import { inputRow } from './FormField';

type DateRowProps = Omit<DateInputProps, 'id' | 'value' | 'onChange' | 'onBlur' | 'testId'>;

/**
 * A form row with the desk's date entry (DateInput) bound to react-hook-form: the zod message
 * shows at the field in Chinese, like every other field.
 */
export const DateField = inputRow<DateRowProps>((input, { field, id, testId }) => (
  <DateInput
    {...input}
    id={id}
    testId={testId}
    value={typeof field.value === 'string' ? field.value : ''}
    onChange={field.onChange}
    onBlur={field.onBlur}
  />
));
