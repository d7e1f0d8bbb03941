import { Alert, App, Button, Modal, Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { CaseRecord } from '../../db/records';
import { t } from '../../i18n';
import { messageOf } from '../../i18n/domainText';
import { useComplaintPrinting } from './useComplaintPrinting';

/**
 * 今日建议汇总: the suggestions not yet passed to the supervisor; 提交主管 marks them passed
 * (audited), which takes the item off the today board, and opens the 建议每日汇总表 that goes
 * to the supervisor with them (printable again until the dialog is closed).
 */
export function SuggestionDigestModal({ onClose }: { onClose: () => void }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const waiting = useLiveQuery(() => repos.complaints.undigestedSuggestions(), [repos]);
  const { printDigest, printModal } = useComplaintPrinting();
  const [passed, setPassed] = useState<CaseRecord[] | null>(null);
  const rows = passed ?? waiting;
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    try {
      const done = await repos.complaints.submitSuggestionDigest(actor);
      void message.success(t('complaints.digest.submitted', { n: done.length }));
      setPassed(done);
      printDigest(done);
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <Modal
      open
      width={760}
      title={t(passed ? 'complaints.digest.passedTitle' : 'complaints.digest.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="close" onClick={onClose} data-testid="digest-close">
          {t(passed ? 'complaints.digest.close' : 'common.cancel')}
        </Button>,
        <Button
          key="primary"
          type="primary"
          disabled={!passed && (!rows || rows.length === 0)}
          onClick={() => (passed ? printDigest(passed) : void submit())}
          data-testid={passed ? 'digest-print' : 'digest-submit'}
        >
          {t(passed ? 'complaints.digest.print' : 'complaints.digest.submit')}
        </Button>,
      ]}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
      {passed && (
        <Alert
          type="success"
          title={t('complaints.digest.passed', { n: passed.length })}
          style={{ marginBottom: 8 }}
        />
      )}
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
      {printModal}
    </Modal>
  );
}
