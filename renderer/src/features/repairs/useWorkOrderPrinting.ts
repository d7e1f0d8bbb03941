import { useCallback } from 'react';
import { useRepos } from '../../app/ReposContext';
import { useSession } from '../../app/SessionContext';
import { nowIso } from '../../db/ids';
import type { WorkOrderRecord } from '../../db/records';
import { buildChargeNotice } from './print/chargeNoticeTemplate';
import { useProfilePreview } from '../../print/PrintPreview';
import { buildWorkOrder } from './print/workOrderTemplate';

/** The number as a QR code (PNG data URL); the library loads only when a work order prints. */
async function qrOf(text: string): Promise<string | undefined> {
  try {
    const QRCode = await import('qrcode');
    return await QRCode.toDataURL(text, { margin: 0, width: 160 });
  } catch {
    // A work order without its QR code still does its job at the desk.
    return undefined;
  }
}

/** Printing the work order (派工单) and the charge notice (缴费通知单); each print is audited. */
export function useWorkOrderPrinting() {
  const repos = useRepos();
  const { actor } = useSession();
  const { profile, preview, modal } = useProfilePreview();

  const printWorkOrder = useCallback(
    async (order: WorkOrderRecord) => {
      const qrDataUrl = await qrOf(order.no);
      const built = buildWorkOrder(order, profile, {
        ...(qrDataUrl ? { qrDataUrl } : {}),
        ...(order.printCount > 0 ? { reprintAt: nowIso() } : {}),
      });
      preview(built, () => repos.workOrders.markPrinted(actor, order.id));
    },
    [actor, preview, profile, repos],
  );

  const printChargeNotice = useCallback(
    (order: WorkOrderRecord) => {
      const built = buildChargeNotice(order, profile, nowIso());
      preview(built, () => repos.workOrders.markPrinted(actor, order.id));
    },
    [actor, preview, profile, repos],
  );

  return { printWorkOrder, printChargeNotice, printModal: modal };
}
