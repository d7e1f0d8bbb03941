import { Input, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { PromptModal } from '../../components/PromptModal';
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
  return (
    <PromptModal
      title={t('enquiries.action.handOverTitle', { no: record.no })}
      testId="enquiry-handover"
      onSubmit={() => repos.enquiries.handOver(actor, record.id, { toId: toId ?? '', reason })}
      onDone={onDone}
      onClose={onClose}
    >
      {(submit) => (
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
            onPressEnter={submit}
            data-testid="enquiry-handover-reason"
          />
        </Space>
      )}
    </PromptModal>
  );
}
