import { Empty, Menu, Spin, Tag, Typography } from 'antd';
import { type UnitStatus } from '@shared/domain/units';
import type { ArchiveUnit } from '../../db/repositories/archiveRecords';
import type { BuildingSummary } from '../../db/repositories/unitRepository';
import { t } from '../../i18n';

const STATUS_COLORS: Record<UnitStatus, string> = {
  vacant: 'default',
  occupied: 'green',
  renovating: 'orange',
  custody: 'blue',
};

export function StatusTag({ status }: { status: UnitStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0, lineHeight: '18px' }}>
      {t(`domain.labels.unitStatuses.${status}`)}
    </Tag>
  );
}

const ROW = { display: 'flex', justifyContent: 'space-between', alignItems: 'center' } as const;

interface BuildingListProps {
  buildings: readonly BuildingSummary[];
  selected: string | undefined;
  onSelect: (building: string) => void;
}

/** The estate's buildings with their unit counts. */
export function BuildingList({ buildings, selected, onSelect }: BuildingListProps) {
  return (
    <Menu
      data-testid="building-list"
      aria-label={t('archive.buildings')}
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => onSelect(key)}
      items={buildings.map((b) => ({
        key: b.building,
        label: (
          <span style={ROW}>
            {t('archive.building', { building: b.building })}
            <Typography.Text type="secondary">{b.units}</Typography.Text>
          </span>
        ),
      }))}
    />
  );
}

interface UnitListProps {
  units: readonly ArchiveUnit[];
  loading: boolean;
  selected: string | undefined;
  onSelect: (unit: ArchiveUnit) => void;
}

/** The units of one building (or a search's units), each with its status. */
export function UnitList({ units, loading, selected, onSelect }: UnitListProps) {
  if (loading) return <Spin />;
  if (units.length === 0) return <Empty description={t('archive.noMatch')} />;
  return (
    <Menu
      data-testid="unit-list"
      aria-label={t('archive.unit.code')}
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => {
        const unit = units.find((u) => u.id === key);
        if (unit) onSelect(unit);
      }}
      items={units.map((u) => ({
        key: u.id,
        'data-testid': 'unit-row',
        label: (
          <span style={ROW}>
            {u.code}
            <StatusTag status={u.status} />
          </span>
        ),
      }))}
    />
  );
}
