import { describe, expect, it, vi } from 'vitest';
import { createBackupScheduler, QUIT_BACKUP_TIMEOUT_MS } from '../../electron/main/backupSchedule';
import type { ScheduleDeps } from '../../electron/main/backupSchedule';

function setup(over: Partial<ScheduleDeps> = {}) {
  const timers: { fn: () => void; ms: number }[] = [];
  const deps: ScheduleDeps = {
    lastBackupAt: async () => '2026-11-22T02:00:00.000Z',
    hasFolder: async () => true,
    request: vi.fn(() => true),
    now: () => new Date('2026-11-23T01:00:00.000Z'), // 09:00 office time
    setTimeout: (fn, ms) => timers.push({ fn, ms }),
    ...over,
  };
  return { deps, timers, scheduler: createBackupScheduler(deps) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('daily backup check', () => {
  it('asks the window once when no backup was written today (office time)', async () => {
    const { deps, scheduler } = setup();
    expect(await scheduler.checkDaily()).toBe(true);
    expect(deps.request).toHaveBeenCalledWith('daily');
    expect(await scheduler.checkDaily()).toBe(false); // not re-asked within two hours
  });

  it('does nothing when today already has one (23:30 UTC is the next office day)', async () => {
    const { deps, scheduler } = setup({ lastBackupAt: async () => '2026-11-22T16:30:00.000Z' });
    expect(await scheduler.checkDaily()).toBe(false);
    expect(deps.request).not.toHaveBeenCalled();
  });

  it('finding 4: a last backup dated in the future does not stop the daily backup', async () => {
    const { deps, scheduler } = setup({ lastBackupAt: async () => '2030-01-01T00:00:00.000Z' });
    expect(await scheduler.checkDaily()).toBe(true);
    expect(deps.request).toHaveBeenCalledWith('daily');
  });

  it('does nothing without a backup folder', async () => {
    const { deps, scheduler } = setup({ hasFolder: async () => false });
    expect(await scheduler.checkDaily()).toBe(false);
    expect(deps.request).not.toHaveBeenCalled();
  });
});

describe('backup on quit', () => {
  it('holds the first close, asks for a quit backup and closes once it is written', async () => {
    const { deps, scheduler } = setup();
    const close = vi.fn();
    const event = { preventDefault: vi.fn() };
    scheduler.onClose(event, close);
    await flush();
    expect(event.preventDefault).toHaveBeenCalled();
    expect(deps.request).toHaveBeenCalledWith('quit');
    scheduler.onWritten('daily');
    expect(close).not.toHaveBeenCalled();
    scheduler.onWritten('quit');
    expect(close).toHaveBeenCalledOnce();
    const second = { preventDefault: vi.fn() };
    scheduler.onClose(second, close);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('closes anyway after the time limit when the window never answers', async () => {
    const { timers, scheduler } = setup();
    const close = vi.fn();
    scheduler.onClose({ preventDefault: vi.fn() }, close);
    await flush();
    expect(timers.map((t) => t.ms)).toEqual([QUIT_BACKUP_TIMEOUT_MS]);
    timers[0]?.fn();
    expect(close).toHaveBeenCalledOnce();
  });

  it('closes at once when there is no folder', async () => {
    const { deps, scheduler } = setup({ hasFolder: async () => false });
    const close = vi.fn();
    scheduler.onClose({ preventDefault: vi.fn() }, close);
    await flush();
    expect(deps.request).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalledOnce();
  });
});
