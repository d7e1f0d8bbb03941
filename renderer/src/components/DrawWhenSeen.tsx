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
 * until then a box of the same `width` × `height` holds its place, so the layout does not jump
 * when it draws. A drawing scrolled out of view stays as it is; new data (`drawKey`) for one
 * out of view waits until it is seen again. For pages with many charts (the monthly review):
 * a month switch draws only the charts on screen. Without IntersectionObserver (tests' jsdom)
 * everything draws at once.
 */
export function DrawWhenSeen(props: {
  width: number;
  height: number;
  /** What the drawing shows (its data): a change redraws it, when in view. */
  drawKey: unknown;
  children: () => ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
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
  return (
    <div ref={box} style={{ minWidth: props.width, minHeight: props.height }}>
      {draw ? (
        <Drawn drawKey={props.drawKey} draw={props.children} />
      ) : (
        <div data-deferred="" style={{ width: props.width, height: props.height }} />
      )}
    </div>
  );
}
