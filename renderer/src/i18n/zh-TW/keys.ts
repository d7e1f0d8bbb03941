// Generated from zh-CN/keys.ts by tests/tools/convertZhTw.mjs (OpenCC cn → twp), then reviewed.
// Fix wording through CORRECTIONS in that tool (a re-run rewrites this file).
import type { DeepStrings } from '../catalogTypes';
import type * as zhCN from '../zh-CN/keys';

export const keys: DeepStrings<typeof zhCN.keys> = {
  page: {
    title: '鑰匙管理',
    newKey: '登記鑰匙',
    export: '匯出 Excel',
    exported: '已匯出 {count} 條借還記錄',
    boardTab: '鑰匙櫃',
    loansTab: '借還記錄',
    overdueTab: '逾期未還 ({count})',
    search: '編號、名稱或房號',
    openOnly: '只看未還',
  },
  kind: {
    public: '公共區域',
    unsold: '未售房屋',
    other: '其他',
  },
  state: {
    in: '在櫃',
    out: '借出',
    overdue: '逾期',
    returned: '已還',
  },
  col: {
    label: '編號',
    name: '名稱',
    kind: '類別',
    hook: '掛鉤',
    unit: '房號',
    count: '把數',
    state: '狀態',
    borrower: '借用人',
    reason: '事由',
    lentAt: '借出時間',
    dueAt: '應還時間',
    returnedAt: '歸還時間',
    actions: '操作',
  },
  action: {
    lend: '借出',
    giveBack: '歸還',
  },
  keyForm: {
    title: '登記鑰匙',
    label: '編號',
    name: '名稱',
    kind: '類別',
    hook: '掛鉤號',
    unit: '房號',
    count: '把數',
    note: '備註',
    saved: '已登記鑰匙 {label}',
  },
  lendForm: {
    title: '借出鑰匙 {label}',
    borrower: '借用人',
    borrowerPhone: '電話',
    reason: '事由',
    dueAt: '應還時間',
    saved: '鑰匙 {label} 已借出',
  },
  returned: '鑰匙 {label} 已歸還',
  excel: {
    fileName: '鑰匙借還記錄 {date}.xlsx',
    sheet: '鑰匙借還',
  },
};
