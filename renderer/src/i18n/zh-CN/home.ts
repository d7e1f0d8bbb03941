/** 首页: the desk's today board. */
export const home = {
  page: {
    title: '今日待办',
    summary: '逾期 {overdue} 项，今日到期 {today} 项',
    empty: '今日无待办',
    hint: '↑↓ 选择，Enter 打开',
    loading: '正在汇总各台账…',
  },
  kind: {
    renovationReview: '装修审批',
    depositRefund: '装修退款',
    complaintDeadline: '投诉处理期限',
    complaintRevisit: '投诉回访',
    repairRevisit: '维修回访',
    keyOverdue: '钥匙未还',
    mailUncollected: '信件久未领取',
    visitorOverstay: '访客超 24 小时未离开',
    handoverItem: '交接班未结事项',
    payPromise: '承诺缴费已过期',
  },
  detail: {
    review: '图纸审批',
    depositRefund: '退装修保证金',
    passRefund: '退出入证押金',
    feedback: '24 小时内反馈',
    fix: '处理完成',
    revisit: '回访',
    emergency: '紧急抢修回访',
    sample: '抽样回访',
  },
  state: {
    overdueDays: '逾期 {n} 天',
    overdueHours: '逾期 {n} 小时',
    today: '今日 {time} 到期',
  },
} as const;
