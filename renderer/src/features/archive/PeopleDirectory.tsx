import { Empty, Spin, Tag, Typography } from 'antd';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { PersonWithUnit } from '../../db/repositories/archiveRecords';
import { t } from '../../i18n';
import { maskedId, maskedPhones } from './personText';

interface Props {
  rows: readonly PersonWithUnit[];
  loading: boolean;
  onOpen: (person: PersonWithUnit) => void;
  /** Pixel height of the scrolling area. */
  height: number | string;
  /** The rows are a search's first results, not all there are. */
  truncated?: boolean;
}

const ROW_HEIGHT = 40;
// Plain CSS clipping: antd's measured ellipsis would observe every row while scrolling.
const CLIP = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;
const GRID = {
  display: 'grid',
  gridTemplateColumns: '110px 150px 64px minmax(160px, 1fr) 170px 110px 70px',
  gap: 8,
  alignItems: 'center',
} as const;

/**
 * Everyone in the archive (or a search's people) in one scrolling list. Only the rows in view
 * are in the DOM, so 20,000 people scroll as smoothly as 20. Personal data is masked here.
 */
export function PeopleDirectory({ rows, loading, onOpen, height, truncated = false }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer hands back functions that React's compiler must not memoise.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  if (loading) return <Spin />;
  if (rows.length === 0) return <Empty description={t('archive.person.none')} />;
  return (
    <div data-testid="people-list" role="table" aria-rowcount={rows.length}>
      <div
        role="row"
        style={{
          ...GRID,
          padding: '6px 12px',
          background: '#fafafa',
          fontWeight: 500,
          borderBottom: '1px solid #eee',
        }}
      >
        <span role="columnheader">{t('archive.unit.code')}</span>
        <span role="columnheader">{t('archive.person.name')}</span>
        <span role="columnheader">{t('archive.person.kind')}</span>
        <span role="columnheader">{t('archive.person.phones')}</span>
        <span role="columnheader">{t('archive.person.idNumber')}</span>
        <span role="columnheader">{t('archive.person.plates')}</span>
        <span role="columnheader">{t('archive.person.grade')}</span>
      </div>
      <div ref={scrollRef} style={{ height, overflow: 'auto', contain: 'strict' }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const p = rows[item.index];
            if (!p) return null;
            return (
              <div
                key={p.id}
                role="row"
                aria-rowindex={item.index + 1}
                tabIndex={0}
                data-testid="person-row"
                onClick={() => onOpen(p)}
                onKeyDown={(e) => e.key === 'Enter' && onOpen(p)}
                style={{
                  ...GRID,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                  padding: '0 12px',
                  borderBottom: '1px solid #f3f3f3',
                  cursor: 'pointer',
                }}
              >
                <span role="cell">{p.unitCode}</span>
                <span role="cell" style={CLIP}>
                  {p.name}
                  {p.demo && <Tag style={{ marginLeft: 4 }}>{t('archive.person.demo')}</Tag>}
                </span>
                <span role="cell">{t(`domain.labels.personKinds.${p.kind}`)}</span>
                <span role="cell" style={CLIP}>
                  {maskedPhones(p)}
                </span>
                <span role="cell">{maskedId(p)}</span>
                <span role="cell" style={CLIP}>
                  {p.plates.join(' ')}
                </span>
                <span role="cell">
                  {p.grade === 'normal' ? (
                    ''
                  ) : (
                    <Tag color="gold">{t(`domain.labels.grades.${p.grade}`)}</Tag>
                  )}
                </span>
              </div>
            );
          })}
        </div>
      </div>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6 }}>
        {truncated
          ? t('archive.person.truncated', { count: rows.length })
          : t('archive.person.total', { count: rows.length })}
      </Typography.Text>
    </div>
  );
}
