import { ROSTER_COLUMNS, type RosterField } from '@shared/domain/roster';
import { t, type MessageKey } from '../../../i18n';
import { loadExcel } from '../../../components/loadExcel';
import { addRosterSheet, workbookBytes } from './rosterSheet';

const note = (field: RosterField): string =>
  t(`archive.template.notes.${field}` satisfies MessageKey);
const sample = (field: RosterField): string =>
  t(`archive.template.sample.${field}` satisfies MessageKey);

/**
 * The roster template: the import's columns with a note on each header, one sample row, and a
 * second sheet that explains every column. Generated from `ROSTER_COLUMNS`, so it always
 * matches what the import reads.
 */
export async function buildRosterTemplate(): Promise<Uint8Array<ArrayBuffer>> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  workbook.creator = t('common.appName');
  const sheet = addRosterSheet(workbook, t('archive.template.sheetName'));
  ROSTER_COLUMNS.forEach((col, i) => {
    const required = col.required ? t('archive.template.required') : t('archive.template.optional');
    sheet.getRow(1).getCell(i + 1).note = `${required}。${note(col.field)}`;
  });
  sheet.addRow(Object.fromEntries(ROSTER_COLUMNS.map((col) => [col.field, sample(col.field)])));
  sheet.getRow(2).font = { italic: true, color: { argb: 'FF888888' } };

  const help = workbook.addWorksheet(t('archive.template.helpSheetName'));
  help.columns = [
    { header: t('archive.template.helpColumn'), width: 12 },
    { header: t('archive.template.helpRequired'), width: 10 },
    { header: t('archive.template.helpNote'), width: 70 },
  ];
  help.getRow(1).font = { bold: true };
  for (const col of ROSTER_COLUMNS) {
    help.addRow([col.header, col.required ? t('common.yes') : t('common.no'), note(col.field)]);
  }
  help.addRow([]);
  for (const key of ['rule1', 'rule2', 'rule3', 'rule4'] as const)
    help.addRow([t(`archive.template.${key}`)]);
  return workbookBytes(workbook);
}
