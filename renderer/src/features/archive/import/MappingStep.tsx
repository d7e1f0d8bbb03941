import { ROSTER_COLUMNS, type RosterField, type RosterMapping } from '@shared/domain/roster';
import { maskIdNumber, maskPhone } from '@shared/domain/identity';
import { readCell } from '@shared/domain/rosterCells';
import { ColumnMapping } from '../../../components/ColumnMapping';
import { t } from '../../../i18n';
import type { RosterSheet } from '../excel/readRosterFile';

interface Props {
  sheet: RosterSheet;
  mapping: RosterMapping;
  onChange: (mapping: RosterMapping) => void;
}

const CELL_OF = new Map(ROSTER_COLUMNS.map((c) => [c.field, c.cell]));

/** The first filled cell of a column, so the clerk can see the guess is right. */
function sampleOf(sheet: RosterSheet, field: RosterField, header: string): string {
  for (const row of sheet.rows) {
    const value = row[header];
    if (value === undefined) continue;
    const read = readCell(value, CELL_OF.get(field) ?? 'text');
    if (!read.ok) return read.error;
    // A sample is a list cell: personal data shows masked, as in the preview (issue 15).
    if (field === 'idNumber') return maskIdNumber(read.text);
    if (field === 'phone') return maskPhone(read.text);
    return read.text;
  }
  return '';
}

/** Which Excel column feeds which archive field: guessed from the headers, editable. */
export function MappingStep({ sheet, mapping, onChange }: Props) {
  return (
    <ColumnMapping<RosterField>
      headers={sheet.headers}
      columns={ROSTER_COLUMNS}
      mapping={mapping}
      onChange={onChange}
      sample={(field, header) => sampleOf(sheet, field, header)}
      testId="roster"
      texts={{
        hint: t('archive.import.mappingHint'),
        field: t('archive.import.field'),
        column: t('archive.import.column'),
        notMapped: t('archive.import.notMapped'),
        unmapped: (columns) => t('archive.import.unmappedColumns', { columns }),
      }}
    />
  );
}
