import { App, Button, Checkbox, Input, Space, Tabs, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { officeDateOf } from '@shared/domain/officeTime';
import { useSession } from '../../app/SessionContext';
import { useOpenParam } from '../../components/useOpenParam';
import { nowIso } from '../../db/ids';
import type { CaseRecord } from '../../db/records';
import { t } from '../../i18n';
import { CaseDrawer } from './CaseDrawer';
import { CaseTable } from './CaseTable';
import { IntakeFormModal } from './IntakeFormModal';
import { MonthlyPanel } from './MonthlyPanel';
import { SuggestionDigestModal } from './SuggestionDigestModal';
import { useSearchParams } from 'react-router';
import { useActiveCases, useCaseList, useNextDeadline } from './useComplaints';

/** 投诉建议: intake (Alt+N), the work queue, all cases, and the monthly forms. */
export default function ComplaintsPage() {
  const { actor } = useSession();
  const { message } = App.useApp();
  const [intake, setIntake] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [mine, setMine] = useState(false);
  useOpenParam(setOpenId);
  const [params, setParams] = useSearchParams();
  const digest = params.get('digest') === '1';
  const setDigest = (open: boolean) =>
    setParams(
      (p) => {
        if (open) p.set('digest', '1');
        else p.delete('digest');
        return p;
      },
      { replace: true },
    );
  const active = useActiveCases();
  const all = useCaseList({ text });
  const next = useNextDeadline();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && e.key.toLowerCase() === 'n' && !intake) {
        e.preventDefault();
        setIntake(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [intake]);

  // The queue: overdue first, then due today, then the rest awaiting a step or a revisit.
  const queue = useMemo(() => {
    if (!active) return undefined;
    const now = nowIso();
    const today = officeDateOf(now);
    const rows = active.filter((c) => !mine || c.ownerId === actor.id);
    const rank = (c: CaseRecord) => {
      const d = next(c, now);
      if (!d) return 3;
      if (d.state === 'overdue') return 0;
      return officeDateOf(d.due) === today ? 1 : 2;
    };
    const counts = { overdue: 0, today: 0, revisit: 0 };
    for (const c of rows) {
      const r = rank(c);
      if (r === 0) counts.overdue++;
      if (r === 1) counts.today++;
      if (c.status === 'closed' && c.kind === 'complaint') counts.revisit++;
    }
    return { rows: [...rows].sort((a, b) => rank(a) - rank(b)), counts };
  }, [active, actor.id, mine, next]);

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="complaints-page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('complaints.page.title')}
        </Typography.Title>
        <Space>
          <Button onClick={() => setDigest(true)} data-testid="complaints-digest">
            {t('complaints.digest.open')}
          </Button>
          <Button type="primary" onClick={() => setIntake(true)} data-testid="complaints-intake">
            {t('complaints.page.intake')}
          </Button>
        </Space>
      </Space>
      <Tabs
        items={[
          {
            key: 'queue',
            label: t('complaints.page.queue'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Space data-testid="queue-counts">
                  <Typography.Text type="danger">
                    {t('complaints.page.overdue')} {queue?.counts.overdue ?? 0}
                  </Typography.Text>
                  <Typography.Text type="warning">
                    {t('complaints.page.dueToday')} {queue?.counts.today ?? 0}
                  </Typography.Text>
                  <Typography.Text>
                    {t('complaints.page.awaitingRevisit')} {queue?.counts.revisit ?? 0}
                  </Typography.Text>
                  <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)}>
                    {t('complaints.page.mine')}
                  </Checkbox>
                </Space>
                <CaseTable
                  rows={queue?.rows}
                  onOpen={(c) => setOpenId(c.id)}
                  testId="queue-table"
                />
              </Space>
            ),
          },
          {
            key: 'all',
            label: t('complaints.page.all'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Input.Search
                  allowClear
                  placeholder={t('complaints.page.search')}
                  onSearch={setText}
                  style={{ width: 320 }}
                  data-testid="complaints-search"
                />
                <CaseTable rows={all} onOpen={(c) => setOpenId(c.id)} testId="all-table" />
              </Space>
            ),
          },
          { key: 'monthly', label: t('complaints.page.monthly'), children: <MonthlyPanel /> },
        ]}
      />
      {intake && (
        <IntakeFormModal
          onClose={() => setIntake(false)}
          onSaved={(c) => {
            setIntake(false);
            void message.success(t('complaints.intake.saved', { no: c.no }));
            setOpenId(c.id);
          }}
        />
      )}
      {openId && <CaseDrawer id={openId} onClose={() => setOpenId(null)} />}
      {digest && <SuggestionDigestModal onClose={() => setDigest(false)} />}
    </Space>
  );
}
