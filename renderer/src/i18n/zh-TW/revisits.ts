// Generated from zh-CN/revisits.ts by tests/tools/convertZhTw.mjs (OpenCC cn → twp), then reviewed.
// Fix wording through CORRECTIONS in that tool (a re-run rewrites this file).
import type { DeepStrings } from '../catalogTypes';
import type * as zhCN from '../zh-CN/revisits';

export const revisits: DeepStrings<typeof zhCN.revisits> = {
  page: {
    title: '回訪管理',
    events: '活動及急救回訪',
    reviews: '回訪記錄檢查',
  },
  kind: {
    communityEvent: '社區活動',
    emergencyAid: '急救援助',
  },
  satisfaction: {
    satisfied: '滿意',
    fair: '基本滿意',
    unsatisfied: '不滿意',
  },
  status: {
    open: '待回訪',
    done: '已完成',
  },
  events: {
    new: '登記活動/急救 (Alt+N)',
    col: {
      kind: '類型',
      title: '名稱/事由',
      heldAt: '時間',
      people: '人數',
      progress: '回訪進度',
      due: '回訪期限',
      status: '狀態',
    },
    progress: '{done}/{total}',
    empty: '還沒有登記活動或急救',
  },
  form: {
    title: '登記社區活動或急救援助',
    kind: '類型',
    name: '名稱/事由',
    heldAt: '時間',
    place: '地點',
    people: '參加人/被救助人',
    peopleHelp:
      '每行一人：房號 姓名 電話（房號、電話可不填）。社區活動按 30% 抽取回訪對象，急救援助只填被救助人。',
    saved: '已登記，需回訪 {count} 人',
  },
  drawer: {
    title: '{kind} · {title}',
    due: '回訪期限 {at}',
    sample: '回訪名單',
    others: '未抽中',
    revisit: '回訪',
    revisited: '{satisfaction}（{at} {by}）{comment}',
  },
  revisitForm: {
    title: '回訪 {name}',
    satisfaction: '滿意程度',
    comment: '客戶意見（不滿意時必填，並立即轉相關部門）',
    done: '已登記回訪',
  },
  reviews: {
    pending: '待檢查',
    none: '沒有待檢查的週或月',
    signed: '已簽字的檢查',
    weekly: '客服主管週檢查',
    monthly: '項目經理月抽查',
    week: '{from} 至 {to}',
    sign: '檢查簽字',
    col: {
      kind: '檢查',
      period: '期間',
      reviewer: '檢查人',
      signedAt: '簽字時間',
      counts: '回訪記錄 / 不滿意',
      findings: '檢查意見',
      followUps: '跟進事項',
    },
    done: '完成',
    followUpDone: '{text}（{by} 完成）',
  },
  sign: {
    title: '{kind} · {period}',
    counts: '本期回訪記錄 {checked} 條，其中不滿意 {dissatisfied} 條',
    findings: '檢查意見',
    followUps: '跟進事項（每行一項，可不填）',
    pin: '檢查人 PIN 碼',
    pinHelp: '請 {name} 輸入自己的 PIN 碼確認簽字',
    done: '已簽字',
  },
};
