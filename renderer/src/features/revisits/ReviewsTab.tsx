import { App, Button, List, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { hasRole } from '@shared/domain/record';
import { REVIEW_ROLES, type RevisitReviewKind } from '@shared/domain/revisitSupervision';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { useOfficeToday } from '../../components/useOfficeClock';
import type { RevisitReviewRecord } from '../../db/records';
import { t } from '../../i18n';
import { periodText } from './periodText';
import { SignReviewModal } from './SignReviewModal';

type Target = { kind: RevisitReviewKind; period: string };

/** What waits for the supervisors' signature, and the reviews signed with their follow-ups. */
export function ReviewsTab(props: { initial: Target | null }) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const today = useOfficeToday();
  const [signing, setSigning] = useState<Target | null>(props.initial);
  const pending = useLiveQuery(async () => {
    const since = await repos.operators.firstRunAt();
    const due = await repos.revisits.unreviewed(today, since);
    return [
      ...due.weeks.map((period) => ({ kind: 'weekly' as const, period })),
      ...due.months.map((period) => ({ kind: 'monthly' as const, period })),
    ];
  }, [repos, today]);
  const signed = useLiveQuery(() => repos.revisits.listReviews(), [repos]);

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={5}>{t('revisits.reviews.pending')}</Typography.Title>
      <List<Target>
        size="small"
        bordered
        dataSource={pending ?? []}
        locale={{ emptyText: t('revisits.reviews.none') }}
        data-testid="reviews-pending"
        renderItem={(p) => (
          <List.Item
            actions={[
              <Button
                key="s"
                size="small"
                disabled={!hasRole(actor.role, REVIEW_ROLES[p.kind])}
                onClick={() => setSigning(p)}
                data-testid={`review-sign-${p.kind}-${p.period}`}
              >
                {t('revisits.reviews.sign')}
              </Button>,
            ]}
          >
            <Tag>{t(`revisits.reviews.${p.kind}`)}</Tag> {periodText(p.kind, p.period)}
          </List.Item>
        )}
      />
      <Typography.Title level={5}>{t('revisits.reviews.signed')}</Typography.Title>
      <Table<RevisitReviewRecord>
        rowKey="id"
        size="small"
        dataSource={signed ?? []}
        data-testid="reviews-signed"
        columns={[
          {
            title: t('revisits.reviews.col.kind'),
            width: 130,
            render: (_, r) => t(`revisits.reviews.${r.kind}`),
          },
          {
            title: t('revisits.reviews.col.period'),
            width: 200,
            render: (_, r) => periodText(r.kind, r.period),
          },
          { title: t('revisits.reviews.col.reviewer'), width: 90, dataIndex: 'reviewerName' },
          {
            title: t('revisits.reviews.col.signedAt'),
            width: 140,
            render: (_, r) => formatOfficeDateTime(r.signedAt),
          },
          {
            title: t('revisits.reviews.col.counts'),
            width: 120,
            render: (_, r) => `${r.checked} / ${r.dissatisfied}`,
          },
          { title: t('revisits.reviews.col.findings'), dataIndex: 'findings' },
          {
            title: t('revisits.reviews.col.followUps'),
            render: (_, r) => (
              <Space direction="vertical" size={2}>
                {r.followUps.map((f, i) =>
                  f.doneAt ? (
                    <Typography.Text key={i} type="secondary">
                      {t('revisits.reviews.followUpDone', { text: f.text, by: f.doneByName ?? '' })}
                    </Typography.Text>
                  ) : (
                    <Space key={i}>
                      <span>{f.text}</span>
                      <Button
                        size="small"
                        onClick={() => void repos.revisits.closeFollowUp(actor, r.id, i)}
                        data-testid={`review-followup-done-${i}`}
                      >
                        {t('revisits.reviews.done')}
                      </Button>
                    </Space>
                  ),
                )}
              </Space>
            ),
          },
        ]}
      />
      {signing && (
        <SignReviewModal
          kind={signing.kind}
          period={signing.period}
          onClose={() => setSigning(null)}
          onSigned={() => {
            setSigning(null);
            void message.success(t('revisits.sign.done'));
          }}
        />
      )}
    </Space>
  );
}
