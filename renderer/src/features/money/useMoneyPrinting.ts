import { useCallback } from 'react';
import { DEFAULT_PRINTING } from '@shared/domain/deskSettings';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import type { ReceiptRecord } from '../../db/records';
import { nowIso } from '../../db/ids';
import { usePrintPreview } from '../../print/PrintPreview';
import type { PrintProfile } from '../../print/printTypes';
import { buildReceipt } from './print/receiptTemplate';
import { buildRefundVoucher } from './print/refundTemplate';
import { usePropertyProfile, useSetting } from '../settings/useSettings';

const NO_PROFILE: PrintProfile = { name: '' };

/**
 * Printing a receipt or refund voucher: the paper from settings, the property profile, 补打
 * with the time when it was printed before; each print is recorded (audit 'print').
 */
export function useMoneyPrinting() {
  const repos = useRepos();
  const { actor } = useSession();
  const printing = useSetting('printing') ?? DEFAULT_PRINTING;
  const profile = usePropertyProfile() ?? NO_PROFILE;
  const { preview, modal } = usePrintPreview();

  const printMoneyDoc = useCallback(
    async (doc: ReceiptRecord) => {
      const opts = {
        paper: printing.receiptPaper,
        ...(doc.printCount > 0 ? { reprintAt: nowIso() } : {}),
      };
      const original =
        doc.kind === 'refund' && doc.refundOf ? await repos.receipts.get(doc.refundOf) : undefined;
      const built =
        doc.kind === 'receipt'
          ? buildReceipt(doc, profile, opts)
          : buildRefundVoucher(doc, profile, { ...opts, ...(original ? { original } : {}) });
      preview(built, () => repos.receipts.markPrinted(actor, doc.id));
    },
    [actor, preview, printing.receiptPaper, profile, repos],
  );

  return { printMoneyDoc, printModal: modal };
}
