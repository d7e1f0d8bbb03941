import { AutoComplete, Input } from 'antd';
import type { ReactNode } from 'react';
import { useWatch, type FieldPath, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { FormField } from './FormField';
import { usePeopleOptions, type PersonOption } from './usePeopleOptions';

/** The fields a picked person fills in, beside the name and phone the row is given. */
interface CallerLinks {
  personId: string;
  unitId: string;
  unitCode: string;
}

type SetText = (name: string, value: string, options?: { shouldValidate: boolean }) => void;

/**
 * The caller or customer typed by name, with the archive's people offered as she types: a picked
 * person brings the person, the unit and a phone; typing again unlinks the person. Complaints'
 * intake and the enquiry form take their caller alike.
 */
export function CallerField<T extends FieldValues & CallerLinks>(props: {
  form: UseFormReturn<T>;
  name: FieldPath<T>;
  phoneName: FieldPath<T>;
  label: string;
  placeholder: string;
  testId: string;
  suffix?: ReactNode;
}) {
  const { form, name, phoneName } = props;
  const typed = useWatch({ control: form.control, name });
  const people = usePeopleOptions(typeof typed === 'string' ? typed : '');
  // The form's type only promises the linked fields as strings: one cast for the setter.
  const set = form.setValue as unknown as SetText;
  return (
    <FormField
      control={form.control}
      name={name}
      label={props.label}
      required
      render={(field) => (
        <AutoComplete
          value={field.value}
          options={people}
          onChange={(v: string) => {
            field.onChange(v);
            set('personId', '');
          }}
          onSelect={(_: string, o: PersonOption) => {
            set(name, o.label.split(' · ')[0] ?? '', { shouldValidate: true });
            set('personId', o.personId);
            set('unitId', o.unitId);
            set('unitCode', o.unitCode);
            if (o.phone) set(phoneName, o.phone, { shouldValidate: true });
          }}
        >
          <Input
            id={name}
            placeholder={props.placeholder}
            data-testid={props.testId}
            suffix={props.suffix}
          />
        </AutoComplete>
      )}
    />
  );
}
