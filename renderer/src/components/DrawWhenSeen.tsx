import { memo, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed (Ctrl+P, the browser's print to PDF): every deferred drawing
 * is drawn then, since paper has no viewport to scroll into.
 */
let printing = false;
const printListeners = new Set<() => void>();

function setPrinting(next: boolean): void {
  if (printing === next) return;
  printing = next;
  // beforeprint lays the page out as soon as its listeners return: draw synchronously.
  flushSync(() => {
    for (const listener of printListeners) listener();
  });
}

function subscribePrinting(listener: () => void): () => void {
  if (printListeners.size === 0) {
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
  }
  printListeners.add(listener);
  return () => {
    printListeners.delete(listener);
    if (printListeners.size > 0) return;
    window.removeEventListener('beforeprint', onBeforePrint);
    window.removeEventListener('afterprint', onAfterPrint);
  };
}

const onBeforePrint = () => setPrinting(true);
const onAfterPrint = () => setPrinting(false);
const isPrinting = () => printing;

/** Whether a box this close to the viewport counts as in view (drawn just before it scrolls in). */
const NEAR = '160px 0px';

const Drawn = memo(
  function Drawn(props: { drawKey: unknown; draw: () => ReactNode }) {
    return props.draw();
  },
  // Only new data redraws: the parent's re-renders (a new `draw` closure) do not.
  (a, b) => a.drawKey === b.drawKey,
);

const NOTHING_DRAWN = Symbol('nothing drawn');

/**
 * Draws `children` only once its box is in (or near) the viewport, or while the page prints;
 * until then `held` (by default an empty box of `width` × `height`, marked `data-deferred`)
 * holds its place at the drawing's own size, so the layout does not jump when it draws. A
 * drawing scrolled out of view stays as it is while its data (`drawKey`) stays; new data for
 * one out of view puts the held place back (at the size the old drawing had, when `height` is
 * not known better) until it is seen again, so nothing stale stays on the page. For pages with
 * many cards (the monthly review): a month switch renders only the cards on screen. Without
 * IntersectionObserver (tests' jsdom) everything draws at once.
 */
export function DrawWhenSeen(props: {
  /** The drawing's width, when fixed (a chart): the box never shrinks below it. */
  width?: number;
  /** The held place's height: the drawing's own, or the best estimate of it. */
  height: number;
  /**
   * `height` is only an estimate (a card whose table or list decides its height): a place held
   * again after a drawing takes the drawing's last measured height.
   */
  estimated?: boolean;
  /** What the drawing shows (its data): a change redraws it, when in view. */
  drawKey: unknown;
  children: () => ReactNode;
  /** What holds the place (given the height to hold); it must carry `data-deferred`. */
  held?: (height: number) => ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [lastHeight, setLastHeight] = useState<number | null>(null);
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  const [drawnKey, setDrawnKey] = useState<unknown>(NOTHING_DRAWN);
  const print = useSyncExternalStore(subscribePrinting, isPrinting, isPrinting);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) setSeen(last.isIntersecting);
      },
      { rootMargin: NEAR },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const draw = seen || print || drawnKey === props.drawKey;
  // Remembered so that scrolling it away keeps the drawing (React's "state from the last render").
  if (draw && drawnKey !== props.drawKey) setDrawnKey(props.drawKey);
  // The drawing's size as laid out (no forced layout: the observer reports after layout), for a
  // place held again when new data comes while it is out of view.
  useEffect(() => {
    const el = box.current;
    if (!el || !draw || !props.estimated || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const last = entries[entries.length - 1];
      const laidOut = last?.contentRect.height ?? 0;
      // Only a real change re-renders this box (the drawing inside is memoized either way).
      if (laidOut > 0)
        setLastHeight((h) => (h !== null && Math.abs(h - laidOut) < 0.5 ? h : laidOut));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [draw, props.estimated]);
  const height = (props.estimated ? lastHeight : null) ?? props.height;
  return (
    <div
      ref={box}
      style={
        props.width === undefined ? undefined : { minWidth: props.width, minHeight: props.height }
      }
    >
      {draw ? (
        <Drawn drawKey={props.drawKey} draw={props.children} />
      ) : props.held ? (
        props.held(height)
      ) : (
        <div data-deferred="" style={{ width: props.width, height }} />
      )}
    </div>
  );
}
