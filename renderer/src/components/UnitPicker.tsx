import { AutoComplete, Input } from 'antd';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useRepos } from '../app/ReposContext';

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

/** Type-ahead over the archive's units by the search index (never a table scan). */
export function UnitPicker({ id, value, onChange, placeholder, testId, allowClear, style }: Props) {
  const repos = useRepos();
  const [found, setFound] = useState<{
    q: string;
    options: { value: string; label: string; id: string }[];
  }>({ q: '', options: [] });
  const latest = useRef(0);
  const q = value.trim();
  // Only the answer to what is typed now is shown; answers to earlier keystrokes are dropped.
  const options = q && found.q === q ? found.options : [];

  useEffect(() => {
    const ticket = ++latest.current;
    if (!q) return;
    void repos.search.findUnits(q, 12).then((units) => {
      if (ticket === latest.current)
        setFound({ q, options: units.map((u) => ({ value: u.code, label: u.code, id: u.id })) });
    });
  }, [q, repos]);

  return (
    <AutoComplete
      value={value}
      options={options}
      style={style}
      onChange={(code: string) => onChange(code ?? '', '')}
      onSelect={(code: string) => onChange(code, options.find((o) => o.value === code)?.id ?? '')}
    >
      <Input id={id} placeholder={placeholder} allowClear={allowClear} data-testid={testId} />
    </AutoComplete>
  );
}
