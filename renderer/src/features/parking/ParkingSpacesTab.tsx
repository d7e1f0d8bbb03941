import { Button, Space, Table, Typography } from 'antd';
import { holderOn } from '@shared/domain/parking';
import { hasRole } from '@shared/domain/record';
import { useSession } from '../../app/SessionContext';
import { useRowEditor } from '../../components/useRowEditor';
import type { ParkingLeaseRecord, ParkingSpaceRecord } from '../../db/records';
import { t } from '../../i18n';
import { ParkingSpaceFormModal } from './ParkingSpaceFormModal';

/** 车位: the estate's spaces and who uses each today; a supervisor adds and corrects them. */
export function ParkingSpacesTab(props: {
  spaces: readonly ParkingSpaceRecord[] | undefined;
  leases: readonly ParkingLeaseRecord[];
  today: string;
  onOpenLease: (id: string) => void;
  onLet: (spaceId: string) => void;
}) {
  const { actor } = useSession();
  const ed = useRowEditor<ParkingSpaceRecord>((s) => t('parking.spaces.saved', { no: s.no }));
  const may = hasRole(actor.role, 'supervisor');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {may ? (
        <Button type="primary" onClick={ed.startNew} data-testid="parking-space-add">
          {t('parking.spaces.add')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('parking.spaces.supervisorOnly')}</Typography.Text>
      )}
      <Table<ParkingSpaceRecord>
        size="small"
        rowKey="id"
        loading={props.spaces === undefined}
        pagination={{ pageSize: 30, showSizeChanger: false }}
        dataSource={props.spaces ? [...props.spaces] : []}
        data-testid="parking-space-table"
        columns={[
          { title: t('parking.col.space'), dataIndex: 'no', width: 110 },
          { title: t('parking.col.zone'), dataIndex: 'zone', width: 160 },
          {
            title: t('parking.col.kind'),
            width: 100,
            render: (_, s) => t(`parking.kind.${s.kind}`),
          },
          {
            title: t('parking.col.holderNow'),
            render: (_, s) => {
              const l = holderOn(s.id, props.leases, props.today);
              return l ? (
                <Typography.Link onClick={() => props.onOpenLease(l.id)}>
                  {`${l.unitCode} ${l.holderName}（${t(`parking.use.${l.use}`)} ${l.no}）`}
                </Typography.Link>
              ) : (
                <Space>
                  <Typography.Text type="secondary">{t('parking.spaces.free')}</Typography.Text>
                  <Button size="small" onClick={() => props.onLet(s.id)}>
                    {t('parking.page.new')}
                  </Button>
                </Space>
              );
            },
          },
          { title: t('parking.col.note'), dataIndex: 'note', ellipsis: true },
          ed.editColumn(may, t('parking.spaces.edit')),
        ]}
      />
      {ed.form && <ParkingSpaceFormModal {...ed.form} />}
    </Space>
  );
}
