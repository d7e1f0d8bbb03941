import { Input } from 'antd';
import type { CSSProperties } from 'react';
import { useRepos } from '../app/ReposContext';
import { TypeAhead } from './TypeAhead';

interface Props {
  id?: string;
  /** The unit code shown (typed or picked). */
  value: string;
  /** Typing changes the code and forgets the picked unit; picking sets both. */
  onChange: (code: string, unitId: string) => void;
  placeholder?: string;
  testId?: string;
  allowClear?: boolean;
  style?: CSSProperties;
}

/**
 * Type-ahead over the archive's units by the search index (never a table scan); the first unit
 * found is highlighted and Enter picks it, like the header search.
 */
export function UnitPicker({ id, value, onChange, placeholder, testId, allowClear, style }: Props) {
  const repos = useRepos();
  return (
    <TypeAhead
      value={value}
      style={style}
      onChange={(code) => onChange(code, '')}
      search={(q) => repos.search.findUnits(q, 12)}
      option={(u) => ({ key: u.code, label: u.code })}
      onPick={(u) => onChange(u.code, u.id)}
    >
      <Input id={id} placeholder={placeholder} allowClear={allowClear} data-testid={testId} />
    </TypeAhead>
  );
}
