import { Drawer, Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import type { ReviewSection } from '@shared/domain/review/behind';
import { useRepos } from '../../app/ReposContext';
import type { BehindRow } from '../../db/repositories/reviewRepository';
import { t } from '../../i18n';

export interface BehindTarget {
  section: ReviewSection;
  key: string;
  chart: string;
  bar: string;
}

interface Props {
  month: string;
  target: BehindTarget | null;
  onClose: () => void;
}

/** The records behind a bar; a row opens its register (or the record, where it can). */
export function BehindDrawer({ month, target, onClose }: Props) {
  const repos = useRepos();
  const navigate = useNavigate();
  const rows = useLiveQuery(
    () => (target ? repos.review.recordsBehind(target.section, target.key, month) : []),
    [repos, target, month],
  );
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size={760}
      title={
        target ? t('review.behind.title', { chart: target.chart, bar: target.bar, month }) : ''
      }
      data-testid="review-behind"
    >
      <Table<BehindRow>
        data-testid="review-behind-table"
        size="small"
        rowKey="id"
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('review.behind.empty') }}
        onRow={(r) => ({ onClick: () => void navigate(r.path), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('review.behind.number'), dataIndex: 'number', width: 170 },
          { title: t('review.behind.date'), dataIndex: 'date', width: 140 },
          { title: t('review.behind.unit'), dataIndex: 'unit', width: 100 },
          { title: t('review.behind.summary'), dataIndex: 'summary' },
        ]}
      />
    </Drawer>
  );
}
