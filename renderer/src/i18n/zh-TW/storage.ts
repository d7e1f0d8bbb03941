// Generated from zh-CN/storage.ts by tests/tools/convertZhTw.mjs (OpenCC cn → twp), then reviewed.
// Fix wording through CORRECTIONS in that tool (a re-run rewrites this file).
import type { DeepStrings } from '../catalogTypes';
import type * as zhCN from '../zh-CN/storage';

export const storage: DeepStrings<typeof zhCN.storage> = {
  opening: '正在開啟資料庫…',
  blockedWaiting: '正在等待其他視窗…',
  detail: '技術資訊：{message}',
  neverDeleted: '台帳資料沒有被刪除或重置。',
  faults: {
    quota: {
      title: '磁碟空間已滿，無法儲存',
      what: '請清理這台電腦的磁碟（刪除不用的大檔案、清空資源回收筒），然後重新開啟本軟體。已儲存的台帳不受影響。',
    },
    blocked: {
      title: '資料庫正被另一個視窗使用',
      what: '本軟體需要升級資料庫，但另一個台帳視窗（或瀏覽器標籤頁）還開著。請關閉其他台帳視窗，本視窗會自動繼續。',
    },
    versionchange: {
      title: '另一個視窗已升級了資料庫',
      what: '請關閉本視窗後重新開啟本軟體，以免舊視窗寫入資料。',
    },
    newer: {
      title: '本機資料來自更新版本的軟體',
      what: '請安裝最新版本的台帳軟體後再開啟。不要刪除資料夾。',
    },
    unavailable: {
      title: '無法開啟本機資料庫',
      what: '請關閉本軟體並重啟電腦後再試；若仍不行，請聯絡管理員，並先不要刪除任何資料夾。',
    },
  },
};
