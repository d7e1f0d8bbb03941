import type { RenovationMonthStats } from '@shared/domain/renovationStats';
import { t } from '../../i18n';
import { loadExcel } from '../../components/loadExcel';
import { saveExcel, workbookBytes, YUAN_FORMAT } from '../../components/exportSheet';

/** The month's statistics as a workbook saved through the host; false when the save was cancelled. */
export async function exportRenovationStats(stats: RenovationMonthStats): Promise<boolean> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(stats.month);
  sheet.addRow([`${t('renovation.print.statsTitle')} ${stats.month}`]);
  sheet.addRow([
    t('renovation.print.statsSummary', {
      applied: stats.applied,
      started: stats.started,
      accepted: stats.accepted,
      closed: stats.closed,
      inWorks: stats.inWorks,
      held: (stats.heldFen / 100).toFixed(2),
    }),
  ]);
  sheet.addRow([
    t('renovation.col.no'),
    t('renovation.col.unit'),
    t('renovation.col.owner'),
    t('renovation.col.contractor'),
    t('renovation.print.applied'),
    t('renovation.print.started'),
    t('renovation.print.accepted'),
    t('renovation.print.closed'),
    t('renovation.print.state'),
    t('renovation.print.held'),
  ]).font = { bold: true };
  for (const r of stats.rows) {
    sheet.addRow([
      r.no,
      r.unitCode,
      r.ownerName,
      r.contractorName,
      r.appliedOn,
      r.startedOn,
      r.acceptedOn,
      r.closedOn,
      r.stateLabel,
      r.heldFen / 100,
    ]);
  }
  sheet.getColumn(10).numFmt = YUAN_FORMAT;
  sheet.columns.forEach((c) => (c.width = 14));
  return saveExcel(
    `${t('renovation.print.statsTitle')}-${stats.month}.xlsx`,
    await workbookBytes(workbook),
  );
}
