// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlanTab } from '../../../renderer/src/features/visits/PlanTab';
import { archiveClerk, makeUnit } from '../../fixtures/archive';
import { pinClock, TEST_NOW, TEST_TODAY } from '../../fixtures/clock';
import { makeTestRepos } from '../../db/makeTestDb';
import { seedOperators } from '../operators/fixtures';
import { renderWithRepos } from '../operators/renderWithRepos';

/**
 * An estate of one household in building 1 and one head visit last May (a year the plan tab
 * offers), on the pinned Tuesday 17 November 2026 (the fourth quarter).
 */
async function estate() {
  pinClock(TEST_NOW);
  const repos = makeTestRepos();
  const { clerk } = await seedOperators(repos);
  const unit = await repos.units.create(makeUnit({ building: '1' }), archiveClerk);
  await repos.visitRecords.create(clerk, {
    kind: 'head',
    date: '2025-05-02',
    visitorId: clerk.id,
    unitId: unit.id,
    unitCode: unit.code,
    notes: '去年的主任拜访',
  });
  return repos;
}

/** The rows of the 待完成 list by plan key, with whether each is marked. */
const dueRows = () =>
  [...screen.getByTestId('visit-plan-due').querySelectorAll('tr[data-plan-key]')].map(
    (r) =>
      `${r.getAttribute('data-plan-key')}${r.classList.contains('ant-table-row-selected') ? '*' : ''}`,
  );

describe('年度计划 tab (pinned clock: Tuesday 17 November 2026, the fourth quarter)', () => {
  it('shows a board link to another quarter’s item in that quarter’s list, marked, not in this quarter’s', async () => {
    const repos = await estate();
    renderWithRepos(<PlanTab today={TEST_TODAY} highlight={{ key: 'area:1:2' }} />, repos);
    await waitFor(() => expect(screen.getByText('第 2 季度待完成')).toBeTruthy());
    await waitFor(() => expect(dueRows()[0]).toBe('area:1:2*'));
    expect(dueRows().some((k) => k.startsWith('head:11'))).toBe(false);
    // Back to this quarter: its items, the linked one not among them.
    fireEvent.click(within(screen.getByTestId('visit-plan-quarter-pick')).getByText('第 4 季度'));
    await waitFor(() => expect(dueRows()).toContain('head:11'));
    expect(dueRows().filter((k) => k.startsWith('area:1:2'))).toEqual([]);
  });

  it('picks a previous year from the visit records and shows its plan', async () => {
    const repos = await estate();
    renderWithRepos(<PlanTab today={TEST_TODAY} />, repos);
    await waitFor(() =>
      expect(screen.getByTestId('visit-plan-total').textContent).toContain('2026 年计划'),
    );
    const picker = screen.getByTestId('visit-plan-year');
    fireEvent.mouseDown(picker.querySelector('input') ?? picker);
    const options = () =>
      screen.queryAllByText(/^\d{4} 年$/, { selector: '.ant-select-item-option-content' });
    await waitFor(() =>
      expect(options().map((o) => o.textContent)).toEqual(['2026 年', '2025 年']),
    );
    fireEvent.click(options()[1]!);
    // 2025: the head's May visit is one of twelve; its fourth quarter is shown.
    await waitFor(() =>
      expect(screen.getByTestId('visit-plan-total').textContent).toMatch(
        /^2025 年计划 \d+，已完成 1，/,
      ),
    );
    expect(screen.getByText('第 4 季度待完成')).toBeTruthy();
  });

  it('opens last year’s December head visit from its board link, not this year’s', async () => {
    const repos = await estate();
    renderWithRepos(
      <PlanTab today={TEST_TODAY} highlight={{ key: 'head:12', year: 2025 }} />,
      repos,
    );
    await waitFor(() =>
      expect(screen.getByTestId('visit-plan-total').textContent).toContain('2025 年计划'),
    );
    await waitFor(() => expect(dueRows()[0]).toBe('head:12*'));
    const row = screen.getByTestId('visit-plan-due').querySelector('tr[data-plan-key="head:12"]');
    expect(row?.textContent).toContain('2025-12-31');
  });
});
