import { Badge, Card, Empty, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { boardForRole } from '@shared/domain/siteDue';
import { TODAY_KINDS, type TodayItem, type TodayKind } from '@shared/domain/todayBoard';
import { useSession } from '../../app/SessionContext';
import { t } from '../../i18n';
import { itemStateText, itemTitle } from './itemText';
import { useTodayBoard } from './useTodayBoard';

const RED = '#cf1322';
const ORANGE = '#d46b08';

/** Items of one kind, in board order (overdue first, then by due moment). */
function groupByKind(items: readonly TodayItem[]): { kind: TodayKind; items: TodayItem[] }[] {
  return TODAY_KINDS.map((kind) => ({ kind, items: items.filter((i) => i.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
}

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/** 首页: what is due today or overdue across the registers, each a click from its record. */
export default function HomePage() {
  const { items, now } = useTodayBoard();
  const { actor } = useSession();
  const navigate = useNavigate();
  // 签阅 reminders are the manager's board only.
  const groups = useMemo(
    () => groupByKind(boardForRole(items ?? [], actor.role)),
    [items, actor.role],
  );
  const flat = useMemo(() => groups.flatMap((g) => g.items), [groups]);
  const [cursor, setCursor] = useState(0);
  const rows = useRef<(HTMLDivElement | null)[]>([]);
  const active = Math.min(cursor, Math.max(0, flat.length - 1));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (flat.length === 0 || isTyping(e.target) || e.altKey || e.ctrlKey) return;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const next = Math.min(
          flat.length - 1,
          Math.max(0, active + (e.key === 'ArrowDown' ? 1 : -1)),
        );
        setCursor(next);
        rows.current[next]?.scrollIntoView({ block: 'nearest' });
      } else if (e.key === 'Enter') {
        e.preventDefault();
        const item = flat[active];
        if (item) void navigate(item.route);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flat, active, navigate]);

  const overdue = flat.filter((i) => i.state === 'overdue').length;
  let index = 0;

  return (
    <Card
      title={t('home.page.title')}
      data-testid="home-page"
      extra={
        flat.length > 0 && (
          <Space>
            <Typography.Text data-testid="today-summary">
              {t('home.page.summary', { overdue, today: flat.length - overdue })}
            </Typography.Text>
            <Typography.Text type="secondary">{t('home.page.hint')}</Typography.Text>
          </Space>
        )
      }
    >
      {!items && <Spin tip={t('home.page.loading')} />}
      {items && flat.length === 0 && (
        <Empty description={t('home.page.empty')} data-testid="today-empty" />
      )}
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {groups.map((g) => (
          <section key={g.kind} data-testid={`today-group-${g.kind}`}>
            <Space style={{ marginBottom: 6 }}>
              <Typography.Text strong>{t(`home.kind.${g.kind}`)}</Typography.Text>
              <Badge
                count={g.items.length}
                color={g.items.some((i) => i.state === 'overdue') ? RED : ORANGE}
                data-testid={`today-count-${g.kind}`}
              />
            </Space>
            {g.items.map((item) => {
              const i = index++;
              const selected = i === active;
              return (
                <div
                  key={`${item.kind}-${item.recordId}-${item.detail ?? ''}-${item.dueAt}`}
                  ref={(el) => {
                    rows.current[i] = el;
                  }}
                  role="button"
                  tabIndex={-1}
                  data-testid="today-item"
                  data-kind={item.kind}
                  data-state={item.state}
                  data-record={item.recordId}
                  aria-selected={selected}
                  onClick={() => void navigate(item.route)}
                  onMouseEnter={() => setCursor(i)}
                  style={{
                    display: 'flex',
                    gap: 12,
                    alignItems: 'center',
                    padding: '6px 10px',
                    cursor: 'pointer',
                    borderRadius: 4,
                    borderLeft: `3px solid ${item.state === 'overdue' ? RED : ORANGE}`,
                    background: selected ? '#e6f4ff' : undefined,
                  }}
                >
                  <Tag color={item.state === 'overdue' ? 'red' : 'orange'} style={{ minWidth: 96 }}>
                    {itemStateText(item, now)}
                  </Tag>
                  <Typography.Text style={{ color: item.state === 'overdue' ? RED : undefined }}>
                    {itemTitle(item)}
                  </Typography.Text>
                </div>
              );
            })}
          </section>
        ))}
      </Space>
    </Card>
  );
}
