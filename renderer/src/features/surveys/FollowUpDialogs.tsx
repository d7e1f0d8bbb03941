import { Alert, Button, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { DEFAULT_DEPARTMENTS } from '@shared/domain/departments';
import { useRepos } from '../../app/ReposContext';
import { useSubmitStep } from '../../components/useSubmitStep';
import { useSession } from '../../app/SessionContext';
import type { SurveyRoundRecord } from '../../db/records';
import { t } from '../../i18n';
import { useSetting } from '../settings/useSettings';

/** 意见汇总: the summary, and the departments the opinions go to (each with its part). */
export function SummaryModal(props: { round: SurveyRoundRecord; onClose: () => void }) {
  const repos = useRepos();
  const { actor } = useSession();
  const departments = (useSetting('departments') ?? DEFAULT_DEPARTMENTS).filter((d) => d.active);
  const [summary, setSummary] = useState('');
  const [rows, setRows] = useState<{ department: string; opinions: string }[]>([
    { department: '', opinions: '' },
  ]);
  const step = useSubmitStep(props.onClose);
  const set = (i: number, patch: Partial<{ department: string; opinions: string }>) =>
    setRows((list) => list.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const used = rows.filter((r) => r.department || r.opinions);
  return (
    <Modal
      open
      width={680}
      title={t('surveys.summary.title', { no: props.round.no })}
      onCancel={props.onClose}
      onOk={() =>
        void step.run(() =>
          repos.surveys.summarise(actor, props.round.id, { summary, followUps: used }),
        )
      }
      confirmLoading={step.busy}
      okButtonProps={{ 'data-testid': 'summary-ok' } as Record<string, string>}
      destroyOnHidden
    >
      {step.error && <Alert type="error" title={step.error} style={{ marginBottom: 12 }} />}
      <Input.TextArea
        autoFocus
        rows={3}
        placeholder={t('surveys.summary.summary')}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        data-testid="summary-text"
        style={{ marginBottom: 12 }}
      />
      <Space direction="vertical" style={{ width: '100%' }}>
        {rows.map((r, i) => (
          <Space.Compact key={i} style={{ width: '100%' }}>
            <Select
              showSearch
              style={{ width: 140 }}
              placeholder={t('surveys.summary.department')}
              value={r.department || undefined}
              onChange={(v: string) => set(i, { department: v })}
              options={departments.map((d) => ({ value: d.name, label: d.name }))}
              data-testid={`summary-dept-${i}`}
            />
            <Input
              placeholder={t('surveys.summary.opinions')}
              value={r.opinions}
              onChange={(e) => set(i, { opinions: e.target.value })}
              data-testid={`summary-opinions-${i}`}
            />
            <Button onClick={() => setRows((list) => list.filter((_, j) => j !== i))}>
              {t('surveys.summary.remove')}
            </Button>
          </Space.Compact>
        ))}
        <Button onClick={() => setRows((list) => [...list, { department: '', opinions: '' }])}>
          {t('surveys.summary.add')}
        </Button>
      </Space>
    </Modal>
  );
}

/** 结果回访: what the customer said of the result, and who signed. */
export function RevisitModal(props: {
  round: SurveyRoundRecord;
  index: number;
  onClose: () => void;
}) {
  const repos = useRepos();
  const { actor } = useSession();
  const [result, setResult] = useState('');
  const [signedName, setSignedName] = useState('');
  const step = useSubmitStep(props.onClose);
  const f = props.round.followUps[props.index];
  const submit = () =>
    void step.run(() =>
      repos.surveys.recordRevisit(actor, props.round.id, props.index, { result, signedName }),
    );
  return (
    <Modal
      open
      title={t('surveys.revisitDialog.title', { department: f?.department ?? '' })}
      onCancel={props.onClose}
      onOk={submit}
      confirmLoading={step.busy}
      okButtonProps={{ 'data-testid': 'revisit-ok' } as Record<string, string>}
      destroyOnHidden
    >
      {step.error && <Alert type="error" title={step.error} style={{ marginBottom: 12 }} />}
      <Space direction="vertical" style={{ width: '100%' }}>
        <Input
          autoFocus
          placeholder={t('surveys.revisitDialog.result')}
          value={result}
          onChange={(e) => setResult(e.target.value)}
          data-testid="revisit-result"
        />
        <Input
          placeholder={t('surveys.revisitDialog.signedName')}
          value={signedName}
          onChange={(e) => setSignedName(e.target.value)}
          onPressEnter={submit}
          data-testid="revisit-signed"
        />
      </Space>
    </Modal>
  );
}
