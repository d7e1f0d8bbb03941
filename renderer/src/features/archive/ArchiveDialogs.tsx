import type { ArchivePerson, ArchiveUnit } from '../../db/repositories/archiveRecords';
import { DeletePersonDialog } from './DeletePersonDialog';
import { PersonFormModal } from './forms/PersonFormModal';
import { UnitFormModal } from './forms/UnitFormModal';
import { RosterImportModal } from './import/RosterImportModal';

/** The one dialog open over the archive, if any. */
export type ArchiveDialog =
  | { kind: 'newUnit'; building?: string | undefined }
  | { kind: 'editUnit'; unit: ArchiveUnit }
  | { kind: 'newPerson'; unit: ArchiveUnit }
  | { kind: 'editPerson'; person: ArchivePerson }
  | { kind: 'deletePerson'; person: ArchivePerson }
  | { kind: 'import' };

interface Props {
  dialog: ArchiveDialog | null;
  onClose: () => void;
  onUnitSaved: (unit: ArchiveUnit) => void;
  onPersonSaved: (person: ArchivePerson) => void;
  onPersonDeleted: (person: ArchivePerson) => void;
}

export function ArchiveDialogs({
  dialog,
  onClose,
  onUnitSaved,
  onPersonSaved,
  onPersonDeleted,
}: Props) {
  switch (dialog?.kind) {
    case undefined:
      return null;
    case 'newUnit':
      return <UnitFormModal building={dialog.building} onClose={onClose} onSaved={onUnitSaved} />;
    case 'editUnit':
      return <UnitFormModal unit={dialog.unit} onClose={onClose} onSaved={onUnitSaved} />;
    case 'newPerson':
      return <PersonFormModal unit={dialog.unit} onClose={onClose} onSaved={onPersonSaved} />;
    case 'editPerson':
      return <PersonFormModal person={dialog.person} onClose={onClose} onSaved={onPersonSaved} />;
    case 'deletePerson':
      return (
        <DeletePersonDialog
          person={dialog.person}
          onClose={onClose}
          onDeleted={() => onPersonDeleted(dialog.person)}
        />
      );
    case 'import':
      return <RosterImportModal onClose={onClose} />;
  }
}
