import { Alert, App, Button, Modal, Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { CaseRecord } from '../../db/records';
import { t } from '../../i18n';
import { messageOf } from '../../i18n/domainText';

/**
 * 今日建议汇总: the suggestions not yet passed to the supervisor; 提交主管 marks them passed
 * (audited), which takes the item off the today board.
 */
export function SuggestionDigestModal({ onClose }: { onClose: () => void }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const rows = useLiveQuery(() => repos.complaints.undigestedSuggestions(), [repos]);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      const passed = await repos.complaints.submitSuggestionDigest(actor);
      void message.success(t('complaints.digest.submitted', { n: passed.length }));
      onClose();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <Modal
      open
      width={760}
      title={t('complaints.digest.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="close" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="submit"
          type="primary"
          disabled={!rows || rows.length === 0}
          onClick={() => void submit()}
          data-testid="digest-submit"
        >
          {t('complaints.digest.submit')}
        </Button>,
      ]}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
      <Table<CaseRecord>
        size="small"
        rowKey="id"
        data-testid="digest-table"
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={false}
        locale={{ emptyText: t('complaints.digest.empty') }}
        columns={[
          { title: t('complaints.column.no'), dataIndex: 'no', width: 130 },
          {
            title: t('complaints.column.receivedAt'),
            dataIndex: 'receivedAt',
            width: 130,
            render: (v: string) => formatOfficeDateTime(v),
          },
          { title: t('complaints.column.customer'), dataIndex: 'customerName', width: 90 },
          { title: t('complaints.column.unit'), dataIndex: 'unitCode', width: 90 },
          { title: t('complaints.column.content'), dataIndex: 'content' },
        ]}
      />
    </Modal>
  );
}
