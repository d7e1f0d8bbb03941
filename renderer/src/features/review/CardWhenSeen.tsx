import type { ReactNode } from 'react';
import { DrawWhenSeen } from '../../components/DrawWhenSeen';

/**
 * A small antd Card's frame around its body: 1 px borders, the 38 px head (its bottom border
 * inside, −1 px margin below), 12 px body padding above and below.
 */
export const CARD_FRAME = 1 + 38 - 1 + 12 + 12 + 1;
/** An `Empty` with the simple image: 32 px margins, the 40 px image, 8 px, one 22 px line. */
export const EMPTY_HEIGHT = 32 + 40 + 8 + 22 + 32;

/**
 * A review card rendered whole (head, view switch, chart or table) only when it comes into view
 * or the page prints; until then its place is held at the card's own size (`height`, or the
 * card's last laid-out height when `estimated`), carrying the card's test id (and the chart's,
 * `chartTestId`, while it shows a chart), so a month switch renders the cards on screen, not 26.
 */
export function CardWhenSeen(props: {
  testId: string;
  chartTestId?: string | undefined;
  height: number;
  estimated?: boolean;
  /** The card's data: a change re-renders it (in view) or holds its place again (out of view). */
  drawKey: unknown;
  children: () => ReactNode;
  /** Whether the held place shows the card's outline (a register's section has none). */
  outline?: boolean;
}) {
  const { testId, chartTestId } = props;
  const outline = props.outline ?? true;
  return (
    <DrawWhenSeen
      height={props.height}
      estimated={props.estimated ?? false}
      drawKey={props.drawKey}
      held={(height) => (
        <div
          data-testid={testId}
          data-held=""
          // The card's outline, so a place scrolled in before it draws reads as a card.
          style={outline ? { border: '1px solid #f0f0f0', borderRadius: 8 } : undefined}
        >
          <div data-testid={chartTestId}>
            <div data-deferred="" style={{ height: Math.max(0, height - (outline ? 2 : 0)) }} />
          </div>
        </div>
      )}
    >
      {props.children}
    </DrawWhenSeen>
  );
}
