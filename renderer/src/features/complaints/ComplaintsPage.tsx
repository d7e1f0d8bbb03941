import { Button, Checkbox, Input, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { officeDateOf } from '@shared/domain/officeTime';
import { useSession } from '../../app/SessionContext';
import { RegisterPage, RegisterTabs } from '../../components/RegisterPage';
import { useCreateAndOpen } from '../../components/useCreateAndOpen';
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
  const dialogs = useCreateAndOpen<CaseRecord>({ shortcutOverDrawer: true });
  const [text, setText] = useState('');
  const [mine, setMine] = useState(false);
  const [tab, setTab] = useState('queue');
  useOpenParam(dialogs.setOpenId);
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
    <RegisterPage
      title={t('complaints.page.title')}
      testId="complaints-page"
      actions={
        <Button onClick={() => setDigest(true)} data-testid="complaints-digest">
          {t('complaints.digest.open')}
        </Button>
      }
      newButton={{
        label: t('complaints.page.intake'),
        onClick: dialogs.openNew,
        testId: 'complaints-intake',
      }}
    >
      <RegisterTabs
        active={[tab, setTab]}
        tabs={{
          queue: [
            t('complaints.page.queue'),
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
              <CaseTable rows={queue?.rows} onOpen={dialogs.open} testId="queue-table" />
            </Space>,
          ],
          all: [
            t('complaints.page.all'),
            <Space direction="vertical" style={{ width: '100%' }}>
              <Input.Search
                allowClear
                placeholder={t('complaints.page.search')}
                onSearch={setText}
                style={{ width: 320 }}
                data-testid="complaints-search"
              />
              <CaseTable rows={all} onOpen={dialogs.open} testId="all-table" />
            </Space>,
          ],
          monthly: [t('complaints.page.monthly'), <MonthlyPanel />],
        }}
      />
      {dialogs.creating && (
        <IntakeFormModal
          onClose={dialogs.cancel}
          onSaved={dialogs.saved((c) => t('complaints.intake.saved', { no: c.no }))}
        />
      )}
      {dialogs.openId && <CaseDrawer id={dialogs.openId} onClose={dialogs.close} />}
      {digest && <SuggestionDigestModal onClose={() => setDigest(false)} />}
    </RegisterPage>
  );
}
