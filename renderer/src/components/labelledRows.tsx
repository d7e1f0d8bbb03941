import { useMemo } from 'react';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { DateField } from './DateField';
import { Number as NumberRow, Radio, Select, Text, TextArea } from './fieldRows';
import { UnitField } from './UnitField';

/**
 * A row's props bound to the form: without `control`, and `label` may be left out when the
 * field's name is one of the catalog's labels (`name="plates"` reads parking.form.plates).
 */
type Labelled<P, N, K> = Omit<P, 'control' | 'label'> &
  ({ label: string } | { name: N & K; label?: undefined });

/**
 * A form's rows bound to its control and labelled from its catalog prefix said once:
 * `const F = useLabelledRows(form.control, labelsIn('parking.form'))`, then
 * `<F.Text name="plates" required testId="lease-plates" />`; a row labelled by another key says
 * it (`label={L('space')}`). Besides the rows of `Field.useRows` it has the 日期 and 房号 rows.
 * `labels` must keep its identity (a module constant), so the rows keep theirs.
 */
export function useLabelledRows<T extends FieldValues, K extends string>(
  control: Control<T>,
  labels: (name: K) => string,
) {
  return useMemo(() => {
    // The name is a label key whenever the label is left out (the props' type says so).
    const label = (p: { name: string; label?: string | undefined }) =>
      p.label ?? labels(p.name as K);
    return {
      Text: <N extends FieldPath<T>>(p: Labelled<Parameters<typeof Text<T, N>>[0], N, K>) => (
        <Text<T, N>
          {...(p as Parameters<typeof Text<T, N>>[0])}
          control={control}
          label={label(p)}
        />
      ),
      TextArea: <N extends FieldPath<T>>(
        p: Labelled<Parameters<typeof TextArea<T, N>>[0], N, K>,
      ) => (
        <TextArea<T, N>
          {...(p as Parameters<typeof TextArea<T, N>>[0])}
          control={control}
          label={label(p)}
        />
      ),
      Select: <N extends FieldPath<T>, V extends string>(
        p: Labelled<Parameters<typeof Select<T, N, V>>[0], N, K>,
      ) => (
        <Select<T, N, V>
          {...(p as Parameters<typeof Select<T, N, V>>[0])}
          control={control}
          label={label(p)}
        />
      ),
      Radio: <N extends FieldPath<T>, V extends string>(
        p: Labelled<Parameters<typeof Radio<T, N, V>>[0], N, K>,
      ) => (
        <Radio<T, N, V>
          {...(p as Parameters<typeof Radio<T, N, V>>[0])}
          control={control}
          label={label(p)}
        />
      ),
      Number: <N extends FieldPath<T>>(
        p: Labelled<Parameters<typeof NumberRow<T, N>>[0], N, K>,
      ) => (
        <NumberRow<T, N>
          {...(p as Parameters<typeof NumberRow<T, N>>[0])}
          control={control}
          label={label(p)}
        />
      ),
      Date: <N extends FieldPath<T>>(p: Labelled<Parameters<typeof DateField<T, N>>[0], N, K>) => (
        <DateField<T, N>
          {...(p as Parameters<typeof DateField<T, N>>[0])}
          control={control}
          label={label(p)}
        />
      ),
      Unit: <N extends FieldPath<T>>(p: Labelled<Parameters<typeof UnitField<T, N>>[0], N, K>) => (
        <UnitField<T, N>
          {...(p as Parameters<typeof UnitField<T, N>>[0])}
          control={control}
          label={label(p)}
        />
      ),
    };
  }, [control, labels]);
}
