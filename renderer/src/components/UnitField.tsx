import { Space } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useRepos } from '../app/ReposContext';
import type { ArchivePerson } from '../db/repositories/archiveRecords';
import { FormField, splitRow, useRowTestId, type FieldRowProps } from './FormField';
import { UnitPicker } from './UnitPicker';

interface UnitRowProps {
  placeholder?: string;
  style?: CSSProperties;
  /** The picked unit's id, '' once she types over it: the form keeps it beside the code. */
  onUnit: (unitId: string) => void;
  /**
   * The picked unit's residents, for the forms that fill a contact or an owner from them
   * (only when the clerk has not typed one; the rule is the caller's, in shared/domain).
   */
  onPeople?: (people: ArchivePerson[]) => void;
  /** Shown right of the box: the customer's grade tag once a unit is picked (issue 17). */
  suffix?: ReactNode;
}

/**
 * The 房号 row of every register: the unit code typed or picked from the archive, the unit id
 * kept beside it, and the picked unit's residents offered for the contact fields.
 */
export function UnitField<T extends FieldValues, N extends FieldPath<T>>(
  props: FieldRowProps<T, N> & UnitRowProps,
) {
  const repos = useRepos();
  const [row, { onUnit, onPeople, suffix, ...picker }] = splitRow<T, N, UnitRowProps>(props);
  const testId = useRowTestId(row);
  return (
    <FormField
      {...row}
      render={(f) => {
        const box = (
          <UnitPicker
            {...picker}
            id={row.id ?? row.name}
            value={typeof f.value === 'string' ? f.value : ''}
            testId={testId}
            onChange={(code, unitId) => {
              f.onChange(code);
              onUnit(unitId);
              if (unitId && onPeople) void repos.people.listByUnit(unitId).then(onPeople);
            }}
          />
        );
        // One tree whether or not the tag shows: swapping it would remount the picker while
        // she types, closing its list and losing the cursor.
        return (
          <Space size={8}>
            {box}
            {suffix}
          </Space>
        );
      }}
    />
  );
}
