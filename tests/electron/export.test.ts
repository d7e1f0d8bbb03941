import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { safeFileName, saveFile, writeFileAtomic } from '../../electron/main/export';
import type { AtomicWriteFs, SaveFileRequest, ShowSaveDialog } from '../../electron/main/export';

let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'taizhang-export-'));
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const bytes = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

function request(overrides: Partial<SaveFileRequest> = {}): SaveFileRequest {
  return {
    suggestedName: '装修台账-2025-11.xlsx',
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    data: bytes('PK fake workbook'),
    ...overrides,
  };
}

/** Real node:fs, with every step recorded in order. */
function recordingFs(log: string[], failRename = false): AtomicWriteFs {
  return {
    open: async (path, flags) => {
      log.push(`open ${path} ${flags}`);
      const handle = await fs.open(path, flags);
      const write = handle.writeFile.bind(handle);
      const sync = handle.sync.bind(handle);
      return Object.assign(handle, {
        writeFile: async (data: Uint8Array) => {
          log.push(`write ${path}`);
          await write(data);
        },
        sync: async () => {
          log.push(`sync ${path}`);
          await sync();
        },
      });
    },
    rename: async (from, to) => {
      log.push(`rename ${from} -> ${to}`);
      if (failRename) throw new Error('disk full');
      await fs.rename(from, to);
    },
    rm: async (path, options) => {
      log.push(`rm ${path}`);
      await fs.rm(path, options);
    },
  };
}

describe('writeFileAtomic', () => {
  it('writes a temp file beside the target, fsyncs it, then renames it over the target', async () => {
    const target = join(dir, 'report.xlsx');
    const log: string[] = [];
    await writeFileAtomic(target, bytes('new'), recordingFs(log), 'win32');

    const temp = /^open (.+) wx$/.exec(log[0] ?? '')?.[1];
    expect(temp).toBeDefined();
    expect(dirname(temp ?? '')).toBe(dir);
    expect(temp).not.toBe(target);
    expect(log).toEqual([
      `open ${temp} wx`,
      `write ${temp}`,
      `sync ${temp}`,
      `rename ${temp} -> ${target}`,
    ]);
    expect(await fs.readFile(target, 'utf8')).toBe('new');
    expect(await fs.readdir(dir)).toEqual(['report.xlsx']);
  });

  it('also syncs the directory on POSIX so the rename survives a power cut', async () => {
    const log: string[] = [];
    await writeFileAtomic(join(dir, 'a.pdf'), bytes('x'), recordingFs(log), 'linux');
    expect(log.slice(-2)).toEqual([`open ${dir} r`, `sync ${dir}`]);
  });

  it('leaves the old file intact and no temp behind when the rename fails', async () => {
    const target = join(dir, 'report.xlsx');
    await fs.writeFile(target, 'old');
    const log: string[] = [];
    await expect(
      writeFileAtomic(target, bytes('new'), recordingFs(log, true), 'win32'),
    ).rejects.toThrow('disk full');
    expect(await fs.readFile(target, 'utf8')).toBe('old');
    expect(await fs.readdir(dir)).toEqual(['report.xlsx']);
    expect(log.at(-1)).toMatch(/^rm /);
  });

  it('replaces an existing file with the real file system', async () => {
    const target = join(dir, 'report.xlsx');
    await fs.writeFile(target, 'old');
    await writeFileAtomic(target, bytes('new'));
    expect(await fs.readFile(target, 'utf8')).toBe('new');
    expect(await fs.readdir(dir)).toEqual(['report.xlsx']);
  });
});

describe('file:save', () => {
  it('writes the bytes where the clerk chose and says where', async () => {
    const target = join(dir, 'chosen.xlsx');
    const showSaveDialog = vi.fn<ShowSaveDialog>(async () => ({
      canceled: false,
      filePath: target,
    }));
    const result = await saveFile(request(), {
      showSaveDialog,
      defaultDir: '/home/clerk/Documents',
    });
    expect(result).toEqual({ saved: true, path: target });
    expect(await fs.readFile(target, 'utf8')).toBe('PK fake workbook');
    expect(showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join('/home/clerk/Documents', '装修台账-2025-11.xlsx'),
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    });
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const writeFile = vi.fn(async () => undefined);
    const showSaveDialog = vi.fn<ShowSaveDialog>(async () => ({ canceled: true, filePath: '' }));
    expect(await saveFile(request(), { showSaveDialog, defaultDir: dir, writeFile })).toEqual({
      saved: false,
    });
    expect(writeFile).not.toHaveBeenCalled();
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('only pre-fills a bare file name, whatever path the renderer suggests', async () => {
    const showSaveDialog = vi.fn<ShowSaveDialog>(async () => ({ canceled: true }));
    await saveFile(request({ suggestedName: '..\\..\\Windows\\evil.xlsx' }), {
      showSaveDialog,
      defaultDir: dir,
    });
    expect(showSaveDialog.mock.calls[0]?.[0].defaultPath).toBe(join(dir, 'evil.xlsx'));
  });
});

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\a\\报表.xlsx', '报表.xlsx'],
    ['a:b?c.pdf', 'a_b_c.pdf'],
    ['..', 'export'],
    ['   ', 'export'],
  ])('%s → %s', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });
});
