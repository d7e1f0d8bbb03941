import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, ipcRequestSchemas } from '@shared/ipc';
import type { IpcChannel } from '@shared/ipc';
import {
  assertTrustedSender,
  createIpcListener,
  InvalidIpcRequestError,
  parseIpcArgs,
  registerIpcHandlers,
  UntrustedSenderError,
} from '../../electron/main/ipc';
import type {
  IpcImplementations,
  IpcRegistrar,
  SenderEvent,
  TrustedSender,
} from '../../electron/main/ipc';

const MAIN_ID = 7;
const trusted: TrustedSender = { mainContentsId: () => MAIN_ID };

function event(
  overrides: { id?: number; url?: string; parent?: unknown; frame?: null } = {},
): SenderEvent {
  return {
    sender: { id: overrides.id ?? MAIN_ID },
    senderFrame:
      overrides.frame === null
        ? null
        : { url: overrides.url ?? 'app://taizhang/index.html', parent: overrides.parent ?? null },
  };
}

const pdfJob = {
  kind: 'permit',
  title: '施工许可证',
  html: '<p>x</p>',
  pageSize: 'A4',
  suggestedName: 'permit.pdf',
};
const printJob = {
  kind: 'receipt',
  title: '收据',
  html: '<p>x</p>',
  pageSize: { widthMm: 241, heightMm: 93 },
  silent: true,
};

/** One well-formed argument list per channel. */
const goodArgs: { [K in IpcChannel]: unknown[] } = {
  'app:info': [],
  'file:save': [
    {
      suggestedName: '台账.xlsx',
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      data: new Uint8Array([1]),
    },
  ],
  'print:printers': [],
  'print:document': [printJob],
  'print:pdf': [pdfJob],
  'shell:openExternal': ['https://www.gov.cn/'],
  'backup:status': [],
  'backup:chooseFolder': [],
  'backup:configure': [{ password: '1234567890', keepDaily: 14, keepMonthly: 12 }],
  'backup:write': [
    { data: new Uint8Array([1]), createdAt: '2026-11-23T02:00:00.000Z', reason: 'daily' },
  ],
  'backup:list': [],
  'backup:read': [{ name: 'taizhang-20261123-100000-daily.tzbak', password: 'x' }],
  'backup:begin': [{ createdAt: '2026-11-23T02:00:00.000Z', reason: 'manual', sizeBytes: 1024 }],
  'backup:append': [{ id: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9', data: new Uint8Array([1]) }],
  'backup:commit': [{ id: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9' }],
  'backup:abort': [{ id: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9' }],
  'backup:open': [{ password: 'x' }],
  'backup:chunk': [
    { id: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9', offset: 0, length: 8 * 1024 * 1024 },
  ],
  'backup:close': [{ id: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9' }],
  'session:begin': [{ sessionId: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9', role: 'manager' }],
  'session:end': [{ sessionId: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9' }],
  'sync:credentials': [],
  'sync:setCredentials': [{ username: 'desk-estate-b', password: 'secret' }],
  'sync:clearCredentials': [],
};

/** Malformed argument lists per channel, each a mistake a compromised page could make. */
const badArgs: { [K in IpcChannel]: unknown[][] } = {
  'app:info': [['extra']],
  'file:save': [
    [],
    [{ suggestedName: 'a.xlsx', filters: [], data: [1, 2, 3] }],
    [{ suggestedName: '', filters: [], data: new Uint8Array() }],
    [{ suggestedName: 'a', filters: [], data: new Uint8Array() }, 'second'],
  ],
  'print:printers': [[{}]],
  'print:document': [
    [{ ...printJob, silent: 'yes' }],
    [{ ...printJob, copies: 0 }],
    [{ ...printJob, pageSize: 'Letter' }],
    [{ ...printJob, pageSize: { widthMm: 5, heightMm: 93 } }],
    [{ ...printJob, html: '' }],
  ],
  'print:pdf': [[{ ...pdfJob, suggestedName: undefined }], [null]],
  'shell:openExternal': [['javascript:alert(1)'], ['file:///C:/Windows/notepad.exe'], [42], []],
  'backup:status': [['C:/']],
  'backup:chooseFolder': [['C:/Windows']],
  'backup:configure': [
    [{ password: '123' }],
    [{ password: '123456' }],
    [{ keepDaily: 0 }],
    [{ keepMonthly: 1.5 }],
    [],
  ],
  'backup:write': [
    [{ data: 'bytes', createdAt: '2026-11-23T02:00:00.000Z', reason: 'daily' }],
    [{ data: new Uint8Array([1]), createdAt: 'yesterday', reason: 'daily' }],
    [{ data: new Uint8Array([1]), createdAt: '2026-11-23T02:00:00.000Z', reason: 'hourly' }],
  ],
  'backup:list': [['/etc']],
  'backup:read': [[{ name: '' }], [{ name: 'x'.repeat(300) }], [{ password: 5 }], []],
  'backup:begin': [
    [{ createdAt: '2026-11-23T02:00:00.000Z', reason: 'manual', sizeBytes: -1 }],
    [{ createdAt: '2026-11-23T02:00:00.000Z', reason: 'manual' }],
  ],
  'backup:append': [
    [{ id: '../../etc/passwd', data: new Uint8Array([1]) }],
    [{ id: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9', data: 'bytes' }],
    [{ id: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9', data: [1, 2] }],
  ],
  'backup:commit': [[{ id: 42 }], []],
  'backup:abort': [[{}]],
  'backup:open': [[{ name: '' }], []],
  'backup:chunk': [
    [{ id: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9', offset: -1, length: 8 }],
    [{ id: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9', offset: 0, length: 0 }],
    [{ id: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9', offset: 0, length: 65 * 1024 * 1024 }],
  ],
  'backup:close': [[{ id: 'ZZZZZZZZZZ' }]],
  'session:begin': [
    [{ sessionId: 'not-a-uuid', role: 'manager' }],
    [{ sessionId: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9', role: 'admin' }],
  ],
  'session:end': [[{}]],
  'sync:credentials': [['extra']],
  'sync:setCredentials': [
    [{ username: '', password: 'x' }],
    [{ username: 'u', password: '' }],
    [{ username: 'u', password: 'x'.repeat(501) }],
  ],
  'sync:clearCredentials': [[{}]],
};

const channels = Object.keys(ipcRequestSchemas).filter(
  (name): name is IpcChannel => name in goodArgs,
);

describe('sender check', () => {
  it('accepts the main window’s top frame showing the app', () => {
    expect(() => assertTrustedSender('app:info', event(), trusted)).not.toThrow();
  });

  it.each([
    ['another webContents (e.g. the print window)', event({ id: MAIN_ID + 1 })],
    ['a subframe, even a same-origin one', event({ parent: { url: 'app://taizhang/index.html' } })],
    ['a foreign URL in the main frame', event({ url: 'https://evil.example/' })],
    ['a file:// page', event({ url: 'file:///C:/index.html' })],
    ['a frame that is already gone', event({ frame: null })],
  ])('refuses %s', (_label, ev) => {
    expect(() => assertTrustedSender('app:info', ev, trusted)).toThrow(UntrustedSenderError);
  });

  it('refuses everything while there is no main window', () => {
    expect(() =>
      assertTrustedSender('app:info', event(), { mainContentsId: () => undefined }),
    ).toThrow(UntrustedSenderError);
  });

  it('trusts the dev server origin only when it is configured', () => {
    const dev = event({ url: 'http://localhost:5173/' });
    expect(() => assertTrustedSender('app:info', dev, trusted)).toThrow(UntrustedSenderError);
    expect(() =>
      assertTrustedSender('app:info', dev, { ...trusted, devServerUrl: 'http://localhost:5173' }),
    ).not.toThrow();
  });
});

describe('argument parsing', () => {
  it.each(channels)('%s accepts a well-formed request', (channel) => {
    expect(() => parseIpcArgs(channel, goodArgs[channel])).not.toThrow();
  });

  it.each(channels.flatMap((channel) => badArgs[channel].map((args) => [channel, args] as const)))(
    '%s rejects %j',
    (channel, args) => {
      expect(() => parseIpcArgs(channel, args)).toThrow(InvalidIpcRequestError);
    },
  );

  it('fills the schema defaults', () => {
    const [job] = parseIpcArgs('print:document', [printJob]);
    expect(job.copies).toBe(1);
    expect(job.landscape).toBe(false);
  });

  it('says which channel and field were wrong', () => {
    expect(() => parseIpcArgs('print:document', [{ ...printJob, copies: 99 }])).toThrow(
      /print:document.*copies/s,
    );
  });
});

describe('the handle wrapper', () => {
  it('calls the implementation with parsed arguments for a trusted sender', async () => {
    const impl = vi.fn(async () => ({ ok: true as const }));
    const listener = createIpcListener('print:document', impl, trusted);
    await expect(listener(event(), printJob)).resolves.toEqual({ ok: true });
    expect(impl).toHaveBeenCalledWith({ ...printJob, copies: 1, landscape: false });
  });

  it('never reaches the implementation for a foreign sender or bad arguments', async () => {
    const impl = vi.fn(async () => undefined);
    const listener = createIpcListener('shell:openExternal', impl, trusted);
    await expect(listener(event({ id: 99 }), 'https://www.gov.cn/')).rejects.toThrow(
      UntrustedSenderError,
    );
    await expect(listener(event(), 'javascript:alert(1)')).rejects.toThrow(InvalidIpcRequestError);
    expect(impl).not.toHaveBeenCalled();
  });

  it('registers exactly the contract’s channels', async () => {
    const handle = vi.fn<IpcRegistrar['handle']>();
    const impls: IpcImplementations = {
      'app:info': () => ({ name: 'Taizhang', version: '0.1.0', platform: 'win32' }),
      'file:save': async () => ({ saved: false }),
      'print:printers': async () => [],
      'print:document': async () => ({ ok: true }),
      'print:pdf': async () => ({ saved: false }),
      'shell:openExternal': async () => undefined,
      'backup:status': async () => ({ encrypted: false, keepDaily: 14, keepMonthly: 12 }),
      'backup:chooseFolder': async () => ({ encrypted: false, keepDaily: 14, keepMonthly: 12 }),
      'backup:configure': async () => ({ encrypted: false, keepDaily: 14, keepMonthly: 12 }),
      'backup:write': async () => ({ ok: false, code: 'no-folder', message: '' }),
      'backup:list': async () => [],
      'backup:read': async () => ({ ok: false, code: 'cancelled', message: '' }),
      'backup:begin': async () => ({ ok: false, code: 'no-folder', message: '' }),
      'backup:append': async () => ({ ok: true }),
      'backup:commit': async () => ({ ok: false, code: 'no-folder', message: '' }),
      'backup:abort': async () => undefined,
      'backup:open': async () => ({ ok: false, code: 'cancelled', message: '' }),
      'backup:chunk': async () => new Uint8Array(),
      'backup:close': async () => undefined,
      'session:begin': async () => undefined,
      'session:end': async () => undefined,
      'sync:credentials': async () => null,
      'sync:setCredentials': async () => ({ ok: true }),
      'sync:clearCredentials': async () => undefined,
    };
    registerIpcHandlers({ handle }, impls, trusted);
    const registered = handle.mock.calls.map(([channel]) => channel);
    expect(registered.sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    const appInfo = handle.mock.calls.find(([channel]) => channel === 'app:info')?.[1];
    expect(appInfo).toBeDefined();
    await expect(appInfo?.(event())).resolves.toMatchObject({ name: 'Taizhang' });
    await expect(appInfo?.(event({ id: 1 }))).rejects.toThrow(UntrustedSenderError);
  });
});
