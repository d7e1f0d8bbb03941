// Generated from zh-CN/common.ts by tests/tools/convertZhTw.mjs (OpenCC cn → twp), then reviewed.
// Fix wording through CORRECTIONS in that tool (a re-run rewrites this file).
import type { DeepStrings } from '../catalogTypes';
import type * as zhCN from '../zh-CN/common';

export const common: DeepStrings<typeof zhCN.common> = {
  appName: '物業前台台帳',
  save: '儲存',
  saving: '正在儲存…',
  saved: '已儲存',
  cancel: '取消',
  confirm: '確定',
  delete: '刪除',
  edit: '編輯',
  add: '新增',
  search: '搜尋',
  reset: '重置',
  close: '關閉',
  back: '返回',
  next: '下一步',
  previous: '上一步',
  print: '列印',
  export: '匯出 Excel',
  import: '匯入',
  loading: '正在載入…',
  empty: '暫無資料',
  actions: '操作',
  yes: '是',
  no: '否',
  required: '必填',
  draftRestored: '已恢復上次未儲存的內容',
  discardDraft: '放棄草稿',
  deleteConfirm: '確定刪除這條記錄嗎？刪除會記入審計日誌。',
  deleteReason: '刪除原因',
  notAllowed: '當前角色無此權限',
  unexpectedError: '操作失敗：{message}',
  colon: '：',
  inParens: '（{text}）',
};
