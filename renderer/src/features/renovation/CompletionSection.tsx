import { Button, Checkbox, Divider, Input, InputNumber, List, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatFen } from '@shared/domain/money';
import { officeDateOf } from '@shared/domain/officeTime';
import { canDo } from '@shared/domain/renovationFlow';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { nowIso } from '../../db/ids';
import type { RenovationRecord } from '../../db/repositories/renovationRecords';
import { t } from '../../i18n';
import { RefundSection } from './RefundSection';
import { useRenovationAction } from './useRenovationAction';
import { useRenovationForms } from './useRenovationForms';
import { DateInput } from '../../components/DateInput';

/** During and after the works: patrols, acceptance (and re-inspection), refund and closing. */
export function CompletionSection({ job }: { job: RenovationRecord }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { busy, run } = useRenovationAction();
  const { printNotice, printAcceptance, formsModal } = useRenovationForms();
  const can = (a: Parameters<typeof canDo>[1]) => canDo(job.state, a, actor.role);
  const today = officeDateOf(nowIso());
  const [acceptOn, setAcceptOn] = useState(today);
  const [inspector, setInspector] = useState('');
  const [notes, setNotes] = useState('');
  const [reinspectOn, setReinspectOn] = useState('');
  const [findings, setFindings] = useState('');
  const [violation, setViolation] = useState(false);
  const [rectification, setRectification] = useState('');
  const [penalty, setPenalty] = useState<number | null>(null);
  const patrols = useLiveQuery(() => repos.renovations.patrols(job.id), [repos, job.id]);
  const record = (passed: boolean) =>
    void run('accept', () =>
      repos.renovations.recordAcceptance(actor, job.id, {
        passed,
        inspector,
        notes,
        ...(passed ? {} : { reinspectOn }),
      }),
    );
  const addPatrol = async () => {
    const fen = Math.round((penalty ?? 0) * 100);
    const done = await run('patrol', () =>
      repos.renovations.addPatrol(actor, job.id, {
        at: nowIso(),
        inspector: actor.name,
        findings,
        violation,
        rectification,
        penaltyFen: fen,
        payer: 'contractor',
      }),
    );
    if (!done) return;
    setFindings('');
    setViolation(false);
    setRectification('');
    setPenalty(null);
  };

  return (
    <>
      <Divider titlePlacement="start">{t('renovation.detail.patrols')}</Divider>
      <List
        size="small"
        dataSource={patrols ?? []}
        renderItem={(p) => (
          <List.Item
            extra={
              p.violation ? (
                <Button
                  size="small"
                  onClick={() =>
                    printNotice(job, p, (patrols ?? []).filter((x) => x.violation).indexOf(p) + 1)
                  }
                  data-testid={`reno-print-notice-${p.id}`}
                >
                  {t('renovation.works.printNotice')}
                </Button>
              ) : null
            }
          >
            {officeDateOf(p.at)} {p.inspector}：{p.findings}
            {p.violation
              ? `（${t('renovation.detail.violation')}：${p.rectification}${p.penaltyFen ? `，扣 ¥${formatFen(p.penaltyFen)}` : ''}）`
              : ''}
          </List.Item>
        )}
      />
      {can('patrol') && (
        <Space wrap>
          <Input
            placeholder={t('renovation.detail.findings')}
            value={findings}
            onChange={(e) => setFindings(e.target.value)}
            style={{ width: 220 }}
            data-testid="reno-patrol-findings"
          />
          <Checkbox
            checked={violation}
            onChange={(e) => setViolation(e.target.checked)}
            data-testid="reno-patrol-violation"
          >
            {t('renovation.detail.violation')}
          </Checkbox>
          {violation && (
            <>
              <Input
                placeholder={t('renovation.detail.rectification')}
                value={rectification}
                onChange={(e) => setRectification(e.target.value)}
                style={{ width: 160 }}
                data-testid="reno-patrol-rectification"
              />
              <InputNumber
                placeholder={t('renovation.detail.penalty')}
                min={0}
                precision={2}
                value={penalty}
                onChange={setPenalty}
                data-testid="reno-patrol-penalty"
              />
            </>
          )}
          <Button
            loading={busy === 'patrol'}
            onClick={() => void addPatrol()}
            data-testid="reno-patrol-add"
          >
            {t('renovation.detail.addPatrol')}
          </Button>
        </Space>
      )}
      <Divider titlePlacement="start">{t('renovation.detail.recordAcceptance')}</Divider>
      {job.acceptances.map((a, i) => (
        <div key={i}>
          {a.scheduledFor}{' '}
          {a.passed === undefined
            ? ''
            : a.passed
              ? t('renovation.detail.passed')
              : t('renovation.detail.failed')}{' '}
          {a.inspector ?? ''} {a.notes ?? ''}{' '}
          <Button
            size="small"
            type="link"
            onClick={() => printAcceptance(job, a)}
            data-testid={`reno-print-acceptance-${i}`}
          >
            {t('renovation.works.printAcceptance')}
          </Button>
        </div>
      ))}
      {can('requestAcceptance') && (
        <Space>
          <DateInput
            value={acceptOn}
            onChange={setAcceptOn}
            style={{ width: 150 }}
            aria-label={t('renovation.detail.acceptOn')}
            testId="reno-accept-date"
          />
          <Button
            onClick={() =>
              void run('req', () => repos.renovations.requestAcceptance(actor, job.id, acceptOn))
            }
            data-testid="reno-request-acceptance"
          >
            {t('renovation.detail.requestAcceptance')}
          </Button>
        </Space>
      )}
      {can('recordAcceptance') && (
        <Space wrap>
          <Input
            placeholder={t('renovation.detail.inspector')}
            value={inspector}
            onChange={(e) => setInspector(e.target.value)}
            data-testid="reno-inspector"
          />
          <Input
            placeholder={t('renovation.form.notes')}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
          <Button
            type="primary"
            loading={busy === 'accept'}
            onClick={() => record(true)}
            data-testid="reno-accept-pass"
          >
            {t('renovation.detail.passed')}
          </Button>
          <DateInput
            value={reinspectOn}
            onChange={setReinspectOn}
            style={{ width: 150 }}
            aria-label={t('renovation.detail.reinspectOn')}
          />
          <Button danger onClick={() => record(false)} data-testid="reno-accept-fail">
            {t('renovation.detail.failed')}
          </Button>
        </Space>
      )}
      {job.state !== 'working' && job.state !== 'pendingAcceptance' && <RefundSection job={job} />}
      {formsModal}
    </>
  );
}
