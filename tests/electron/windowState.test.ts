import { describe, expect, it, vi } from 'vitest';
import {
  captureWindowState,
  clampWindowState,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  parseWindowState,
  saveWindowState,
} from '../../electron/main/windowState';
import type { WindowStateStore, WorkArea } from '../../electron/main/windowState';

const laptop: WorkArea = { x: 0, y: 0, width: 1366, height: 728 };
const desk: WorkArea = { x: 0, y: 0, width: 1920, height: 1040 };
const leftMonitor: WorkArea = { x: -1680, y: 0, width: 1680, height: 1010 };

describe('parseWindowState', () => {
  it('defaults to 1280×800, centred, not maximised', () => {
    expect(DEFAULT_WINDOW_STATE).toEqual({ width: 1280, height: 800, maximized: false });
    expect(parseWindowState(undefined)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it.each(['', '{', 'null', '[]', '{"width":"wide","height":800}', '{"width":-5,"height":800}'])(
    'falls back to the defaults for %j',
    (text) => {
      expect(parseWindowState(text)).toEqual(DEFAULT_WINDOW_STATE);
    },
  );

  it('reads a saved state, dropping a half-saved position', () => {
    expect(parseWindowState('{"x":5,"y":6,"width":1400,"height":900,"maximized":true}')).toEqual({
      x: 5,
      y: 6,
      width: 1400,
      height: 900,
      maximized: true,
    });
    expect(parseWindowState('{"x":5,"width":1400,"height":900}')).toEqual({
      width: 1400,
      height: 900,
      maximized: false,
    });
  });
});

describe('clampWindowState', () => {
  it('keeps a window that fits where it was', () => {
    const state = { x: 100, y: 50, width: 1280, height: 800, maximized: false };
    expect(clampWindowState(state, [desk])).toEqual(state);
  });

  it('keeps a window on a secondary monitor at negative coordinates', () => {
    const state = { x: -1500, y: 100, width: 1200, height: 800, maximized: true };
    expect(clampWindowState(state, [desk, leftMonitor])).toEqual(state);
  });

  it('recentres a window whose monitor has been unplugged', () => {
    const state = { x: -1500, y: 100, width: 1200, height: 800, maximized: false };
    expect(clampWindowState(state, [desk])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('shrinks an oversized window to the work area and moves it fully inside', () => {
    expect(
      clampWindowState({ x: 300, y: 200, width: 1920, height: 1080, maximized: false }, [laptop]),
    ).toEqual({
      x: 0,
      y: 0,
      width: 1366,
      height: 728,
      maximized: false,
    });
  });

  it('pulls back a window hanging off the right edge', () => {
    expect(
      clampWindowState({ x: 1700, y: 300, width: 1280, height: 800, maximized: false }, [desk]),
    ).toEqual({
      x: 640,
      y: 240,
      width: 1280,
      height: 800,
      maximized: false,
    });
  });

  it('recentres a window with only a sliver left on screen', () => {
    const state = { x: 1850, y: 100, width: 1280, height: 800, maximized: false };
    expect(clampWindowState(state, [desk])).toEqual({ width: 1280, height: 800, maximized: false });
  });

  it('fits the default size to a small laptop screen', () => {
    expect(clampWindowState({ ...DEFAULT_WINDOW_STATE }, [laptop])).toEqual({
      width: 1280,
      height: 728,
      maximized: false,
    });
  });

  it('keeps the size only when no display is known', () => {
    expect(clampWindowState({ x: 1, y: 2, width: 1280, height: 800, maximized: true }, [])).toEqual(
      {
        width: 1280,
        height: 800,
        maximized: true,
      },
    );
  });
});

describe('saving and loading', () => {
  it('captures the normal bounds and the maximised flag', () => {
    const win = {
      getNormalBounds: () => ({ x: 10.4, y: 20.6, width: 1280, height: 800 }),
      isMaximized: () => true,
    };
    expect(captureWindowState(win)).toEqual({
      x: 10,
      y: 21,
      width: 1280,
      height: 800,
      maximized: true,
    });
  });

  it('round-trips through the injected store and clamps on the way in', async () => {
    let saved: string | undefined;
    const store: WindowStateStore = {
      read: vi.fn(async () => saved),
      write: vi.fn(async (text: string) => {
        saved = text;
      }),
    };
    expect(await loadWindowState(store, [desk])).toEqual({
      width: 1280,
      height: 800,
      maximized: false,
    });
    await saveWindowState(store, { x: 2400, y: 0, width: 1280, height: 800, maximized: false });
    expect(JSON.parse(saved ?? '')).toEqual({
      x: 2400,
      y: 0,
      width: 1280,
      height: 800,
      maximized: false,
    });
    expect(await loadWindowState(store, [desk])).toEqual({
      width: 1280,
      height: 800,
      maximized: false,
    });
  });
});
