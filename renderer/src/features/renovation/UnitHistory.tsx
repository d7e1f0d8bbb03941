import { Divider, Table, Tag } from 'antd';

import { officeDateOf } from '@shared/domain/officeTime';
import type { RenovationRecord } from '../../db/repositories/renovationRecords';
import { t } from '../../i18n';
import { useUnitRenovations } from './useRenovations';

interface Props {
  unitId: string;
  /** The job being shown, marked in the list; omit outside the renovation drawer. */
  currentId?: string;
  onOpen?: (id: string) => void;
}

/** 本房号装修记录: every renovation of the unit, newest first. */
export function UnitHistory({ unitId, currentId, onOpen }: Props) {
  const jobs = useUnitRenovations(unitId);
  // Outside a job (the archive's unit card) a unit never renovated shows nothing.
  if (!currentId && jobs?.length === 0) return null;
  return (
    <>
      <Divider titlePlacement="start">{t('renovation.detail.history')}</Divider>
      <Table<RenovationRecord>
        rowKey="id"
        size="small"
        loading={jobs === undefined}
        pagination={false}
        dataSource={jobs ?? []}
        data-testid="reno-unit-history"
        onRow={(r) => ({
          onClick: () => onOpen?.(r.id),
          style: onOpen && r.id !== currentId ? { cursor: 'pointer' } : undefined,
        })}
        columns={[
          {
            title: t('renovation.col.no'),
            dataIndex: 'no',
            render: (no: string, r) => (r.id === currentId ? <strong>{no}</strong> : no),
          },
          {
            title: t('renovation.col.applied'),
            dataIndex: 'appliedAt',
            render: (v: string) => officeDateOf(v),
          },
          { title: t('renovation.col.contractor'), dataIndex: 'contractorName' },
          {
            title: t('renovation.col.period'),
            render: (_, r) => `${r.plannedStart} ~ ${r.permitValidUntil}`,
          },
          {
            title: t('renovation.col.state'),
            dataIndex: 'state',
            render: (s: RenovationRecord['state']) => (
              <Tag>{t(`domain.labels.renovationStates.${s}`)}</Tag>
            ),
          },
        ]}
      />
    </>
  );
}
