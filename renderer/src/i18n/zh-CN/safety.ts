export const safety = {
  unconfirmedTitle: '上次未确认的收据：程序在开出收据后、显示编号前关闭了',
  unconfirmedHint: '这些收据已经入账（没有丢失，也不会重复开出）。请核对并打印交给缴款人。',
  unconfirmedRow: '{no} · {payer} · {amount} 元 · {at}',
  open: '查看',
  print: '打印',
  acknowledge: '已核对',
};
