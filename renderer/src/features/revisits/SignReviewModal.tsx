import { Alert, Input, Modal, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { RevisitReviewKind } from '@shared/domain/revisitSupervision';
import { useRepos } from '../../app/ReposContext';
import { PinInput } from '../../components/PinField';
import { useSubmitStep } from '../../components/useSubmitStep';
import { useSession } from '../../app/SessionContext';
import { t } from '../../i18n';
import { periodText } from './periodText';

/**
 * 检查签字: the signed-in reviewer reads the period's revisit counts, writes her findings and
 * follow-ups, and confirms with her own PIN (checked and counted like a sign-in).
 */
export function SignReviewModal(props: {
  kind: RevisitReviewKind;
  period: string;
  onClose: () => void;
  onSigned: () => void;
}) {
  const { kind, period } = props;
  const repos = useRepos();
  const { actor } = useSession();
  const counts = useLiveQuery(
    () => repos.revisits.periodCounts(kind, period),
    [repos, kind, period],
  );
  const [findings, setFindings] = useState('');
  const [followUps, setFollowUps] = useState('');
  const [pin, setPin] = useState('');
  const { error, busy, run } = useSubmitStep(props.onSigned);
  const sign = async () => {
    const done = await run(() =>
      repos.revisits.sign(actor, {
        kind,
        period,
        pin,
        findings,
        followUps: followUps
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      }),
    );
    // A refused PIN is typed again from scratch.
    if (!done) setPin('');
  };
  return (
    <Modal
      open
      title={t('revisits.sign.title', {
        kind: t(`revisits.reviews.${kind}`),
        period: periodText(kind, period),
      })}
      onCancel={props.onClose}
      onOk={() => void sign()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'sign-ok' } as Record<string, string>}
      destroyOnHidden
    >
      <div data-testid="sign-review">
        {error && (
          <Alert type="error" title={error} style={{ marginBottom: 12 }} data-testid="sign-error" />
        )}
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text data-testid="sign-counts">
            {counts ? t('revisits.sign.counts', counts) : ''}
          </Typography.Text>
          <Input.TextArea
            autoFocus
            rows={3}
            placeholder={t('revisits.sign.findings')}
            value={findings}
            onChange={(e) => setFindings(e.target.value)}
            data-testid="sign-findings"
          />
          <Input.TextArea
            rows={2}
            placeholder={t('revisits.sign.followUps')}
            value={followUps}
            onChange={(e) => setFollowUps(e.target.value)}
            data-testid="sign-followups"
          />
          <Typography.Text type="secondary">
            {t('revisits.sign.pinHelp', { name: actor.name })}
          </Typography.Text>
          <PinInput
            placeholder={t('revisits.sign.pin')}
            value={pin}
            onChange={setPin}
            onPressEnter={() => void sign()}
            testId="sign-pin"
          />
        </Space>
      </div>
    </Modal>
  );
}
