import type { Counts, MonthlySummary } from '@shared/domain/complaintMonthly';
import { caseStatusLabel } from '@shared/domain/complaints';
import { formatOfficeDateTime } from '@shared/domain/officeTime';
import { COMPLAINT_RATE_KEYS, formatRate, rateDecimals } from '@shared/domain/rates';
import type { CaseRecord } from '../../db/records';
import { t } from '../../i18n';
import { newWorkbook, workbookBytes } from '../../components/exportSheet';
import { domainText } from '../../i18n/domainText';

/**
 * The monthly form as a workbook: sheet 1 the counts and (complaints) the four rates with their
 * definitions, sheet 2 the list of cases received in the month.
 */
export async function buildMonthlyWorkbook(
  summary: MonthlySummary,
  cases: readonly CaseRecord[],
  departmentName: (code: string | undefined) => string,
): Promise<Uint8Array<ArrayBuffer>> {
  const wb = await newWorkbook();
  const sheet = wb.addWorksheet(t('complaints.monthly.rates'));
  sheet.columns = [{ width: 18 }, { width: 14 }, { width: 12 }, { width: 44 }];
  const title = t(
    summary.kind === 'complaint'
      ? 'complaints.monthly.complaintTitle'
      : 'complaints.monthly.suggestionTitle',
  );
  sheet.addRow([title, summary.month]).font = { bold: true };
  sheet.addRow([t('complaints.monthly.received'), summary.received]);
  const block = (name: string, counts: Counts, label: (k: string) => string) => {
    sheet.addRow([]);
    sheet.addRow([name]).font = { bold: true };
    for (const [k, n] of Object.entries(counts)) sheet.addRow([label(k), n]);
  };
  if (summary.kind === 'complaint') {
    block(t('complaints.monthly.byCategory'), summary.byCategory, (k) =>
      t(`complaints.category.${k as 'none'}`),
    );
    block(t('complaints.monthly.bySeverity'), summary.bySeverity, (k) =>
      t(`complaints.severity.${k as 'none'}`),
    );
  } else {
    block(t('complaints.monthly.byAdoption'), summary.byAdoption, (k) =>
      t(`complaints.adoption.${k as 'none'}`),
    );
  }
  block(t('complaints.monthly.byDepartment'), summary.byDepartment, (k) =>
    k === 'none' ? '—' : departmentName(k),
  );
  block(t('complaints.monthly.byChannel'), summary.byChannel, (k) =>
    t(`complaints.channel.${k as 'phone'}`),
  );
  if (summary.rates) {
    sheet.addRow([]);
    sheet.addRow([
      t('complaints.monthly.rate'),
      t('complaints.monthly.value'),
      t('complaints.monthly.counts'),
      t('complaints.monthly.definition'),
    ]).font = { bold: true };
    for (const k of COMPLAINT_RATE_KEYS) {
      const r = summary.rates[k];
      sheet.addRow([
        t(`complaints.monthly.${k}`),
        formatRate(r, rateDecimals(k)),
        `${r.numerator}/${r.denominator}`,
        t(`complaints.monthly.${k}Def`),
      ]);
    }
  }
  const list = wb.addWorksheet(t('complaints.monthly.list'));
  const keys = ['no', 'receivedAt', 'customer', 'unit', 'content', 'department', 'status'] as const;
  list.columns = keys.map((k) => ({
    header: t(`complaints.column.${k}`),
    key: k,
    width: k === 'content' ? 40 : 16,
  }));
  list.getRow(1).font = { bold: true };
  for (const c of cases) {
    list.addRow({
      no: c.no,
      receivedAt: formatOfficeDateTime(c.receivedAt),
      customer: c.customerName,
      unit: c.unitCode ?? '',
      content: c.content,
      department: departmentName(c.department),
      status: domainText(caseStatusLabel(c.kind, c.status)),
    });
  }
  return workbookBytes(wb);
}
