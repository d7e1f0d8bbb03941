/**
 * The wave's new registers in the estate (issue 21): enquiries and calls (咨询/来电), patrols and
 * inspections (巡查检查) and satisfaction survey rounds (满意度调查), spread over the window like
 * the older registers, so their first screens are measured on five years of rows.
 */
import { registerTerms } from '@shared/domain/repairs';
import { SITE_CHECK_KINDS } from '@shared/domain/siteChecks';
import type { EnquiryRecord } from '../../../renderer/src/db/enquiryRecords';
import type { SiteCheckRecord } from '../../../renderer/src/db/siteRecords';
import type { SurveyRoundRecord } from '../../../renderer/src/db/surveyRecords';
import { BENCH_CLERK } from './archive';
import type { ReceiptPayer } from './money';
import type { Numberer } from './numbers';
import { iso, mobile, officeMonth, spreadInstants, type Random } from './random';
import { bookkeeping, DAY, type Window } from './registers';

const TOPICS = [
  '物业费缴纳',
  '停车办理',
  '装修咨询',
  '快递代收',
  '门禁卡',
  '水电报修进度',
  '小区活动',
];

export function generateEnquiries(
  r: Random,
  count: number,
  w: Window,
  payer: () => ReceiptPayer,
  numbers: Numberer,
): EnquiryRecord[] {
  return spreadInstants(r, count, w.fromMs, w.toMs).map((ms) => {
    const { unit, person } = payer();
    const no = numbers.next('enquiry', ms);
    const topic = r.pick(TOPICS);
    const settled = w.toMs - ms > 3 * DAY || r.chance(0.6);
    const callerPhone = person.phones[0] ?? mobile(r);
    return {
      ...bookkeeping(r, ms),
      no,
      channel: r.weighted([
        ['phone', 60],
        ['visit', 30],
        ['wechat', 8],
        ['other', 2],
      ] as const),
      receivedAt: iso(ms),
      month: officeMonth(ms),
      receiverId: BENCH_CLERK.id,
      receiverName: BENCH_CLERK.name,
      ownerId: BENCH_CLERK.id,
      ownerName: BENCH_CLERK.name,
      callerName: person.name,
      callerPhone,
      personId: person.id,
      unitId: unit.id,
      unitCode: unit.code,
      topic,
      question: `${topic}怎么办理？`,
      answer: settled ? '已当面说明办理流程。' : '',
      status: settled ? 'settled' : 'open',
      firstContactSettled: settled,
      ...(settled ? { settledAt: iso(ms + 10 * 60_000), settledByName: BENCH_CLERK.name } : {}),
      handOvers: [],
      links: [],
      terms: registerTerms(unit.code, [no, person.name, callerPhone, topic]),
    };
  });
}

export function generateSiteChecks(
  r: Random,
  count: number,
  w: Window,
  numbers: Numberer,
): SiteCheckRecord[] {
  return spreadInstants(r, count, w.fromMs, w.toMs).map((ms) => {
    const no = numbers.next('siteCheck', ms);
    const kind = r.weighted(SITE_CHECK_KINDS.map((k) => [k, k === 'patrol' ? 6 : 1] as const));
    const inspector = r.pick(['李保安', '赵保安', '陈保洁', '周绿化']);
    const route = kind === 'patrol' ? r.pick(['一号路线', '二号路线', '地库路线']) : undefined;
    return {
      ...bookkeeping(r, ms),
      no,
      kind,
      at: iso(ms),
      inspector,
      ...(route ? { route, points: ['大门', '地库', '消防通道'] } : {}),
      ...(kind === 'dailyLog' ? { summary: '当班正常。' } : {}),
      clerkName: BENCH_CLERK.name,
      terms: registerTerms('', [no, inspector, route]),
    };
  });
}

export function generateSurveyRounds(
  r: Random,
  count: number,
  w: Window,
  numbers: Numberer,
): SurveyRoundRecord[] {
  return spreadInstants(r, count, w.fromMs, w.toMs).map((ms, i) => {
    const no = numbers.next('survey', ms);
    const title = `${officeMonth(ms)} 业主满意度调查`;
    const done = w.toMs - ms > 60 * DAY;
    return {
      ...bookkeeping(r, ms),
      no,
      title,
      kind: i % 3 === 0 ? 'topic' : 'regular',
      method: r.pick(['phone', 'letter', 'onSite'] as const),
      issuedOn: iso(ms).slice(0, 10),
      questions: [
        { no: 1, kind: 'rating', text: '对前台服务是否满意' },
        { no: 2, kind: 'rating', text: '对保洁是否满意' },
        { no: 3, kind: 'text', text: '其他意见' },
      ],
      status: done ? 'done' : 'collecting',
      createdByName: BENCH_CLERK.name,
      // The returned forms are not generated: no count to keep in step with.
      formCount: 0,
      ...(done ? { closedAt: iso(ms + 30 * DAY), closedByName: BENCH_CLERK.name } : {}),
      followUps: [],
      printCount: 0,
      terms: registerTerms('', [no, title]),
    };
  });
}
