// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CaseTable } from '../../../renderer/src/features/complaints/CaseTable';
import { archiveClerk, makePerson, makeUnit } from '../../fixtures/archive';
import { makeIntake } from '../../fixtures/complaints';
import { clerk } from '../../fixtures/moneyActors';
import { makeTestRepos } from '../../db/makeTestDb';
import { renderWithRepos } from '../operators/renderWithRepos';

describe('the complaint queue shows the customer’s grade', () => {
  it('marks a VIP customer’s case and leaves an ordinary one plain', async () => {
    const repos = makeTestRepos();
    const vipUnit = await repos.units.create(makeUnit(), archiveClerk);
    const vip = await repos.people.create(
      vipUnit.id,
      makePerson({ name: '钱总', grade: 'vip' }),
      archiveClerk,
    );
    const plainUnit = await repos.units.create(makeUnit(), archiveClerk);
    const plain = await repos.people.create(
      plainUnit.id,
      makePerson({ name: '李四' }),
      archiveClerk,
    );
    const a = await repos.complaints.intake(
      clerk,
      makeIntake({
        customerName: vip.name,
        personId: vip.id,
        unitId: vipUnit.id,
        unitCode: vipUnit.code,
      }),
    );
    const b = await repos.complaints.intake(
      clerk,
      makeIntake({
        customerName: plain.name,
        personId: plain.id,
        unitId: plainUnit.id,
        unitCode: plainUnit.code,
      }),
    );
    renderWithRepos(<CaseTable rows={[a, b]} onOpen={() => {}} testId="queue" />, repos, clerk);
    const rowOf = (no: string) => screen.getByText(no).closest('tr')!;
    await waitFor(() =>
      expect(within(rowOf(a.no)).getByTestId('grade-tag').textContent).toBe('VIP'),
    );
    expect(within(rowOf(b.no)).queryByTestId('grade-tag')).toBeNull();
  });
});
