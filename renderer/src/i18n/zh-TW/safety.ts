// Generated from zh-CN/safety.ts by tests/tools/convertZhTw.mjs (OpenCC cn → twp), then reviewed.
// Fix wording through CORRECTIONS in that tool (a re-run rewrites this file).
import type { DeepStrings } from '../catalogTypes';
import type * as zhCN from '../zh-CN/safety';

export const safety: DeepStrings<typeof zhCN.safety> = {
  unconfirmedTitle: '上次未確認的收據：程式在開出收據後、顯示編號前關閉了',
  unconfirmedHint: '這些收據已經入帳（沒有丟失，也不會重複開出）。請核對並列印交給繳款人。',
  unconfirmedRow: '{no} · {payer} · {amount} 元 · {at}',
  unconfirmedRefund: '退款憑證',
  belongsTo: '屬於：{what}',
  moneyDesk: '收費台帳',
  source: {
    renovation: '裝修',
    workOrder: '報修',
    paidService: '有償服務',
    moveIn: '入住/遷出',
    venueBooking: '公共場地使用',
    other: '其他',
  },
  open: '檢視',
  openSource: '開啟{what}',
  print: '列印',
  acknowledge: '已核對',
};
