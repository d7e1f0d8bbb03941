// @vitest-environment jsdom
import { act, fireEvent } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { IdleLock } from '../../../renderer/src/features/operators/useIdleLock';
import { useSetting } from '../../../renderer/src/features/settings/useSettings';
import { makeTestRepos } from '../../db/makeTestDb';
import { seedOperators } from './fixtures';
import { renderWithRepos } from './renderWithRepos';

function LimitsLoaded() {
  return <span data-testid="idle">{useSetting('limits')?.idleLockMinutes ?? ''}</span>;
}

/**
 * The idle lock mounted for a signed-in manager with `minutes` in the settings, once the
 * setting has loaded; only the app's timers are faked (IndexedDB runs on setImmediate).
 */
async function mountIdleLock(minutes: number) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const repos = makeTestRepos();
  const { manager } = await seedOperators(repos);
  await repos.settings.set(
    'limits',
    { ...(await repos.settings.get('limits')), idleLockMinutes: minutes },
    manager,
  );
  const lock = vi.fn();
  const view = renderWithRepos(
    <>
      <IdleLock />
      <LimitsLoaded />
    </>,
    repos,
    manager,
    { lock },
  );
  await vi.waitFor(() => expect(view.getByTestId('idle').textContent).toBe(String(minutes)));
  return lock;
}

describe('useIdleLock', () => {
  it('locks after the idle minutes from the settings, and input restarts the clock', async () => {
    const lock = await mountIdleLock(2);
    act(() => vi.advanceTimersByTime(90_000));
    fireEvent.keyDown(window, { key: 'a' });
    act(() => vi.advanceTimersByTime(90_000));
    expect(lock).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(31_000));
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('never locks when the setting is 0', async () => {
    const lock = await mountIdleLock(0);
    act(() => vi.advanceTimersByTime(24 * 3_600_000));
    expect(lock).not.toHaveBeenCalled();
  });
});
