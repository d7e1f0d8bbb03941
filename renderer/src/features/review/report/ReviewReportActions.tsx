import { useLiveQuery } from 'dexie-react-hooks';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { DEFAULT_PRINTING } from '@shared/domain/deskSettings';
import { branchSummaryText, buildBranchSummary } from '@shared/domain/review/branchSummary';
import type { MonthlyReview } from '@shared/domain/review/figures';
import { useRepos } from '../../../app/ReposContext';
import { useSession } from '../../../app/SessionContext';
import { nowIso } from '../../../db/ids';
import { getHost } from '../../../host/hostApi';
import { t } from '../../../i18n';
import { buildMonthlyReport } from '../print/monthlyReportTemplate';
import { printDocument } from '../../../print/printDocument';
import { usePrintPreview } from '../../../print/PrintPreview';
import { useSetting } from '../../settings/useSettings';
import { EXCEL_FILTERS } from '../../../components/exportSheet';
import { buildReviewWorkbook } from './reviewWorkbook';
import { useReviewLabels } from './useReviewLabels';
import { messageOf } from '../../../i18n/domainText';
import type { ReviewExtras } from './useReviewExtras';

const JSON_FILTERS = [{ name: 'JSON', extensions: ['json'] }];

/** The audit's table name for monthly-report prints and exports; the record is the month. */
const AUDIT_TABLE = 'review';

type Busy = 'pdf' | 'excel' | 'summary' | null;

/**
 * The monthly report's buttons: 打印月报 (preview, then paper or PDF), 导出PDF (straight to a
 * save dialog), 导出Excel (one sheet per section) and 导出分公司汇总 (the JSON file the branch
 * imports). Each finished print or export is audited.
 */
export function ReviewReportActions(props: { review: MonthlyReview; extras: ReviewExtras }) {
  const { review, extras } = props;
  const repos = useRepos();
  const { actor } = useSession();
  const { message } = App.useApp();
  const printing = useSetting('printing') ?? DEFAULT_PRINTING;
  const label = useReviewLabels();
  const { preview, modal } = usePrintPreview();
  const [busy, setBusy] = useState<Busy>(null);
  const month = review.current.month;
  const vars = { estate: review.estateName, month };

  const analysis = useLiveQuery(() => repos.complaintAnalysis.get(month), [repos, month]);
  const entries = analysis?.entries ?? [];
  const report = () =>
    buildMonthlyReport(review, {
      label,
      printedAt: nowIso(),
      analysis: entries,
      extraSections: extras.sections,
    });
  const audit = (action: 'print' | 'export', summary: string) => () =>
    repos.audit.note(actor, action, AUDIT_TABLE, month, summary);

  const run = async (what: Exclude<Busy, null>, task: () => Promise<string | undefined>) => {
    setBusy(what);
    try {
      const file = await task();
      if (file) void message.success(t('reviewReport.actions.exported', { file }));
    } catch (err) {
      void message.error(
        t('reviewReport.actions.failed', {
          message: messageOf(err),
        }),
      );
    } finally {
      setBusy(null);
    }
  };

  const exportPdf = () =>
    run('pdf', async () => {
      const doc = report();
      const outcome = await printDocument(doc, 'pdf', {
        host: getHost(),
        printing,
        audit: audit('export', `${doc.title}.pdf`),
      });
      if (!outcome.done && outcome.error) throw new Error(outcome.error);
      return outcome.done ? (outcome.path ?? doc.title) : undefined;
    });

  const saveFile = async (
    name: string,
    filters: typeof JSON_FILTERS,
    data: Uint8Array<ArrayBuffer>,
  ): Promise<string | undefined> => {
    const saved = await getHost().saveFile({ suggestedName: name, filters, data });
    if (!saved.saved) return undefined;
    await audit('export', name)();
    return name;
  };

  const exportExcel = () =>
    run('excel', async () =>
      saveFile(
        t('reviewReport.actions.excelName', vars),
        EXCEL_FILTERS,
        await buildReviewWorkbook(review, label, extras.sheets),
      ),
    );

  const exportSummary = () =>
    run('summary', async () => {
      const info = await getHost().appInfo();
      const summary = buildBranchSummary(review, {
        exportedAt: nowIso(),
        appVersion: info.version,
        analysis: entries,
      });
      const text = new TextEncoder().encode(branchSummaryText(summary));
      const data = new Uint8Array(new ArrayBuffer(text.byteLength));
      data.set(text);
      return saveFile(t('reviewReport.actions.summaryName', vars), JSON_FILTERS, data);
    });

  // The busy key of each export is also its button's test id and label.
  const exports = [
    ['pdf', exportPdf],
    ['excel', exportExcel],
    ['summary', exportSummary],
  ] as const;

  return (
    <Space wrap data-testid="review-report-actions">
      <Button
        type="primary"
        onClick={() => {
          const doc = report();
          preview(doc, audit('print', doc.title));
        }}
        data-testid="review-print"
      >
        {t('reviewReport.actions.print')}
      </Button>
      {exports.map(([key, run]) => (
        <Button
          key={key}
          onClick={() => void run()}
          loading={busy === key}
          disabled={busy !== null}
          data-testid={`review-${key}`}
        >
          {t(`reviewReport.actions.${key}`)}
        </Button>
      ))}
      {modal}
    </Space>
  );
}
