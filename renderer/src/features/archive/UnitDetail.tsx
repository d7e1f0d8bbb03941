import { App, Button, Card, Descriptions, Divider, Select, Space, Table, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { UNIT_TYPES } from '@shared/domain/billing';
import type { TableColumnsType } from 'antd';
import { UNIT_STATUS_KEYS, type UnitStatus } from '@shared/domain/units';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { ArchivePerson, ArchiveUnit } from '../../db/repositories/archiveRecords';
import { t } from '../../i18n';
import { maskedId, maskedPhones } from './personText';
import { useUnitPeople } from './useArchiveData';
import { UnitHistory } from '../renovation/UnitHistory';
import { UnitBillsPanel } from '../fees/UnitBillsPanel';
import { messageOf } from '../../i18n/domainText';

interface Props {
  unit: ArchiveUnit;
  onEdit: () => void;
  onAddPerson: () => void;
  onOpenPerson: (person: ArchivePerson) => void;
}

// Built at render: the headings follow the language in effect.
const columns = (): TableColumnsType<ArchivePerson> => [
  {
    title: t('archive.person.name'),
    key: 'name',
    render: (_, p) => (
      <Space size={4}>
        {p.name}
        {p.moveOutDate && <Tag data-testid="person-moved-out">{t('archive.person.movedOut')}</Tag>}
      </Space>
    ),
  },
  {
    title: t('archive.person.kind'),
    dataIndex: 'kind',
    render: (k: ArchivePerson['kind']) => t(`domain.labels.personKinds.${k}`),
    width: 70,
  },
  { title: t('archive.person.phones'), key: 'phones', render: (_, p) => maskedPhones(p) },
  { title: t('archive.person.idNumber'), key: 'id', render: (_, p) => maskedId(p) },
  { title: t('archive.person.plates'), key: 'plates', render: (_, p) => p.plates.join(' ') },
  {
    title: t('archive.person.grade'),
    dataIndex: 'grade',
    width: 80,
    render: (g: ArchivePerson['grade']) =>
      g === 'normal' ? '' : <Tag color="gold">{t(`domain.labels.grades.${g}`)}</Tag>,
  },
];

/** One unit: its status (changed in place), its details, and the people attached to it. */
export function UnitDetail({ unit, onEdit, onAddPerson, onOpenPerson }: Props) {
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const people = useUnitPeople(unit.id);

  const changeStatus = async (status: UnitStatus) => {
    try {
      await repos.units.setStatus(unit.id, status, actor);
      message.success(
        t('archive.unit.statusChanged', { status: t(`domain.labels.unitStatuses.${status}`) }),
      );
    } catch (err) {
      message.error(t('common.unexpectedError', { message: messageOf(err) }));
    }
  };

  return (
    <Card
      data-testid="unit-detail"
      title={<span data-testid="unit-detail-code">{unit.code}</span>}
      extra={
        <Space>
          <Button onClick={onEdit} data-testid="edit-unit">
            {t('common.edit')}
          </Button>
          <Button type="primary" onClick={onAddPerson} data-testid="add-person">
            {t('archive.addPerson')}
          </Button>
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={3}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'status',
            label: t('archive.unit.status'),
            children: (
              <Select
                size="small"
                value={unit.status}
                onChange={(s) => void changeStatus(s)}
                options={UNIT_STATUS_KEYS.map((k) => ({
                  value: k,
                  label: t(`domain.labels.unitStatuses.${k}`),
                }))}
                style={{ width: 100 }}
                aria-label={t('archive.unit.status')}
                data-testid="unit-status"
              />
            ),
          },
          { key: 'floor', label: t('archive.unit.floor'), children: unit.floor ?? '—' },
          {
            key: 'builtArea',
            label: t('archive.unit.builtArea'),
            children: unit.builtArea === undefined ? '—' : `${unit.builtArea}㎡`,
          },
          {
            key: 'innerArea',
            label: t('archive.unit.innerArea'),
            children: unit.innerArea === undefined ? '—' : `${unit.innerArea}㎡`,
          },
          {
            key: 'unitType',
            label: t('archive.unit.unitType'),
            children: unit.unitType ? UNIT_TYPES[unit.unitType] : '—',
          },
          {
            key: 'hasElevator',
            label: t('archive.unit.hasElevator'),
            children:
              unit.hasElevator === undefined
                ? '—'
                : t(`domain.labels.elevatorAnswers.${unit.hasElevator ? 'yes' : 'no'}`),
          },
          { key: 'notes', label: t('archive.unit.notes'), children: unit.notes ?? '—' },
        ]}
      />
      <Table<ArchivePerson>
        size="small"
        rowKey="id"
        loading={people.loading}
        dataSource={people.data}
        columns={columns()}
        pagination={false}
        locale={{ emptyText: t('archive.person.none') }}
        onRow={(p) => ({
          onClick: () => onOpenPerson(p),
          style: { cursor: 'pointer' },
          'data-testid': 'unit-person-row',
        })}
      />
      <UnitHistory unitId={unit.id} />
      <section data-testid="unit-fees">
        <Divider titlePlacement="start">{t('fees.unit.section')}</Divider>
        <UnitBillsPanel
          unitId={unit.id}
          payLabel={t('fees.unit.toReceipt')}
          // The receipt screen takes the money: one ledger, one SJ numbering.
          onPay={() => void navigate(`/money?bills=${encodeURIComponent(unit.id)}`)}
        />
      </section>
    </Card>
  );
}
