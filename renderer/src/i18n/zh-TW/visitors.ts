// Generated from zh-CN/visitors.ts by tests/tools/convertZhTw.mjs (OpenCC cn → twp), then reviewed.
// Fix wording through CORRECTIONS in that tool (a re-run rewrites this file).
import type { DeepStrings } from '../catalogTypes';
import type * as zhCN from '../zh-CN/visitors';

export const visitors: DeepStrings<typeof zhCN.visitors> = {
  page: {
    title: '來訪登記',
    formTitle: '訪客登記',
    insideTitle: '仍在訪 {count} 人',
    historyTitle: '來訪記錄',
    search: '姓名、房號、電話或證件後四位',
    date: '日期',
    export: '匯出 Excel',
    exported: '已匯出 {count} 條',
    fileName: '來訪登記-{date}.xlsx',
  },
  form: {
    quick: '老訪客',
    quickPlaceholder: '輸入姓名或證件後四位，選中後自動填入',
    name: '訪客姓名',
    idType: '證件類型',
    idNumber: '證件號碼',
    phone: '電話',
    unit: '被訪房號',
    host: '被訪人',
    reason: '來訪事由',
    people: '人數',
    checkIn: '登記進入',
    refuse: '拒絕進入',
    refuseReason: '拒絕原因',
    refuseReasonPlaceholder: '如：證件與本人不符',
    checkedIn: '{name} 已登記進入',
    refused: '已記錄拒絕進入：{name}',
  },
  col: {
    name: '姓名',
    id: '證件',
    phone: '電話',
    unit: '被訪房號',
    host: '被訪人',
    reason: '事由',
    people: '人數',
    inAt: '進入',
    outAt: '離開',
    minutes: '時長',
    status: '狀態',
  },
  status: {
    inside: '在訪',
    left: '已離開',
    refused: '拒絕進入',
  },
  minutes: '{minutes} 分鐘',
  checkOut: '離開',
  checkedOut: '{name} 已離開',
  overstay: {
    filter: '超過{hours}小時未離開',
    alert: '{count} 位訪客超過{hours}小時未離開',
    hint: '請核實：訪客可能離開時未登記，或在小區留宿。核實後點“離開”登記。',
  },
};
