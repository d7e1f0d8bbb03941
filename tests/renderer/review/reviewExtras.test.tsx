// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ReposContext } from '../../../renderer/src/app/ReposContext';
import { useReviewExtras } from '../../../renderer/src/features/review/report/useReviewExtras';
import { TEST_TODAY } from '../../fixtures/clock';
import { makeTestRepos } from '../../db/makeTestDb';
import { seedOperators } from '../operators/fixtures';

describe('the monthly report and workbook: 拜访计划', () => {
  it('carries the month’s plan against done, 完成率 and the issues raised and passed on', async () => {
    const repos = makeTestRepos();
    const { clerk } = await seedOperators(repos);
    const issues = ['楼道灯不亮', '垃圾清运晚'];
    const head = { kind: 'head', date: TEST_TODAY, unitCode: '3-1-1201', notes: '主任拜访' };
    const v = await repos.visitRecords.create(clerk, { ...head, visitorId: clerk.id, issues });
    await repos.visitRecords.raiseIssue(clerk, v.id, v.issues[0]!.key);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ReposContext.Provider value={repos}>{children}</ReposContext.Provider>
    );
    const { result } = renderHook(() => useReviewExtras('2026-11'), { wrapper });
    await waitFor(() => expect(result.current.sheets.map((s) => s.name)).toContain('拜访计划'));
    // November's plan: the head's 11th visit of 12, fulfilled by the November visit (not January's).
    const sheet = result.current.sheets.find((s) => s.name === '拜访计划')!;
    expect(sheet.rows).toEqual([
      ['项目', '本月', '上月'],
      ['计划拜访（户次）', '1', '1'],
      ['已完成', '1', '0'],
      ['完成率', '100%（1/1）', '0%（0/1）'],
      ['拜访记录', '1', '0'],
      ['住户座谈会', '0', '0'],
      ['提出问题', '2', '0'],
      ['已转咨询', '1', '0'],
    ]);
    const section = result.current.sections
      .map((s) => s.__html)
      .find((s) => s.includes('data-section="visits"'));
    expect(section).toContain('拜访计划');
    expect(section).toContain('已转咨询');
  });
});
