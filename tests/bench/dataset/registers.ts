import { personSearchTerms } from '@shared/domain/searchTerms';
import { registerTerms } from '@shared/domain/repairs';
import { addDaysToDate } from '@shared/domain/officeTime';
import type {
  CaseRecord,
  MailItemRecord,
  VisitRecord,
  WorkOrderRecord,
} from '../../../renderer/src/db/records';
import { BENCH_CLERK } from './archive';
import type { ReceiptPayer } from './money';
import type { Numberer } from './numbers';
import {
  idNumber,
  iso,
  mobile,
  officeMonth,
  personName,
  spreadInstants,
  type Random,
} from './random';

export interface Window {
  fromMs: number;
  toMs: number;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
// Records younger than this are still being handled: open at the desk, as on a real day.
const RECENT_MS = 10 * DAY;

/** The bookkeeping fields of a generated record made at `ms` by the bench clerk. */
export function bookkeeping(r: Random, ms: number) {
  const at = iso(ms);
  return {
    id: r.id(),
    createdAt: at,
    updatedAt: at,
    createdBy: BENCH_CLERK.id,
    updatedBy: BENCH_CLERK.id,
  };
}

const COMPLAINTS = [
  '楼道灯不亮',
  '电梯经常停运',
  '邻居装修噪音',
  '垃圾清运不及时',
  '地下车库漏水',
  '保安态度差',
];
const SUGGESTIONS = ['增加快递柜', '小区增设儿童游乐设施', '延长门禁卡办理时间', '绿化带增加座椅'];

/** Complaints (70 %) and suggestions; nearly all closed or revisited except the last days'. */
export function generateCases(
  r: Random,
  count: number,
  w: Window,
  payer: () => ReceiptPayer,
  numbers: Numberer,
): CaseRecord[] {
  return spreadInstants(r, count, w.fromMs, w.toMs).map((ms) => {
    const { unit, person } = payer();
    const kind = r.chance(0.7) ? ('complaint' as const) : ('suggestion' as const);
    const no = numbers.next(kind, ms);
    const recent = w.toMs - ms < RECENT_MS;
    const status = recent
      ? r.pick(['open', 'dispatched'] as const)
      : r.weighted([
          ['revisited', 80],
          ['closed', 19],
          ['dispatched', 1],
        ] as const);
    const phone = person.phones[0];
    const done = status === 'closed' || status === 'revisited';
    const department = r.pick(['engineering', 'security', 'cleaning', 'customerService']);
    return {
      ...bookkeeping(r, ms),
      no,
      kind,
      status,
      channel: r.weighted([
        ['phone', 5],
        ['visit', 4],
        ['other', 1],
      ] as const),
      receivedAt: iso(ms),
      month: officeMonth(ms),
      receiverName: BENCH_CLERK.name,
      ownerId: BENCH_CLERK.id,
      ownerName: BENCH_CLERK.name,
      customerName: person.name,
      customerPhone: phone,
      personId: person.id,
      unitId: unit.id,
      unitCode: unit.code,
      content: kind === 'complaint' ? r.pick(COMPLAINTS) : r.pick(SUGGESTIONS),
      category:
        kind === 'complaint'
          ? r.weighted([
              ['class3', 6],
              ['class2', 3],
              ['class1', 1],
            ] as const)
          : undefined,
      severity:
        kind === 'complaint'
          ? r.weighted([
              ['general', 9],
              ['major', 1],
            ] as const)
          : undefined,
      valid: kind === 'complaint' ? r.chance(0.85) : undefined,
      department: status === 'open' ? undefined : department,
      dispatches:
        status === 'open' ? [] : [{ at: iso(ms + HOUR), department, byName: BENCH_CLERK.name }],
      closedAt: done ? iso(ms + r.int(1, 5) * DAY) : undefined,
      closedOnTime: done ? r.chance(0.9) : undefined,
      result: done ? '已处理' : undefined,
      revisitDueAt: done ? iso(ms + 7 * DAY) : undefined,
      revisits:
        status === 'revisited'
          ? [
              {
                at: iso(ms + 6 * DAY),
                method: 'phone',
                satisfaction: r.weighted([
                  ['satisfied', 85],
                  ['fair', 10],
                  ['unsatisfied', 5],
                ] as const),
                comment: '',
                signed: false,
                signedName: '',
                byName: BENCH_CLERK.name,
              },
            ]
          : [],
      history: [],
      terms: [
        ...new Set([
          ...personSearchTerms({ name: person.name, phones: phone ? [phone] : [], plates: [] }),
          no.toLowerCase(),
          unit.code.toLowerCase(),
        ]),
      ],
    };
  });
}

const PROBLEMS = [
  '厨房水龙头漏水',
  '卫生间下水堵塞',
  '入户门锁坏',
  '灯具不亮',
  '空调冷凝水管漏水',
  '墙面渗水',
  '开关插座无电',
];

/** Repairs (80 %) and paid services; closed with a revisit sample, open in the last days. */
export function generateWorkOrders(
  r: Random,
  count: number,
  w: Window,
  payer: () => ReceiptPayer,
  numbers: Numberer,
): WorkOrderRecord[] {
  return spreadInstants(r, count, w.fromMs, w.toMs).map((ms) => {
    const { unit, person } = payer();
    const no = numbers.next('workOrder', ms);
    const kind = r.chance(0.8) ? ('repair' as const) : ('paidService' as const);
    const recent = w.toMs - ms < RECENT_MS;
    const status = recent
      ? r.weighted([
          ['open', 6],
          ['done', 3],
          ['closed', 1],
        ] as const)
      : r.weighted([
          ['closed', 97],
          ['done', 3],
        ] as const);
    const completedMs = ms + r.int(2, 48) * HOUR;
    const completed = status !== 'open';
    const urgency = r.chance(0.05) ? ('emergency' as const) : ('routine' as const);
    const revisitStatus = !completed
      ? ('none' as const)
      : urgency === 'emergency' || r.chance(0.3)
        ? status === 'closed'
          ? ('done' as const)
          : ('due' as const)
        : ('none' as const);
    const contactPhone = person.phones[0] ?? mobile(r);
    return {
      ...bookkeeping(r, ms),
      no,
      kind,
      status,
      receivedAt: iso(ms),
      receivedByName: BENCH_CLERK.name,
      unitId: unit.id,
      unitCode: unit.code,
      contactName: person.name,
      contactPhone,
      problem: r.pick(PROBLEMS),
      place: r.chance(0.85) ? 'indoor' : 'public',
      urgency,
      paid: kind === 'paidService',
      serviceType:
        kind === 'paidService'
          ? r.pick(['repair', 'cleaning', 'laundry', 'other'] as const)
          : undefined,
      department: 'engineering',
      worker: completed ? r.pick(['李师傅', '张师傅', '陈师傅', '刘师傅']) : undefined,
      workDone: completed ? '已修复' : undefined,
      completedAt: completed ? iso(completedMs) : undefined,
      completedMonth: completed ? officeMonth(completedMs) : undefined,
      revisitStatus,
      revisitReason:
        revisitStatus === 'none' ? undefined : urgency === 'emergency' ? 'emergency' : 'sample',
      revisitResult:
        revisitStatus === 'done' ? (r.chance(0.93) ? 'satisfied' : 'unsatisfied') : undefined,
      revisitAt: revisitStatus === 'done' ? iso(completedMs + DAY) : undefined,
      reopenCount: 0,
      closedAt: status === 'closed' ? iso(completedMs + DAY) : undefined,
      printCount: 1,
      terms: registerTerms(unit.code, [no, person.name, contactPhone]),
    };
  });
}

/** Parcels mostly, collected within days; the last days' still waiting at the desk. */
export function generateMail(
  r: Random,
  count: number,
  w: Window,
  payer: () => ReceiptPayer,
): MailItemRecord[] {
  let batchId = r.id();
  return spreadInstants(r, count, w.fromMs, w.toMs).map((ms, i) => {
    if (i % 12 === 0) batchId = r.id();
    const { unit, person } = payer();
    const kind = r.weighted([
      ['parcel', 70],
      ['letter', 10],
      ['registered', 8],
      ['newspaper', 7],
      ['magazine', 3],
      ['other', 2],
    ] as const);
    const trackingNo =
      kind === 'parcel' || kind === 'registered'
        ? `${r.pick(['SF', 'YT', 'ZT', 'JD'])}${r.digits(12)}`
        : undefined;
    const collected = w.toMs - ms > 5 * DAY ? r.chance(0.995) : r.chance(0.4);
    return {
      ...bookkeeping(r, ms),
      batchId,
      carrier: r.pick(['顺丰', '圆通', '中通', '京东', '邮政']),
      receivedAt: iso(ms),
      receivedByName: BENCH_CLERK.name,
      kind,
      count: 1,
      unitId: unit.id,
      unitCode: unit.code,
      addressee: person.name,
      trackingNo,
      status: collected ? 'collected' : 'waiting',
      notifiedAt: iso(ms + HOUR),
      notifyMethod: r.pick(['phone', 'sms', 'wechat'] as const),
      collectedAt: collected ? iso(ms + r.int(2, 72) * HOUR) : undefined,
      collector: collected ? person.name : undefined,
      handedByName: collected ? BENCH_CLERK.name : undefined,
      terms: registerTerms(unit.code, [person.name, trackingNo]),
    };
  });
}

/** Visitors: a pool of returning visitors and one-off ones; almost all have left. */
export function generateVisits(
  r: Random,
  count: number,
  w: Window,
  payer: () => ReceiptPayer,
): VisitRecord[] {
  const regulars = Array.from({ length: Math.max(1, Math.floor(count / 20)) }, () => ({
    name: personName(r),
    id: idNumber(r),
    phone: mobile(r),
  }));
  return spreadInstants(r, count, w.fromMs, w.toMs).map((ms) => {
    const { unit, person } = payer();
    const v = r.chance(0.4)
      ? r.pick(regulars)
      : { name: personName(r), id: idNumber(r), phone: mobile(r) };
    const status = r.chance(0.01)
      ? ('refused' as const)
      : w.toMs - ms < 6 * HOUR
        ? ('inside' as const)
        : ('left' as const);
    return {
      ...bookkeeping(r, ms),
      status,
      name: v.name,
      idType: 'idCard',
      idNumber: v.id,
      visitorKey: `idCard:${v.id}`,
      phone: v.phone,
      unitId: unit.id,
      unitCode: unit.code,
      host: person.name,
      reason: r.pick(['探亲访友', '送货', '维修', '看房', '家政']),
      people: r.int(1, 3),
      inAt: iso(ms),
      outAt: status === 'left' ? iso(ms + r.int(1, 5) * HOUR) : undefined,
      refusedReason: status === 'refused' ? '业主不在家且未预约' : undefined,
      clerkName: BENCH_CLERK.name,
      terms: registerTerms(unit.code, [v.name, v.phone, v.id.slice(-4)]),
    };
  });
}

/** Office date `days` after an instant's office date. */
export function dateAfter(ms: number, days: number): string {
  return addDaysToDate(iso(ms + 8 * HOUR).slice(0, 10), days);
}
