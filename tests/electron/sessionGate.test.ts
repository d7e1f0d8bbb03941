import { describe, expect, it, vi } from 'vitest';
import type { IpcImplementations } from '../../electron/main/ipc';
import {
  createSessionGate,
  guardManagerChannels,
  ManagerSessionRequiredError,
} from '../../electron/main/sessionGate';

const status = { encrypted: false, keepDaily: 14, keepMonthly: 12 };
const written = { ok: true as const, path: '/b/x', name: 'x', encrypted: false, deleted: [] };

/** Implementations that only record being called. */
function fakeImpls() {
  const called: string[] = [];
  const mark =
    <T>(channel: string, value: T) =>
    () => {
      called.push(channel);
      return value;
    };
  const impls = {
    'backup:chooseFolder': mark('backup:chooseFolder', status),
    'backup:configure': mark('backup:configure', status),
    'backup:read': mark('backup:read', { ok: false, code: 'cancelled', message: '' }),
    'backup:open': mark('backup:open', { ok: false, code: 'cancelled', message: '' }),
    'backup:write': mark('backup:write', written),
    'backup:begin': mark('backup:begin', { ok: true, id: 'abcdef12' }),
    'backup:status': mark('backup:status', status),
  } as unknown as IpcImplementations;
  return { impls, called };
}

const SESSION = '3f1b6a4e-7c2d-4e8f-9a0b-1c2d3e4f5a6b';
const write = (reason: 'manual' | 'daily' | 'quit' | 'safety') => ({
  data: new Uint8Array([1]),
  createdAt: '2026-11-17T02:30:00.000Z',
  reason,
});

describe('manager-only backup channels in main (issue 15 finding 1)', () => {
  it('refuses folder, password, manual backup and restore reads without a manager session', async () => {
    const gate = createSessionGate();
    const { impls, called } = fakeImpls();
    const guarded = guardManagerChannels(impls, gate);
    await guarded['session:begin']({ sessionId: SESSION, role: 'clerk' });
    expect(() => guarded['backup:chooseFolder']()).toThrow(ManagerSessionRequiredError);
    expect(() => guarded['backup:configure']({ password: null })).toThrow(
      ManagerSessionRequiredError,
    );
    expect(() => guarded['backup:write'](write('manual'))).toThrow(ManagerSessionRequiredError);
    expect(() =>
      guarded['backup:begin']({
        createdAt: write('manual').createdAt,
        reason: 'safety',
        sizeBytes: 1,
      }),
    ).toThrow(ManagerSessionRequiredError);
    expect(() => guarded['backup:read']({})).toThrow(ManagerSessionRequiredError);
    expect(() => guarded['backup:open']({ name: 'x' })).toThrow(ManagerSessionRequiredError);
    expect(called).toEqual([]);

    // The automatic backups go on for everyone, and status is anyone's.
    await guarded['backup:write'](write('daily'));
    await guarded['backup:begin']({
      createdAt: write('quit').createdAt,
      reason: 'quit',
      sizeBytes: 1,
    });
    await guarded['backup:status']();
    expect(called).toEqual(['backup:write', 'backup:begin', 'backup:status']);
  });

  it('lets a manager session through, until it ends, the window reloads or another signs in', async () => {
    const gate = createSessionGate();
    const { impls, called } = fakeImpls();
    const guarded = guardManagerChannels(impls, gate);
    await guarded['session:begin']({ sessionId: SESSION, role: 'manager' });
    await guarded['backup:chooseFolder']();
    await guarded['backup:write'](write('manual'));
    expect(called).toEqual(['backup:chooseFolder', 'backup:write']);

    // Ending an older session changes nothing; ending this one closes the gate.
    await guarded['session:end']({ sessionId: '00000000-0000-4000-8000-000000000000' });
    expect(gate.isManager()).toBe(true);
    await guarded['session:end']({ sessionId: SESSION });
    expect(() => guarded['backup:chooseFolder']()).toThrow(ManagerSessionRequiredError);

    await guarded['session:begin']({ sessionId: SESSION, role: 'manager' });
    gate.reset();
    expect(gate.isManager()).toBe(false);
    await guarded['session:begin']({ sessionId: SESSION, role: 'manager' });
    await guarded['session:begin']({ sessionId: SESSION, role: 'supervisor' });
    expect(() => guarded['backup:configure']({})).toThrow(ManagerSessionRequiredError);
  });
});

describe('main wiring', () => {
  it('registers the guarded implementations (a clerk cannot choose the folder through IPC)', async () => {
    vi.resetModules();
    const fake = await import('./fakeElectron');
    vi.doMock('electron', () => fake);
    await import('../../electron/main/index');
    fake.fireReady();
    await vi.waitFor(() => expect(fake.BrowserWindow.instances.at(-1)?.loadURL).toHaveBeenCalled());
    const win = fake.BrowserWindow.instances.at(-1)!;
    const handler = (channel: string) =>
      fake.ipcMain.handle.mock.calls.find((c: unknown[]) => c[0] === channel)?.[1] as (
        event: unknown,
        ...args: unknown[]
      ) => Promise<unknown>;
    const event = {
      sender: { id: win.webContents.id },
      senderFrame: { url: 'app://taizhang/index.html', parent: null },
    };
    await handler('session:begin')(event, { sessionId: SESSION, role: 'clerk' });
    await expect(handler('backup:chooseFolder')(event)).rejects.toBeInstanceOf(Error);
    await expect(handler('backup:configure')(event, { password: null })).rejects.toThrow(
      /需要经理登录/,
    );
  });
});

describe('sync credentials need a manager to set or clear (issue 20)', () => {
  it('refuses a clerk, lets a manager, and reads them for anyone', async () => {
    const gate = createSessionGate();
    const called: string[] = [];
    const impls = {
      'sync:setCredentials': () => (called.push('set'), { ok: true }),
      'sync:clearCredentials': () => void called.push('clear'),
      'sync:credentials': () => (called.push('get'), null),
    } as unknown as IpcImplementations;
    const guarded = guardManagerChannels(impls, gate);
    await guarded['session:begin']({ sessionId: SESSION, role: 'clerk' });
    expect(() => guarded['sync:setCredentials']({ username: 'u', password: 'p' })).toThrow(
      ManagerSessionRequiredError,
    );
    expect(() => guarded['sync:clearCredentials']()).toThrow(ManagerSessionRequiredError);
    await guarded['sync:credentials']();
    await guarded['session:begin']({ sessionId: SESSION, role: 'manager' });
    await guarded['sync:setCredentials']({ username: 'u', password: 'p' });
    expect(called).toEqual(['get', 'set']);
  });
});
