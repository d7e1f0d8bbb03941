// Generated from zh-CN/sync.ts by tests/tools/convertZhTw.mjs (OpenCC cn → twp), then reviewed.
// Fix wording through CORRECTIONS in that tool (a re-run rewrites this file).
import type { DeepStrings } from '../catalogTypes';
import type * as zhCN from '../zh-CN/sync';

export const sync: DeepStrings<typeof zhCN.sync> = {
  tab: '多台電腦同步',
  intro:
    '同一小區的幾台電腦通過 CouchDB 伺服器共享台帳：每台電腦離線照常工作，連上後自動同步。伺服器由維護人員用 npm run couch:setup 建好，並給每台電腦一個前台代碼和密碼。',
  serverUrl: '伺服器地址',
  serverUrlExtra: '如 https://couch.example.cn:6984；留空則本機單獨使用',
  estate: '小區資料庫名',
  deskName: '本機名稱',
  deskCode: '前台代碼',
  deskCodeExtra:
    '第一台電腦用 A（原有編號不變）；其他電腦用 B、C…，單據編號帶上代碼，如 SJ2026-B-000123',
  warnDays: '超過幾天未同步時提醒',
  role: '本機是',
  roles: {
    desk: '小區前台',
    branch: '分公司',
  },
  branchEstates: '彙總的小區資料庫',
  branchEstatesExtra:
    '分公司只讀各小區發布的月度彙總，不讀也不改小區的台帳；多個小區用空格或逗號分開，如 estate-lh estate-xy',
  username: '同步帳號',
  password: '同步密碼',
  passwordExtra: '由電腦系統加密儲存（瀏覽器版只儲存在本次開啟的頁面中）；不改密碼請留空',
  passwordKept: '已儲存密碼',
  save: '儲存並同步',
  syncNow: '立即同步',
  saved: '已儲存同步設定',
  credentialsRefused: '密碼未儲存：{message}',
  progress: {
    running: '正在接收伺服器上的記錄：{received} / {total}',
    cut: '同步中斷：已收到 {received} / {total}，連上伺服器後會從這裡繼續',
  },
  pairing: {
    joinTitle: '用配對碼加入',
    joinIntro:
      '新電腦：輸入經理在已加入的電腦上生成的配對碼，自動填好伺服器、小區和前台代碼，並為本機設定自己的密碼。',
    code: '配對碼',
    join: '加入',
    joined: '已加入 {estate}，正在同步',
    makeTitle: '為新電腦生成配對碼',
    makeIntro:
      '經理操作：輸入新電腦的前台代碼和伺服器管理員密碼（只用這一次，不儲存），生成一個 30 分鐘內有效、只能用一次的配對碼。',
    newDeskCode: '新電腦的前台代碼',
    adminUser: '伺服器管理員帳號',
    adminPassword: '伺服器管理員密碼',
    adminPasswordExtra: '不儲存；同一前台代碼再次生成會讓舊配對碼失效',
    make: '生成配對碼',
    shown: '前台 {desk} 的配對碼（{until} 前有效，用過即失效）。請當作密碼對待，不要拍照或外傳：',
  },
  header: {
    synced: '已同步',
    pending: '待同步 {count} 條',
    offline: '離線自 {since}',
    stale: '已 {days} 天未同步',
    noCredentials: '同步未設密碼',
  },
  status: {
    title: '同步狀態',
    lastSyncedAt: '上次同步：{at}',
    never: '尚未同步',
    lastError: '上次出錯：{message}',
    refused: '伺服器拒絕了以下更改（本機已恢復為伺服器上的內容）：',
    done: '同步完成：上傳 {pushed} 條，收到 {applied} 條',
    noCredentials: '請先輸入本機的同步帳號和密碼',
    off: '本機未加入同步',
  },
  conflicts: {
    title: '同步衝突',
    intro:
      '兩台電腦改了同一記錄的同一項：系統按較晚的修改保留了一個值，另一個值列在這裡。請主管確認或換用另一個值。',
    empty: '沒有待處理的衝突',
    table: '記錄',
    field: '項目',
    kept: '現在的值',
    other: '另一台電腦的值',
    confirm: '確認',
    swap: '換用另一個值',
    unique: '編號重複（另一台電腦的記錄未寫入本機）',
  },
};
