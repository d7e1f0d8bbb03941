import { Button, Descriptions, Drawer, Result, Space, Spin, Tag } from 'antd';
import dayjs from 'dayjs';
import { effectiveIdType } from '@shared/domain/units';
import type { ArchivePerson } from '../../db/repositories/archiveRecords';
import { t } from '../../i18n';
import { useUnit } from './useArchiveData';

interface Props {
  /** The person; `null` when the link points at one that is gone; `undefined` while loading. */
  person: ArchivePerson | null | undefined;
  onClose: () => void;
  onEdit: (person: ArchivePerson) => void;
  onDelete: (person: ArchivePerson) => void;
  onOpenUnit: (unitId: string) => void;
}

/** The record itself: the one place phones and the ID number show in full. */
export function PersonDrawer({ person, onClose, onEdit, onDelete, onOpenUnit }: Props) {
  const unit = useUnit(person?.unitId);
  return (
    <Drawer
      open
      size={520}
      title={person ? person.name : t('archive.person.detail')}
      onClose={onClose}
      extra={
        person && (
          <Space>
            <Button onClick={() => onEdit(person)} data-testid="edit-person">
              {t('common.edit')}
            </Button>
            <Button danger onClick={() => onDelete(person)} data-testid="delete-person">
              {t('common.delete')}
            </Button>
          </Space>
        )
      }
    >
      {person === undefined && <Spin />}
      {person === null && <Result status="warning" title={t('archive.person.notFound')} />}
      {person && (
        <Descriptions
          data-testid="person-detail"
          column={1}
          size="small"
          bordered
          items={[
            {
              key: 'unit',
              label: t('archive.person.unit'),
              children: unit ? (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0 }}
                  onClick={() => onOpenUnit(unit.id)}
                >
                  {unit.code}
                </Button>
              ) : (
                '—'
              ),
            },
            {
              key: 'kind',
              label: t('archive.person.kind'),
              children: t(`domain.labels.personKinds.${person.kind}`),
            },
            ...(person.gender
              ? [
                  {
                    key: 'gender',
                    label: t('archive.person.gender'),
                    children: t(`domain.labels.genders.${person.gender}`),
                  },
                ]
              : []),
            ...(person.contactPerson
              ? [
                  {
                    key: 'contact',
                    label: t('archive.person.contactPerson'),
                    children: person.contactPerson,
                  },
                ]
              : []),
            {
              key: 'phones',
              label: t('archive.person.phones'),
              children: <span data-testid="person-phones">{person.phones.join('、') || '—'}</span>,
            },
            {
              key: 'id',
              label: person.idNumber
                ? t(`domain.labels.idTypes.${effectiveIdType(person.kind, person.idType)}`)
                : t('archive.person.idNumber'),
              children: <span data-testid="person-id-number">{person.idNumber ?? '—'}</span>,
            },
            {
              key: 'moveIn',
              label: t('archive.person.moveInDate'),
              children: person.moveInDate ?? '—',
            },
            ...(person.moveOutDate
              ? [
                  {
                    key: 'moveOut',
                    label: t('archive.person.moveOutDate'),
                    children: person.moveOutDate,
                  },
                ]
              : []),
            {
              key: 'plates',
              label: t('archive.person.plates'),
              children: person.plates.join('、') || '—',
            },
            {
              key: 'grade',
              label: t('archive.person.grade'),
              children: <Tag>{t(`domain.labels.grades.${person.grade}`)}</Tag>,
            },
            { key: 'notes', label: t('archive.person.notes'), children: person.notes ?? '—' },
            {
              key: 'created',
              label: t('archive.person.createdAt'),
              children: dayjs(person.createdAt).format('YYYY-MM-DD HH:mm'),
            },
          ]}
        />
      )}
    </Drawer>
  );
}
