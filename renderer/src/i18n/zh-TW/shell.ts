// Generated from zh-CN/shell.ts by tests/tools/convertZhTw.mjs (OpenCC cn → twp), then reviewed.
// Fix wording through CORRECTIONS in that tool (a re-run rewrites this file).
import type { DeepStrings } from '../catalogTypes';
import type * as zhCN from '../zh-CN/shell';

export const shell: DeepStrings<typeof zhCN.shell> = {
  today: '今天 {date}',
  todayFormat: 'M月D日 dddd',
  signedInAs: '當前操作員：{name}（{role}）',
  operatorShort: '{name}（{role}）',
  signOut: '退出登入',
  lock: '鎖屏',
  globalSearch: '搜尋房號、姓名、電話、單號（Ctrl+K）',
  searchNoResult: '沒有找到匹配的記錄',
  storagePersisted: '本機儲存已設為持久儲存',
  storageNotPersisted:
    '瀏覽器未允許持久儲存：磁碟空間緊張時資料可能被清除。請定期備份，並在設定中檢查儲存狀態。',
  comingIn: '此功能將在第 {issue} 號任務中完成：{what}',
  shortcuts: '快捷鍵',
  shortcutList: 'Ctrl+K 搜尋 · Alt+N 新增 · Ctrl+S 儲存 · Esc 關閉彈窗 · Alt+1…9 切換模組',
};

export const nav: DeepStrings<typeof zhCN.nav> = {
  home: '首頁',
  archive: '業戶檔案',
  renovation: '裝修管理',
  complaints: '投訴建議',
  enquiries: '諮詢來電',
  repairs: '報修派工',
  services: '有償服務',
  money: '收費收據',
  fees: '物業收費',
  cashup: '交班對帳',
  mail: '信件報刊',
  movein: '入住交房',
  release: '放行條',
  keys: '鑰匙管理',
  visitors: '來訪登記',
  handover: '交接班',
  patrols: '巡查檢查',
  venues: '公共場地',
  surveys: '滿意度調查',
  revisits: '回訪管理',
  review: '月度統計',
  branches: '分公司對比',
  settings: '系統設定',
  operators: '操作員',
  audit: '審計日誌',
  groupDesk: '前台業務',
  groupRegisters: '台帳登記',
  groupAdmin: '管理',
  ariaLabel: '主導航',
};
