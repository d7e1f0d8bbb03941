// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ArchivePage from '../../../renderer/src/features/archive/ArchivePage';
import { archiveClerk as clerk, makePerson, makeUnit } from '../../fixtures/archive';
import { makeTestRepos } from '../../db/makeTestDb';
import { renderArchive } from './renderArchive';

describe('ArchivePage', () => {
  it('opens ?person=… with phone and ID in full on the record, masked in the unit’s list', async () => {
    const repos = makeTestRepos();
    const unit = await repos.units.create(
      makeUnit({ building: '3', entrance: '1', room: '1201' }),
      clerk,
    );
    const p = await repos.people.create(unit.id, makePerson({ phones: ['13812345678'] }), clerk);
    renderArchive(<ArchivePage />, repos, { url: `/archive?person=${p.id}` });

    const record = await screen.findByTestId('person-detail');
    expect(within(record).getByTestId('person-phones').textContent).toBe('13812345678');
    expect(within(record).getByTestId('person-id-number').textContent).toBe('11010519491231002X');
    const detail = await screen.findByTestId('unit-detail');
    await waitFor(() => expect(within(detail).getByText('138****5678')).toBeTruthy());
    expect(within(detail).queryByText('13812345678')).toBeNull();
    expect(within(detail).getByText('110***********002X')).toBeTruthy();
  });

  it('says so when a link points at a unit that is gone', async () => {
    const repos = makeTestRepos();
    renderArchive(<ArchivePage />, repos, { url: '/archive?unit=missing' });
    expect(await screen.findByText('该房号不存在或已删除')).toBeTruthy();
  });
});
