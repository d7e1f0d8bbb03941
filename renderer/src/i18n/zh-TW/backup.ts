// Generated from zh-CN/backup.ts by tests/tools/convertZhTw.mjs (OpenCC cn → twp), then reviewed.
// Fix wording through CORRECTIONS in that tool (a re-run rewrites this file).
import type { DeepStrings } from '../catalogTypes';
import type * as zhCN from '../zh-CN/backup';

export const backup: DeepStrings<typeof zhCN.backup> = {
  intro:
    '台帳是管理處的法定憑據。每天和退出時自動備份到下面的資料夾（建議隨身碟或共享盤），按天保留 {daily} 份、按月保留 {monthly} 份。',
  folder: '備份資料夾',
  noFolder: '尚未選擇',
  chooseFolder: '選擇資料夾',
  last: '上次備份',
  headerNote: '上次備份：{at}',
  never: '從未備份',
  lastValue: '{at}（{reason}）→ {place}',
  stale: '已超過 {days} 天沒有備份，請立即備份（系統設定 → 備份與恢復）。',
  staleShort: '超過 {days} 天未備份',
  encryption: '備份加密',
  encryptedOn: '已加密（AES-256）',
  encryptedOff: '未加密',
  setPassword: '設定密碼',
  clearPassword: '取消加密',
  passwordPlaceholder: '至少 10 位，遺失後無法開啟備份',
  passwordTooShort: '密碼至少 10 位',
  encryptedOffWarning:
    '未加密的備份不含操作員 PIN（防止被離線破解），恢復時需為主管重新設定 PIN。建議設定備份密碼。',
  desk: '本機代號',
  setupIntro:
    '設定備份密碼後，每份備份都會加密（AES-256），隨身碟丟失也無法被讀取；密碼至少 10 位，由本機系統安全儲存，遺失後無法開啟備份。可稍後在“系統設定 → 備份與恢復”中設定。',
  setupPassword: '備份密碼（可選）',
  setupPasswordConfirm: '再次輸入備份密碼',
  passwordSaved: '備份密碼已設定，以後的備份都會加密',
  passwordCleared: '已取消加密',
  backupNow: '立即備份',
  settingsManagerOnly: '備份資料夾、加密密碼、手動備份和恢復僅限經理操作；自動備份照常進行。',
  backingUp: '正在備份 {done}/{total} 條…',
  restoreChecking: '正在校驗 {done}/{total} 條…',
  restoreWriting: '正在寫入 {done}/{total} 條…',
  backedUp: '已備份到 {path}',
  reasons: {
    manual: '手動',
    daily: '每日自動',
    quit: '退出時',
    safety: '恢復前安全備份',
  },
  restoreTitle: '從備份恢復',
  restoreIntro:
    '恢復先把備份逐條核對後寫入一個新的資料庫，全部核對無誤後先為當前資料做安全備份，再切換並重新開啟軟體；中途任何問題都不會改動當前資料。只有客服經理可以恢復。',
  foreignTitle: '該檔案沒有本物業備份的認證標記',
  foreignWarning:
    '它可能來自其他電腦或其他物業，也可能被他人改動過。恢復後其中的收據、操作員等將成為本機的正式資料。只有在確知檔案來源時才繼續。',
  foreignConfirm: '我已瞭解風險，確認恢復此檔案',
  verifiedNote: '本物業備份（認證標記正確）',
  pinsOmittedTitle: '該備份未加密，不含操作員 PIN',
  pinsOmittedWhat:
    '請選擇恢復後登入的主管並設定新 PIN；其他操作員的 PIN 需由主管在“操作員”中重新設定。',
  newPinManager: '恢復後登入的主管',
  newPin: '新 PIN（4–8 位數字）',
  noManagerInFile: '備份中沒有在職的主管，無法恢復。',
  restoredReload: '恢復完成，共 {total} 條記錄。正在重新開啟軟體…',
  pickListed: '選擇備份資料夾裡的備份',
  pickOther: '從其他位置選擇檔案…',
  password: '備份密碼（加密的備份需要）',
  check: '檢查備份',
  preview: '備份內容',
  previewCreated: '備份時間',
  previewVersion: '軟體版本 / 資料版本',
  previewRange: '記錄日期範圍',
  previewTotal: '記錄總數',
  previewMigrate: '該備份來自舊版本，恢復時會自動升級資料格式。',
  mode: '恢復方式',
  modeReplace: '替換：用備份替換當前全部資料',
  modeMerge: '合併：保留當前資料，備份中的記錄覆蓋同一條記錄（操作員不會被新增或更改）',
  restore: '恢復',
  confirmTitle: '確認恢復？',
  confirmReplace:
    '恢復後軟體將使用備份中的資料。備份逐條核對無誤後，會先為當前資料做安全備份再切換；核對不通過則什麼都不變。',
  confirmMerge:
    '備份中的記錄將合併進當前資料（操作員不變）。逐條核對無誤後，會先為當前資料做安全備份再切換；核對不通過則什麼都不變。',
  restored: '恢復完成，共 {total} 條記錄',
  managerOnly: '只有客服經理可以恢復備份',
  tables: '資料表',
  count: '條數',
};
