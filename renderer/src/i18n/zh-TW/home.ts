// Generated from zh-CN/home.ts by tests/tools/convertZhTw.mjs (OpenCC cn → twp), then reviewed.
// Fix wording through CORRECTIONS in that tool (a re-run rewrites this file).
import type { DeepStrings } from '../catalogTypes';
import type * as zhCN from '../zh-CN/home';

export const home: DeepStrings<typeof zhCN.home> = {
  page: {
    title: '今日待辦',
    summary: '逾期 {overdue} 項，今日到期 {today} 項',
    empty: '今日無待辦',
    hint: '↑↓ 選擇，Enter 開啟',
    loading: '正在彙總各台帳…',
  },
  kind: {
    renovationReview: '裝修審批',
    depositRefund: '裝修退款',
    complaintDeadline: '投訴處理期限',
    complaintRevisit: '投訴回訪',
    repairRevisit: '維修回訪',
    keyOverdue: '鑰匙未還',
    mailUncollected: '信件久未領取',
    visitorOverstay: '訪客超 24 小時未離開',
    handoverItem: '交接班未結事項',
  },
  detail: {
    review: '圖紙審批',
    depositRefund: '退裝修保證金',
    passRefund: '退出入證押金',
    feedback: '24 小時內反饋',
    fix: '處理完成',
    revisit: '回訪',
    emergency: '緊急搶修回訪',
    sample: '抽樣回訪',
  },
  state: {
    overdueDays: '逾期 {n} 天',
    overdueHours: '逾期 {n} 小時',
    today: '今日 {time} 到期',
  },
};
