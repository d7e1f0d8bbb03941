import { Alert, Input, Modal, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { EnquiryRecord } from '../../db/records';
import { t } from '../../i18n';

interface Props {
  record: EnquiryRecord;
  onClose: () => void;
  onDone: () => void;
}

/** 转交: to whom and why; the repository refuses anyone but the owner or a supervisor. */
export function HandOverModal({ record, onClose, onDone }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const operators = useLiveQuery(() => repos.operators.list(), [repos]) ?? [];
  const [toId, setToId] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await repos.enquiries.handOver(actor, record.id, { toId: toId ?? '', reason });
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('enquiries.action.handOverTitle', { no: record.no })}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'enquiry-handover-ok' } as Record<string, string>}
      destroyOnHidden
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text>{t('enquiries.action.handOverTo')}</Typography.Text>
        <Select
          autoFocus
          value={toId}
          onChange={setToId}
          style={{ width: 220 }}
          data-testid="enquiry-handover-to"
          options={operators
            .filter((o) => o.id !== record.ownerId)
            .map((o) => ({ value: o.id, label: o.name }))}
        />
        <Typography.Text>{t('enquiries.action.handOverReason')}</Typography.Text>
        <Input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          onPressEnter={() => void submit()}
          data-testid="enquiry-handover-reason"
        />
      </Space>
    </Modal>
  );
}
