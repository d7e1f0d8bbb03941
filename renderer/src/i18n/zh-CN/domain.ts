/**
 * Words of shared/domain that reach the screen. The domain speaks Chinese (its labels, its zod
 * and rule messages); the renderer shows them through `domainText()` (i18n/domainText.ts), which
 * finds the text here and returns this key in the language in effect. Labels are the domain's own
 * maps, spread in (one source); messages are copied from the domain with `{name}` where the domain
 * puts a value — tests/renderer/i18n/domainText.test.ts checks each still occurs in shared/domain.
 * A domain text not listed here shows in Chinese.
 */
import { FEE_CATEGORIES, FEE_PAYERS, FEE_UNITS } from '@shared/domain/fees';
import { KEY_KINDS } from '@shared/domain/keys';
import { HANDED_ITEMS, MOVE_IN_AGREEMENTS, MOVE_IN_DOCUMENTS } from '@shared/domain/movein';
import { ROLE_LABELS } from '@shared/domain/record';
import { RELEASE_STATUS_LABELS } from '@shared/domain/releasePass';
import { CHECKLIST_LABELS, REVIEW_POINT_LABELS } from '@shared/domain/renovationApplication';
import { RENOVATION_DUE_LABELS } from '@shared/domain/renovationDue';
import { RENOVATION_STATE_LABELS } from '@shared/domain/renovationFlow';
import { GRADES, ID_TYPES, PERSON_KINDS, UNIT_STATUSES } from '@shared/domain/units';

export const domain = {
  labels: {
    personKinds: PERSON_KINDS,
    unitStatuses: UNIT_STATUSES,
    idTypes: ID_TYPES,
    grades: GRADES,
    keyKinds: KEY_KINDS,
    checklist: CHECKLIST_LABELS,
    reviewPoints: REVIEW_POINT_LABELS,
    renovationStates: RENOVATION_STATE_LABELS,
    renovationDues: RENOVATION_DUE_LABELS,
    moveInDocuments: MOVE_IN_DOCUMENTS,
    moveInAgreements: MOVE_IN_AGREEMENTS,
    handedItems: HANDED_ITEMS,
    feePayers: FEE_PAYERS,
    feeUnits: FEE_UNITS,
    feeCategories: FEE_CATEGORIES,
    roles: ROLE_LABELS,
    releaseStatuses: RELEASE_STATUS_LABELS,
    caseStatuses: {
      open: '待处理',
      dispatched: '已派单',
      closed: '已处理待回访',
      revisited: '已回访',
      replied: '已答复',
    },
  },
  phrases: {
    complaintOpening:
      '非常抱歉给您带来不便，我是首问负责人，会跟进到底，24 小时内给您回复处理进展。',
    suggestionOpening: '非常感谢您的宝贵建议！我们会认真研究，无论是否采纳都会给您答复。',
  },
  messages: {
    money: {
      required: '请输入金额',
      notNumber: '请输入数字金额，如 1000 或 1,000.50',
      twoDecimals: '金额最多两位小数（到分）',
      positive: '金额必须大于 0',
      negative: '金额不能为负数',
      oneDot: '金额只能有一个小数点',
      separators: '千位分隔符位置不正确',
      max: '金额不能超过 {max} 元',
    },
    receipt: {
      payer: '请填写缴款人',
      payerLong: '缴款人最多 {max} 个字',
      method: '请选择收款方式',
      noLines: '收据至少要有一个收费项目',
      overrideReason: '请填写低于标准价的原因',
      overrideReasonLong: '原因最多 {max} 个字',
      voidReason: '请填写作废原因',
      totalTooHigh: '合计金额超过单张收据上限（{max} 元）',
    },
    complaint: {
      kind: '请选择投诉或建议',
      channel: '请选择来电、来访或其他',
      customer: '请输入客户姓名',
      content: '请输入投诉或建议内容',
      time: '请选择时间',
      category: '请选择投诉类别',
      severity: '请选择重大或一般',
      valid: '请确认是否有效投诉',
      department: '请选择责任部门',
      action: '请输入处理方法',
      feedback: '请输入反馈内容',
      agreed: '请注明客户同意的情况',
      result: '请输入处理结果',
      method: '请选择电话或上门',
      satisfaction: '请选择满意度',
      unsatisfied: '客户不满意时请填写原因',
      signedName: '请填写签字客户姓名',
      adopted: '请选择是否采纳',
      reply: '请输入答复内容',
      unitLong: '房号最多 30 个字',
      textLong: '最多 {max} 个字',
    },
    repair: {
      contact: '请填写联系人',
      phone: '请填写联系电话',
      problem: '请填写报修内容',
      place: '请选择户内或公共区域',
      urgency: '请选择紧急程度',
      department: '请选择派往部门',
      service: '请选择服务项目',
      unitIndoor: '户内维修请填写房号',
      appointment: '预约时间格式为 2026-11-23 14:00',
      workDone: '请填写处理结果',
      worker: '请填写维修人员',
      chargePaid: '有偿工作单请填写收费金额',
      unsatisfied: '不满意请填写原因',
    },
    mail: {
      unit: '请填写收件房号',
      kind: '请选择类别',
      carrier: '请填写投递单位',
      collector: '请填写领取人',
      atLeastOne: '至少 1 件',
      atMost: '最多 999 件',
      wholeCount: '件数须为整数',
      addresseeLong: '收件人最多 30 个字',
      carrierLong: '投递单位最多 30 个字',
      trackingLong: '单号最多 40 个字',
      oneItem: '至少登记一件',
      choose: '请选择要领取的信件',
    },
    visitor: {
      name: '请填写访客姓名',
      idType: '请选择证件类型',
      idNumber: '请填写证件号码',
      unit: '请填写被访房号',
      reason: '请填写来访事由',
      atLeastOne: '至少 1 人',
      atMost: '最多 50 人',
      wholeCount: '人数须为整数',
      nameLong: '姓名最多 30 个字',
      hostLong: '被访人最多 30 个字',
      reasonLong: '事由最多 100 个字',
    },
    key: {
      borrower: '请填写借用人',
      reason: '请填写借用事由',
      returnAfter: '归还时间必须晚于借出时间',
    },
    release: {
      unit: '请填写房号或单位',
      carrier: '请填写携物人',
      outAt: '请填写出门时间',
      approvedBy: '请填写业主/单位签章人',
      item: '请填写物品名称',
      quantity: '请填写数量',
      quantityWhole: '数量应为整数',
      quantityMin: '数量至少为 1',
      oneItem: '至少填写一件物品',
    },
    person: {
      name: '请输入姓名',
      kind: '请选择身份',
      building: '请输入楼栋',
      room: '请输入房号',
      nameLong: '姓名最多 50 个字',
      contactPerson: '单位请填写联系人',
      phoneRequired: '{kind}至少需要一个联系电话',
      moveInDate: '入住日期格式应为 YYYY-MM-DD',
      phones: '最多登记 5 个电话',
      plates: '最多登记 10 个车牌',
    },
    identity: {
      idNumber: '请输入身份证号',
      idLength: '身份证号应为 18 位（末位可为 X）',
      idCheck: '身份证号校验位不正确',
      idRegion: '身份证号地区码无效',
      idBirth: '身份证号出生日期无效',
      idOld: '15 位旧身份证已停用，请登记 18 位身份证号',
      phone: '请输入电话号码',
      phoneFormat: '电话号码格式不正确（手机 11 位，座机如 0755-12345678）',
      mobile: '手机号应为 1 开头的 11 位数字',
      landline: '固定电话格式不正确，如 0755-12345678',
      plate: '车牌号格式不正确，如 粤B12345 或 粤B·D12345',
    },
    handover: {
      taker: '请选择接班人',
      notSelf: '接班人不能是交班人本人',
    },
  },
} as const;
