import type { DeepStrings } from '../catalogTypes';
import type * as zhCN from '../zh-CN/safety';

export const safety: DeepStrings<typeof zhCN.safety> = {
  unconfirmedTitle:
    'Receipts not confirmed last time: the app closed after issuing them, before showing the number',
  unconfirmedHint:
    'These receipts are in the ledger (not lost, and never issued twice). Check them, print them and hand them to the payer.',
  unconfirmedRow: '{no} · {payer} · ¥{amount} · {at}',
  unconfirmedRefund: 'Refund voucher',
  belongsTo: 'For: {what}',
  moneyDesk: 'Receipts ledger',
  source: {
    renovation: 'Renovation',
    workOrder: 'Repair',
    paidService: 'Paid service',
    moveIn: 'Move-in/out',
    venueBooking: 'Public-space booking',
    other: 'Other',
  },
  open: 'View',
  openSource: 'Open {what}',
  print: 'Print',
  acknowledge: 'Checked',
};
