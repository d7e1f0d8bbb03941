import { describe, expect, it } from 'vitest';
import { buildCalendar } from '@shared/domain/calendar';
import { openDeadlines } from '@shared/domain/complaintDeadlines';
import { DEFAULT_DEADLINES, suggestionReplyDue } from '@shared/domain/deadlines';
import {
  convertProblems,
  enquiryFigures,
  enquiryInputSchema,
  enquirySettleDue,
  firstContactRate,
  handOverProblems,
  settleProblems,
  topicSuggestions,
  type EnquiryMonthFacts,
} from '@shared/domain/enquiries';
import { parseDocNo } from '@shared/domain/numbering';
import { toIsoInstant } from '@shared/domain/officeTime';
import { todayItems } from '@shared/domain/todayBoard';
import { NO_TODAY_FACTS } from '../fixtures/todayFacts';

const cal = buildCalendar();
const s = DEFAULT_DEADLINES;
const at = (local: string) => toIsoInstant(local);
const open = { status: 'open' as const, ownerId: 'op-a', receivedAt: at('2026-11-17 10:00') };
const clerk = (id: string) => ({ id, supervisor: false });

describe('首问负责: who may hand an enquiry over or settle it', () => {
  it('lets the owner hand over to someone else, with a reason', () => {
    expect(handOverProblems(open, clerk('op-a'), 'op-b', '需要工程部答复')).toEqual([]);
  });

  it('refuses another clerk, the owner herself as receiver, and a missing reason', () => {
    expect(handOverProblems(open, clerk('op-c'), 'op-b', '原因')).toContain(
      '只有首问负责人或主管可以转交',
    );
    expect(handOverProblems(open, clerk('op-a'), 'op-a', '原因')).toContain('该咨询已由此人负责');
    expect(handOverProblems(open, clerk('op-a'), 'op-b', '  ')).toContain('请填写转交原因');
  });

  it('lets a supervisor hand over an enquiry she does not own', () => {
    expect(handOverProblems(open, { id: 'sup', supervisor: true }, 'op-b', '休假')).toEqual([]);
  });

  it('refuses to hand over or settle an enquiry already settled or converted', () => {
    for (const status of ['settled', 'converted'] as const) {
      expect(handOverProblems({ ...open, status }, clerk('op-a'), 'op-b', 'x')).toHaveLength(1);
      expect(settleProblems({ ...open, status }, clerk('op-a'))).toHaveLength(1);
    }
    expect(settleProblems(open, clerk('op-c'))).toEqual(['只有首问负责人或主管可以办结']);
    expect(settleProblems(open, clerk('op-a'))).toEqual([]);
  });

  it('turns an enquiry into one other record only', () => {
    expect(convertProblems({ ...open, links: [] })).toEqual([]);
    expect(convertProblems({ ...open, links: [{ kind: 'complaint' }] })).toEqual(['该咨询已转办']);
    expect(convertProblems({ ...open, status: 'settled', links: [] })).toEqual(['该咨询已办结']);
  });
});

describe('the enquiry form', () => {
  const base = {
    channel: 'phone',
    callerName: '王先生',
    topic: '停车',
    question: '月卡怎么办',
  };
  it('asks for the answer when the enquiry is settled on the spot', () => {
    const r = enquiryInputSchema.safeParse({ ...base, settled: true });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('已解决的咨询请填写答复内容');
    expect(enquiryInputSchema.parse({ ...base, settled: true, answer: '到前台办理' }).settled).toBe(
      true,
    );
  });

  it('gives Chinese messages for the required fields', () => {
    const r = enquiryInputSchema.safeParse({ channel: 'phone' });
    const messages = r.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining(['请输入来电人或单位', '请输入咨询主题', '请输入咨询内容']),
    );
  });
});

describe('首次解决率 and the month figures', () => {
  const e = (
    id: string,
    local: string,
    over: Partial<EnquiryMonthFacts> = {},
  ): EnquiryMonthFacts => ({
    id,
    receivedAt: at(local),
    channel: 'phone',
    topic: '物业费',
    status: 'settled',
    firstContactSettled: true,
    ...over,
  });
  const list = [
    e('a', '2026-11-02 09:00'),
    e('b', '2026-11-03 09:00', { firstContactSettled: false, status: 'settled', channel: 'visit' }),
    e('c', '2026-11-04 09:00', { firstContactSettled: false, status: 'converted', topic: '装修' }),
    e('d', '2026-11-05 09:00', { firstContactSettled: false, status: 'open', channel: 'wechat' }),
    // 00:30 on 1 December in the office is December, though still November in UTC.
    e('z', '2026-12-01 00:30'),
  ];

  it('counts only those settled when recorded, over those received in the office month', () => {
    expect(firstContactRate(list, '2026-11')).toEqual({
      numerator: 1,
      denominator: 4,
      value: 0.25,
    });
    expect(firstContactRate(list, '2026-12').denominator).toBe(1);
    expect(firstContactRate([], '2026-11').value).toBeNull();
  });

  it('counts by topic and channel, converted and still open', () => {
    const f = enquiryFigures(list, '2026-11');
    expect(f.received).toBe(4);
    expect(f.byTopic).toEqual({ 物业费: 3, 装修: 1 });
    expect(f.byChannel).toEqual({ phone: 2, visit: 1, wechat: 1 });
    expect(f.converted).toBe(1);
    expect(f.open).toBe(1);
  });
});

describe('deadlines on the working-day calendar', () => {
  it('puts an enquiry received on Friday on the board on Monday, not Saturday', () => {
    const friday = at('2026-11-20 16:00');
    expect(enquirySettleDue(friday, s, cal)).toBe(at('2026-11-23 16:00'));
  });

  it('answers a suggestion within 5 working days, across a holiday week', () => {
    // Tuesday 17 Nov + 5 working days = Tuesday 24 Nov.
    expect(suggestionReplyDue(at('2026-11-17 10:00'), s, cal)).toBe(at('2026-11-24 10:00'));
    // National Day 2026: 1–7 October off; received 30 September, the 5th working day is 12 October
    // (the 10th is a make-up working Saturday).
    const due = suggestionReplyDue(at('2026-09-30 10:00'), s, cal);
    expect(due.startsWith('2026-10-')).toBe(true);
    expect(Date.parse(due)).toBeGreaterThan(Date.parse(at('2026-10-08 10:00')));
  });

  it('gives an open suggestion a reply deadline, and none once answered', () => {
    const sug = {
      kind: 'suggestion' as const,
      status: 'open' as const,
      receivedAt: at('2026-11-17 10:00'),
    };
    expect(openDeadlines(sug, s, cal)).toEqual([{ kind: 'reply', due: at('2026-11-24 10:00') }]);
    expect(openDeadlines({ ...sug, status: 'closed' }, s, cal)).toEqual([]);
  });
});

describe('the today board', () => {
  const none = NO_TODAY_FACTS;
  const NOW = at('2026-11-18 11:00');
  it('shows an open enquiry older than one working day, and not a newer one', () => {
    const items = todayItems(
      {
        ...none,
        enquiries: [
          { id: 'old', no: 'ZXD2026-000001', topic: '停车', receivedAt: at('2026-11-17 10:00') },
          { id: 'new', no: 'ZXD2026-000002', topic: '装修', receivedAt: at('2026-11-18 09:00') },
        ],
      },
      NOW,
      s,
      cal,
    );
    expect(items.map((i) => [i.kind, i.recordId, i.state])).toEqual([
      ['enquiryUnsettled', 'old', 'overdue'],
    ]);
    expect(items[0]?.route).toBe('/enquiries?open=old');
  });

  it('gathers suggestions not yet passed to the supervisor into one item', () => {
    const today = todayItems(
      { ...none, undigestedSuggestions: [at('2026-11-18 09:00')] },
      NOW,
      s,
      cal,
    );
    expect(today.map((i) => [i.kind, i.subject, i.state])).toEqual([
      ['suggestionDigest', '1', 'today'],
    ]);
    const late = todayItems(
      { ...none, undigestedSuggestions: [at('2026-11-18 09:00'), at('2026-11-16 09:00')] },
      NOW,
      s,
      cal,
    );
    expect(late.map((i) => [i.kind, i.subject, i.state])).toEqual([
      ['suggestionDigest', '2', 'overdue'],
    ]);
  });
});

describe('enquiry numbers', () => {
  it('are their own series, never read as a renovation number', () => {
    expect(parseDocNo('ZXD2026-000001')).toEqual({ series: 'enquiry', period: '2026', seq: 1 });
    expect(parseDocNo('ZX2026-0001')?.series).toBe('renovation');
  });
});

describe('topic type-ahead', () => {
  it('offers the topics used most first, then the defaults, filtered by what is typed', () => {
    expect(topicSuggestions(['绿化', '停车', '绿化'], '')[0]).toBe('绿化');
    expect(topicSuggestions(['绿化'], '停')).toEqual(['停车']);
  });
});
