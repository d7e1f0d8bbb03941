import { Input } from 'antd';
import { forwardRef, useState } from 'react';
import type { InputRef } from 'antd';
import { useNavigate } from 'react-router';
import { TypeAhead } from '../components/TypeAhead';
import { t } from '../i18n';
import { useRepos } from './ReposContext';

/**
 * Type-ahead over units, people and record numbers: the first hit is highlighted, Enter opens
 * it, ↓ moves on; a click opens any hit.
 */
export const GlobalSearch = forwardRef<InputRef>(function GlobalSearch(_props, ref) {
  const repos = useRepos();
  const navigate = useNavigate();
  const [text, setText] = useState('');

  return (
    <TypeAhead
      style={{ width: '100%' }}
      value={text}
      onChange={setText}
      search={(q) => repos.search.query(q, 20)}
      option={(h) => ({
        key: `${h.kind}:${h.id}`,
        label: (
          <div data-testid="search-hit">
            <div>{h.title}</div>
            <div style={{ fontSize: 12, color: '#888' }}>{h.subtitle}</div>
          </div>
        ),
      })}
      onPick={(hit) => {
        setText('');
        void navigate(hit.path);
      }}
      notFoundContent={t('shell.searchNoResult')}
    >
      <Input.Search
        ref={ref}
        placeholder={t('shell.globalSearch')}
        allowClear
        aria-label="全局搜索"
      />
    </TypeAhead>
  );
});
