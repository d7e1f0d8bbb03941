import { describe, expect, it } from 'vitest';
import {
  BRANCH_SUMMARY_VERSION,
  branchSummaryText,
  buildBranchSummary,
  importBranchSummaries,
  parseBranchSummary,
} from '@shared/domain/review/branchSummary';
import { makeMonthlyReview } from '../fixtures/monthlyReview';

// Issue 8 bad-input corpus, branch summary path: every bad file is refused with a Chinese
// message, nothing of it accepted, and nothing throws.

const META = { exportedAt: '2026-11-02T01:30:00.000Z', appVersion: '1.4.0' };
const good = () => buildBranchSummary(makeMonthlyReview(), META);
const goodText = () => branchSummaryText(good());

const DELETE = Symbol('delete');

/** The good file with the value at `path` replaced (or deleted). */
function edited(path: readonly (string | number)[], value: unknown): string {
  const obj: unknown = JSON.parse(goodText());
  let node = obj as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] ?? '';
  if (value === DELETE) delete node[last];
  else node[last] = value;
  return JSON.stringify(obj);
}

function refused(text: string): string {
  let result: ReturnType<typeof parseBranchSummary> | undefined;
  expect(() => {
    result = parseBranchSummary(text);
  }).not.toThrow();
  expect(result?.ok).toBe(false);
  return result && !result.ok ? result.error : '';
}

describe('branch summary file', () => {
  it('round-trips: what is exported is what is imported', () => {
    const parsed = parseBranchSummary(goodText());
    expect(parsed).toEqual({ ok: true, summary: good() });
    if (!parsed.ok) return;
    expect(parsed.summary.figures.complaints.received).toBe(17);
    expect(parsed.summary.figures.money.receivedFen).toBe(4_567_890);
    expect(parsed.summary.trend).toHaveLength(12);
  });

  it('recomputes a rate from its counts rather than trusting the value in the file', () => {
    const text = edited(['figures', 'complaints', 'rates', 'onTime', 'value'], 1);
    const parsed = parseBranchSummary(text);
    expect(parsed.ok && parsed.summary.figures.complaints.rates.onTime.value).toBe(14 / 16);
  });

  it('writes the current version with the 有效投诉率 and its households', () => {
    const summary = good();
    expect(summary.schemaVersion).toBe(BRANCH_SUMMARY_VERSION);
    expect(summary.figures.complaints.rates.perHousehold).toEqual({
      numerator: 12,
      denominator: 1600,
      value: 12 / 1600,
    });
  });

  it('still reads a version 1 file: its households unknown, its 有效投诉率 not applicable', () => {
    const obj = JSON.parse(goodText()) as {
      schemaVersion: number;
      figures: { complaints: { rates: Record<string, unknown> } };
      trend: { rates: Record<string, unknown> }[];
    };
    obj.schemaVersion = 1;
    delete obj.figures.complaints.rates['perHousehold'];
    for (const p of obj.trend) delete p.rates['perHousehold'];
    const parsed = parseBranchSummary(JSON.stringify(obj));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.summary.schemaVersion).toBe(1);
    expect(parsed.summary.figures.complaints.rates.perHousehold).toEqual({
      numerator: 12,
      denominator: 0,
      value: null,
    });
    expect(parsed.summary.trend?.[0]?.rates.perHousehold.value).toBeNull();
    expect(parsed.summary.figures.complaints.rates.valid.value).toBe(12 / 17);
  });

  it("carries the enquiries and the supervisor's analysis in version 3", () => {
    const analysis = [{ scope: 'class1', cause: '保洁排班不足', measures: '增加晚班保洁' }];
    const text = branchSummaryText(buildBranchSummary(makeMonthlyReview(), { ...META, analysis }));
    const parsed = parseBranchSummary(text);
    expect(parsed.ok && parsed.summary.analysis).toEqual(analysis);
    expect(parsed.ok && parsed.summary.figures.enquiries.firstContact.value).toBe(58 / 73);
    expect(refused(edited(['figures', 'enquiries'], DELETE))).toContain('咨询来电');
    expect(refused(edited(['figures', 'enquiries', 'firstContact', 'denominator'], 70))).toContain(
      '首次解决率',
    );
  });

  it('still reads a version 2 file: no enquiries on record, no analysis', () => {
    const obj = JSON.parse(goodText()) as {
      schemaVersion: number;
      figures: Record<string, unknown>;
    };
    obj.schemaVersion = 2;
    delete obj.figures['enquiries'];
    const parsed = parseBranchSummary(JSON.stringify(obj));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.summary.figures.enquiries.received).toBe(0);
    expect(parsed.summary.figures.enquiries.firstContact.value).toBeNull();
    expect(parsed.summary.analysis).toBeUndefined();
  });

  it('refuses a version 2 file without its 有效投诉率', () => {
    expect(refused(edited(['figures', 'complaints', 'rates', 'perHousehold'], DELETE))).toBe(
      '字段「月度数据 › 投诉 › 投诉指标 › 有效投诉率」缺少此项，文件未导入。',
    );
  });

  it('refuses a 有效投诉率 that counts other complaints than the valid ones', () => {
    const text = edited(['figures', 'complaints', 'rates', 'perHousehold', 'numerator'], 13);
    expect(refused(text)).toBe(
      '字段「月度数据 › 投诉 › 投诉指标 › 有效投诉率 › 分子」与有效投诉数不一致，文件未导入。',
    );
  });

  it('accepts more valid complaints than households (a tiny estate) and recomputes the value', () => {
    const obj = JSON.parse(goodText()) as {
      figures: { complaints: { rates: { perHousehold: Record<string, unknown> } } };
    };
    obj.figures.complaints.rates.perHousehold = { numerator: 12, denominator: 8, value: 0 };
    const parsed = parseBranchSummary(JSON.stringify(obj));
    expect(parsed.ok && parsed.summary.figures.complaints.rates.perHousehold.value).toBe(1.5);
  });

  it('keeps script text in the estate name as plain text (escaped where printed)', () => {
    const name = '<script>alert(1)</script>花园';
    const parsed = parseBranchSummary(edited(['estateName'], name));
    expect(parsed.ok && parsed.summary.estateName).toBe(name);
  });

  it.each([
    ['empty', '', '文件是空的。'],
    ['blank', '  \n ', '文件是空的。'],
    ['huge', `{"x":"${'a'.repeat(1_000_001)}"}`, '文件过大（超过 1 MB），不是分公司汇总文件。'],
    ['not JSON', '投诉,17\n建议,6', '文件不是有效的 JSON（已损坏、不完整或不是汇总文件）。'],
    [
      'truncated',
      goodText().slice(0, 300),
      '文件不是有效的 JSON（已损坏、不完整或不是汇总文件）。',
    ],
    [
      'NaN literal',
      goodText().replace('"received": 17', '"received": NaN'),
      '文件不是有效的 JSON（已损坏、不完整或不是汇总文件）。',
    ],
    ['a JSON array', '[1,2,3]', '这不是分公司汇总文件（内容不是汇总数据）。'],
    ['a JSON string', '"<script>alert(1)</script>"', '这不是分公司汇总文件（内容不是汇总数据）。'],
    [
      'a backup file',
      '{"format":"taizhang-backup/1","manifest":{},"payload":""}',
      '这不是分公司汇总文件（缺少“taizhang-branch-summary”格式标记）。',
    ],
    [
      'schema version 6',
      edited(['schemaVersion'], 6),
      '文件版本为 6，本程序支持版本 1、2、3、4、5，请用相同版本的软件重新导出。',
    ],
    [
      'schema version as text',
      edited(['schemaVersion'], '1'),
      '文件版本为 1，本程序支持版本 1、2、3、4、5，请用相同版本的软件重新导出。',
    ],
    [
      'schema version missing',
      edited(['schemaVersion'], DELETE),
      '文件版本为 未注明，本程序支持版本 1、2、3、4、5，请用相同版本的软件重新导出。',
    ],
    [
      'negative count',
      edited(['figures', 'complaints', 'received'], -3),
      '字段「月度数据 › 投诉 › 受理数」不能为负数或过小，文件未导入。',
    ],
    [
      'fractional count',
      edited(['figures', 'repairs', 'completed'], 2.5),
      '字段「月度数据 › 维修 › 完成数」类型不对，文件未导入。',
    ],
    [
      'count as text',
      edited(['figures', 'suggestions', 'adopted'], '4'),
      '字段「月度数据 › 建议 › 已采纳」类型不对，文件未导入。',
    ],
    [
      'script in a count',
      edited(['figures', 'money', 'voidCount'], '<img src=x onerror=alert(1)>'),
      '字段「月度数据 › 收费 › 作废张数」类型不对，文件未导入。',
    ],
    [
      'huge number',
      goodText().replace('"receivedFen": 4567890', '"receivedFen": 1e400'),
      '字段「月度数据 › 收费 › 收款金额」类型不对，文件未导入。',
    ],
    [
      'money as yuan with decimals',
      edited(['figures', 'money', 'refundFen'], 5120.5),
      '字段「月度数据 › 收费 › 退款金额」类型不对，文件未导入。',
    ],
    [
      'numerator above denominator',
      edited(['figures', 'complaints', 'rates', 'revisit', 'numerator'], 16),
      '字段「月度数据 › 投诉 › 投诉指标 › 回访率」分子大于分母，文件未导入。',
    ],
    [
      'bad month',
      edited(['month'], '2026-13'),
      '字段「月份」格式不对（另有 1 处错误），文件未导入。',
    ],
    [
      'figures of another month',
      edited(['figures', 'month'], '2026-09'),
      '字段「月度数据 › 月份」与文件的月份不一致，文件未导入。',
    ],
    [
      'missing section',
      edited(['figures', 'money'], DELETE),
      '字段「月度数据 › 收费」缺少此项，文件未导入。',
    ],
    ['empty estate name', edited(['estateName'], '   '), '字段「物业名称」不能为空，文件未导入。'],
    [
      'estate name with control characters',
      edited(['estateName'], 'A\u0000B'),
      '字段「物业名称」格式不对，文件未导入。',
    ],
    [
      'bad trend point',
      edited(['trend', 3, 'repairs'], null),
      '字段「趋势 › 第4项 › 维修」类型不对，文件未导入。',
    ],
    [
      'duplicate key',
      goodText().replace('"month": "2026-10",', '"month": "2026-10", "month": "2026-09",'),
      '文件中“month”出现了两次，无法确定取哪个值。',
    ],
    [
      'duplicate nested key',
      goodText().replace('"adopted": 4,', '"adopted": 4, "adopted": 40,'),
      '文件中“adopted”出现了两次，无法确定取哪个值。',
    ],
  ])('refuses %s with a clear message', (_what, text, message) => {
    expect(refused(text)).toBe(message);
  });

  it('accepts equal keys in different objects (not a duplicate)', () => {
    // "received" is in complaints, suggestions and repairs alike.
    expect(parseBranchSummary(goodText()).ok).toBe(true);
  });

  it('refuses a second file of the same estate and month, in one batch or after', () => {
    const other = branchSummaryText(
      buildBranchSummary(makeMonthlyReview({ estateName: '翠湖大厦' }), META),
    );
    const first = importBranchSummaries([
      { name: 'a.json', text: goodText() },
      { name: 'b.json', text: other },
      { name: 'a-copy.json', text: goodText() },
      { name: 'v6.json', text: edited(['schemaVersion'], 6) },
    ]);
    expect(first.accepted.map((a) => a.name)).toEqual(['a.json', 'b.json']);
    expect(first.refused).toEqual([
      { name: 'a-copy.json', error: '与已导入的「a.json」重复：阳光花园 2026-10 只能导入一次。' },
      {
        name: 'v6.json',
        error: '文件版本为 6，本程序支持版本 1、2、3、4、5，请用相同版本的软件重新导出。',
      },
    ]);
    const again = importBranchSummaries([{ name: 'b2.json', text: other }], first.accepted);
    expect(again.accepted).toEqual([]);
    expect(again.refused[0]?.error).toBe(
      '与已导入的「b.json」重复：翠湖大厦 2026-10 只能导入一次。',
    );
  });
});
