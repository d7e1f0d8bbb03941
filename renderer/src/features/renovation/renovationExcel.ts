import type { RenovationMonthStats } from '@shared/domain/renovationStats';
import { t } from '../../i18n';
import { statsColumns, statsSummary, statsTextCells } from './statsColumns';
import { loadExcel } from '../../components/loadExcel';
import { saveExcel, workbookBytes, YUAN_FORMAT } from '../../components/exportSheet';

/** The month's statistics as a workbook saved through the host; false when the save was cancelled. */
export async function exportRenovationStats(stats: RenovationMonthStats): Promise<boolean> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(stats.month);
  sheet.addRow([`${t('renovation.print.statsTitle')} ${stats.month}`]);
  sheet.addRow([statsSummary(stats, (fen) => (fen / 100).toFixed(2))]);
  sheet.addRow(statsColumns().map((c) => c.head)).font = { bold: true };
  for (const r of stats.rows) sheet.addRow([...statsTextCells(r), r.heldFen / 100]);
  sheet.getColumn(10).numFmt = YUAN_FORMAT;
  sheet.columns.forEach((c) => (c.width = 14));
  return saveExcel(
    `${t('renovation.print.statsTitle')}-${stats.month}.xlsx`,
    await workbookBytes(workbook),
  );
}
