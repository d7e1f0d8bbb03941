import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { RenovationRecord } from '../../db/repositories/renovationRecords';
import { t } from '../../i18n';
import { useRenovationAction } from './useRenovationAction';

/** 撤回 an application not yet approved: the reason is required and kept on the job. */
export function WithdrawDialog({ job, onClose }: { job: RenovationRecord; onClose: () => void }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { busy, run } = useRenovationAction();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = reason.trim().length < 2 ? t('renovation.detail.withdrawReasonMissing') : null;
  const submit = async () => {
    setTouched(true);
    if (problem) return;
    const done = await run('withdraw', () => repos.renovations.withdraw(actor, job.id, reason));
    if (done) onClose();
  };
  return (
    <Modal
      open
      title={t('renovation.detail.withdrawTitle', { no: job.no })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('renovation.detail.withdraw')}
      okButtonProps={{
        danger: true,
        loading: busy !== null,
        ...{ 'data-testid': 'reno-withdraw-submit' },
      }}
    >
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('renovation.detail.withdrawReason')}
          required
          validateStatus={touched && problem ? 'error' : undefined}
          help={touched ? problem : undefined}
        >
          <Input.TextArea
            autoFocus
            rows={2}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setTouched(true);
            }}
            data-testid="reno-withdraw-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
