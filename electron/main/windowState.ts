import { z } from 'zod';

/** Where and how big the main window was when it last closed. */
export interface WindowState {
  /** Position is absent until the window has been placed once: Electron then centres it. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** A display's usable area (without task bars), in screen coordinates. */
export interface WorkArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: Readonly<WindowState> = {
  width: 1280,
  height: 800,
  maximized: false,
};
/** Below this the registers' tables stop being usable. */
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;
/** How much of the window must overlap a display for the clerk to be able to grab it. */
const MIN_VISIBLE = { width: 200, height: 100 } as const;

const stateFile = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean().default(false),
});

/** Reads the saved JSON; anything missing, corrupt or hand-edited badly gives the defaults. */
export function parseWindowState(text: string | undefined): WindowState {
  if (text === undefined) return { ...DEFAULT_WINDOW_STATE };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  const parsed = stateFile.safeParse(json);
  if (!parsed.success) return { ...DEFAULT_WINDOW_STATE };
  const { x, y, ...rest } = parsed.data;
  return x !== undefined && y !== undefined ? { x, y, ...rest } : rest;
}

function overlapArea(a: WorkArea, b: WorkArea): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clampNumber(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/**
 * Makes a saved state fit today's displays: the window goes to the display it overlaps most,
 * shrinks to that display's work area and is moved fully inside it. If it would be (nearly)
 * invisible — a monitor unplugged since, a resolution change — the position is dropped so
 * Electron centres the window on the primary display (`workAreas[0]`).
 */
export function clampWindowState(state: WindowState, workAreas: readonly WorkArea[]): WindowState {
  const primary = workAreas[0];
  if (primary === undefined) {
    return { width: state.width, height: state.height, maximized: state.maximized };
  }
  const fitSize = (area: WorkArea): { width: number; height: number } => ({
    width: clampNumber(state.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width),
    height: clampNumber(state.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height),
  });
  if (state.x === undefined || state.y === undefined) {
    return { ...fitSize(primary), maximized: state.maximized };
  }
  const bounds = { x: state.x, y: state.y, width: state.width, height: state.height };
  let best: WorkArea | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(bounds, area);
    const visible = overlap.width >= MIN_VISIBLE.width && overlap.height >= MIN_VISIBLE.height;
    if (visible && overlap.width * overlap.height > bestArea) {
      best = area;
      bestArea = overlap.width * overlap.height;
    }
  }
  if (best === undefined) return { ...fitSize(primary), maximized: state.maximized };
  const size = fitSize(best);
  return {
    x: clampNumber(state.x, best.x, best.x + best.width - size.width),
    y: clampNumber(state.y, best.y, best.y + best.height - size.height),
    ...size,
    maximized: state.maximized,
  };
}

/** The part of `BrowserWindow` read when saving. */
export interface MeasurableWindow {
  getNormalBounds(): WorkArea;
  isMaximized(): boolean;
}

/**
 * The state to remember. Normal bounds, not current ones: a maximised window must come back
 * maximised over the size it had before, not as a window-sized rectangle.
 */
export function captureWindowState(win: MeasurableWindow): WindowState {
  const bounds = win.getNormalBounds();
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    maximized: win.isMaximized(),
  };
}

/** Side effects of the state file, injected so the logic runs in plain Node. */
export interface WindowStateStore {
  /** Resolves to the file's text, or `undefined` when there is none yet. */
  read: () => Promise<string | undefined>;
  write: (text: string) => Promise<void>;
}

/** Loads the saved state and fits it to the current displays. */
export async function loadWindowState(
  store: WindowStateStore,
  workAreas: readonly WorkArea[],
): Promise<WindowState> {
  return clampWindowState(parseWindowState(await store.read()), workAreas);
}

/** Writes the state as JSON. */
export async function saveWindowState(store: WindowStateStore, state: WindowState): Promise<void> {
  await store.write(`${JSON.stringify(state, null, 2)}\n`);
}
