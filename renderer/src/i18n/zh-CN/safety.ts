export const safety = {
  unconfirmedTitle: '上次未确认的收据：程序在开出收据后、显示编号前关闭了',
  unconfirmedHint: '这些收据已经入账（没有丢失，也不会重复开出）。请核对并打印交给缴款人。',
  unconfirmedRow: '{no} · {payer} · {amount} 元 · {at}',
  unconfirmedRefund: '退款凭证',
  belongsTo: '属于：{what}',
  moneyDesk: '收费台账',
  source: {
    renovation: '装修',
    workOrder: '报修',
    paidService: '有偿服务',
    moveIn: '入住/迁出',
    other: '其他',
  },
  open: '查看',
  openSource: '打开{what}',
  print: '打印',
  acknowledge: '已核对',
};
