import { Card, Col, Empty, Result, Row, Spin, Typography } from 'antd';
import { useDeferredValue, useEffect, useState } from 'react';
import type { ArchiveUnit } from '../../db/repositories/archiveRecords';
import { t } from '../../i18n';
import { ArchiveDialogs, type ArchiveDialog } from './ArchiveDialogs';
import { ArchiveToolbar } from './ArchiveToolbar';
import { BuildingList, UnitList } from './BuildingUnits';
import { PeopleDirectory } from './PeopleDirectory';
import { PersonDrawer } from './PersonDrawer';
import { UnitDetail } from './UnitDetail';
import {
  SEARCH_LIMIT,
  useBuildings,
  useBuildingUnits,
  usePeopleDirectory,
  usePerson,
  useUnit,
  useUnitSearch,
} from './useArchiveData';
import { useArchiveParams } from './useArchiveParams';

const LIST_HEIGHT = 'calc(100vh - 260px)';

/** 业户档案: buildings → units → a unit's people; the people list; search; import and export. */
export default function ArchivePage() {
  const params = useArchiveParams();
  const [search, setSearch] = useState('');
  // Typing stays responsive: the index lookups run on the deferred text.
  const query = useDeferredValue(search.trim());
  const [dialog, setDialog] = useState<ArchiveDialog | null>(null);

  const person = usePerson(params.personId);
  const unitId = params.unitId ?? person?.unitId;
  const unit = useUnit(unitId);
  const buildings = useBuildings();
  const building = params.building ?? unit?.building ?? buildings.data[0]?.building;
  const buildingUnits = useBuildingUnits(building);
  const foundUnits = useUnitSearch(query);
  const people = usePeopleDirectory(query, params.view === 'people' || query !== '');

  const openUnit = (u: Pick<ArchiveUnit, 'id' | 'building'>) => {
    setSearch('');
    params.update({ unit: u.id, building: u.building, person: undefined, view: undefined });
  };
  const openPerson = (id: string) => params.update({ person: id });

  // Alt+N adds where the clerk is looking: a person to the open unit, else a unit.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.key.toLowerCase() !== 'n' || dialog) return;
      e.preventDefault();
      setDialog(unit ? { kind: 'newPerson', unit } : { kind: 'newUnit', building });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [unit, building, dialog]);

  function detail() {
    if (unitId && unit === undefined) return <Spin />;
    if (unitId && unit === null)
      return <Result status="warning" title={t('archive.unit.notFound')} />;
    if (!unit) return <Empty description={t('archive.selectUnit')} />;
    return (
      <UnitDetail
        unit={unit}
        onEdit={() => setDialog({ kind: 'editUnit', unit })}
        onAddPerson={() => setDialog({ kind: 'newPerson', unit })}
        onOpenPerson={(p) => openPerson(p.id)}
      />
    );
  }

  const browse = (
    <Row gutter={12} wrap={false}>
      <Col flex="150px">
        <Card size="small" title={t('archive.buildings')} styles={{ body: { padding: 0 } }}>
          {buildings.loading ? (
            <Spin />
          ) : buildings.data.length === 0 ? (
            <Empty description={t('archive.noUnits')} style={{ padding: 12 }} />
          ) : (
            <BuildingList
              buildings={buildings.data}
              selected={building}
              onSelect={(b) => params.update({ building: b, unit: undefined, person: undefined })}
            />
          )}
        </Card>
      </Col>
      <Col flex="220px">
        <Card
          size="small"
          title={building ? t('archive.building', { building }) : ' '}
          styles={{ body: { padding: 0, maxHeight: LIST_HEIGHT, overflow: 'auto' } }}
        >
          <UnitList
            units={buildingUnits.data}
            loading={buildingUnits.loading}
            selected={unit?.id}
            onSelect={openUnit}
          />
        </Card>
      </Col>
      <Col flex="auto">{detail()}</Col>
    </Row>
  );

  const searchResults = (
    <div data-testid="archive-search-results">
      {foundUnits.data.length > 0 && (
        <>
          <Typography.Title level={5}>{t('archive.matchedUnits')}</Typography.Title>
          <div style={{ maxHeight: 160, overflow: 'auto', marginBottom: 12 }}>
            <UnitList
              units={foundUnits.data}
              loading={false}
              selected={undefined}
              onSelect={openUnit}
            />
          </div>
        </>
      )}
      <Typography.Title level={5}>
        {t('archive.matchedPeople', { count: people.data.length })}
      </Typography.Title>
      <PeopleDirectory
        rows={people.data}
        loading={people.loading}
        onOpen={(p) => openPerson(p.id)}
        height={foundUnits.data.length > 0 ? 'calc(100vh - 480px)' : LIST_HEIGHT}
        truncated={people.data.length >= SEARCH_LIMIT}
      />
    </div>
  );

  return (
    <div data-testid="archive-page">
      <ArchiveToolbar
        search={search}
        onSearch={setSearch}
        view={params.view}
        onView={(view) => params.update({ view: view === 'people' ? view : undefined })}
        onAddUnit={() => setDialog({ kind: 'newUnit', building })}
        onImport={() => setDialog({ kind: 'import' })}
      />
      {query ? (
        searchResults
      ) : params.view === 'people' ? (
        <PeopleDirectory
          rows={people.data}
          loading={people.loading}
          onOpen={(p) => openPerson(p.id)}
          height={LIST_HEIGHT}
        />
      ) : (
        browse
      )}
      {params.personId && (
        <PersonDrawer
          person={person}
          onClose={() =>
            params.update({ person: undefined, unit: person?.unitId ?? params.unitId })
          }
          onEdit={(p) => setDialog({ kind: 'editPerson', person: p })}
          onDelete={(p) => setDialog({ kind: 'deletePerson', person: p })}
          onOpenUnit={(id) => params.update({ unit: id, person: undefined, view: undefined })}
        />
      )}
      <ArchiveDialogs
        dialog={dialog}
        onClose={() => setDialog(null)}
        onUnitSaved={(u) => {
          setDialog(null);
          openUnit(u);
        }}
        onPersonSaved={(p) => {
          setDialog(null);
          params.update({ unit: p.unitId });
        }}
        onPersonDeleted={(p) => {
          setDialog(null);
          params.update({ person: undefined, unit: p.unitId });
        }}
      />
    </div>
  );
}
