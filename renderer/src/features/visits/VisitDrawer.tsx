import { App, Button, Descriptions, List, Space, Typography } from 'antd';
import { RecordDrawer } from '../../components/RecordDrawer';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { VisitRecordRecord } from '../../db/records';
import { t } from '../../i18n';

interface Props {
  id: string;
  onClose: () => void;
  onPrint: (v: VisitRecordRecord) => void;
}

/** One visit or meeting: what was seen, the issues raised and the enquiry each became. */
export function VisitDrawer({ id, onClose, onPrint }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const v = useLiveQuery(() => repos.visitRecords.get(id), [repos, id]);
  if (!v) return null;
  const meeting = v.kind === 'meeting';

  const raise = async (key: string) => {
    try {
      const e = await repos.visitRecords.raiseIssue(actor, v.id, key);
      void message.success(t('visits.detail.raised', { no: e.no }));
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <RecordDrawer
      width={680}
      onClose={onClose}
      title={t('visits.detail.title', { kind: t(`visits.kind.${v.kind}`), no: v.no })}
      extra={
        <Button onClick={() => onPrint(v)} data-testid="visit-print">
          {t(meeting ? 'visits.detail.printMinutes' : 'visits.detail.print')}
        </Button>
      }
      testId="visit-drawer"
    >
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('visits.column.date')}>{v.date}</Descriptions.Item>
        <Descriptions.Item label={t(meeting ? 'visits.form.host' : 'visits.form.visitor')}>
          {v.visitorName}
        </Descriptions.Item>
        {v.unitCode && (
          <Descriptions.Item label={t('visits.form.unit')}>
            {v.unitCode} {v.household ?? ''}
          </Descriptions.Item>
        )}
        {v.area && <Descriptions.Item label={t('visits.column.area')}>{v.area}</Descriptions.Item>}
        {v.eventTitle && (
          <Descriptions.Item label={t('visits.form.event')} span={2}>
            {v.eventTitle}
          </Descriptions.Item>
        )}
        {meeting && <Descriptions.Item label={t('visits.form.place')}>{v.place}</Descriptions.Item>}
        {meeting && (
          <Descriptions.Item label={t('visits.form.attendees')}>{v.attendees}</Descriptions.Item>
        )}
        <Descriptions.Item
          label={t(meeting ? 'visits.form.minutes' : 'visits.form.notes')}
          span={2}
        >
          <span style={{ whiteSpace: 'pre-wrap' }}>{v.notes}</span>
        </Descriptions.Item>
      </Descriptions>
      <List
        size="small"
        data-testid="visit-issues-list"
        header={<Typography.Text strong>{t('visits.detail.issues')}</Typography.Text>}
        locale={{ emptyText: t('visits.detail.noIssues') }}
        dataSource={v.issues}
        renderItem={(i) => (
          <List.Item
            data-testid="visit-issue"
            actions={[
              i.enquiryId ? (
                <Typography.Link
                  key="link"
                  data-testid="visit-issue-enquiry"
                  onClick={() => void navigate(`/enquiries?open=${i.enquiryId}`)}
                >
                  {t('visits.detail.enquiry', { no: i.enquiryNo ?? '' })}
                </Typography.Link>
              ) : (
                <Button
                  key="raise"
                  size="small"
                  data-testid="visit-issue-raise"
                  onClick={() => void raise(i.key)}
                >
                  {t('visits.detail.raise')}
                </Button>
              ),
            ]}
          >
            {i.text}
          </List.Item>
        )}
      />
      <Space style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">
          {t('visits.detail.recordedBy', { name: v.recordedByName })}
        </Typography.Text>
      </Space>
    </RecordDrawer>
  );
}
