import { AutoComplete, Input } from 'antd';
import { forwardRef, useEffect, useRef, useState } from 'react';
import type { InputRef } from 'antd';
import { useNavigate } from 'react-router';
import type { SearchHit } from '../db/repositories/searchTypes';
import { t } from '../i18n';
import { useRepos } from './ReposContext';

/** Type-ahead over units, people and record numbers; Enter or a click opens the record. */
export const GlobalSearch = forwardRef<InputRef>(function GlobalSearch(_props, ref) {
  const repos = useRepos();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const latest = useRef(0);

  useEffect(() => {
    const q = text.trim();
    const ticket = ++latest.current;
    if (!q) {
      setHits([]);
      return;
    }
    void repos.search.query(q, 20).then((found) => {
      // Drop answers to keystrokes the clerk has already typed past.
      if (ticket === latest.current) setHits(found);
    });
  }, [text, repos]);

  return (
    <AutoComplete
      style={{ width: '100%' }}
      value={text}
      onChange={setText}
      options={hits.map((h) => ({
        value: `${h.kind}:${h.id}`,
        label: (
          <div data-testid="search-hit">
            <div>{h.title}</div>
            <div style={{ fontSize: 12, color: '#888' }}>{h.subtitle}</div>
          </div>
        ),
      }))}
      onSelect={(value: string) => {
        const hit = hits.find((h) => `${h.kind}:${h.id}` === value);
        setText('');
        if (hit) void navigate(hit.path);
      }}
      notFoundContent={text.trim() ? t('shell.searchNoResult') : null}
    >
      <Input.Search
        ref={ref}
        placeholder={t('shell.globalSearch')}
        allowClear
        aria-label="全局搜索"
      />
    </AutoComplete>
  );
});
