import { Divider, Table } from 'antd';
import { t } from '../../i18n';
import { useSiteMonth } from './useSiteMonth';

/** 巡查检查 in the monthly review: the month's site ledgers against the month before. */
export function SiteReviewSection(props: { month: string }) {
  const rows = useSiteMonth(props.month);
  return (
    <section data-testid="review-section-site">
      <Divider titlePlacement="start">{t('patrols.review.title')}</Divider>
      <Table
        size="small"
        rowKey="key"
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={false}
        style={{ maxWidth: 640 }}
        columns={[
          { title: t('patrols.review.item'), dataIndex: 'label' },
          { title: t('patrols.review.current'), dataIndex: 'current', width: 120 },
          { title: t('patrols.review.previous'), dataIndex: 'previous', width: 120 },
        ]}
      />
    </section>
  );
}
